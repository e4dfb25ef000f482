import { Alert, Anchor, Button, FileInput, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRejected, ImportResult, IMPORT_KINDS, type ImportKind, type ImportRowError } from '../../../shared/schemas/imports.js';
import { FormError } from '../../components/FormError.js';
import { Page } from '../../components/Page.js';
import { Section } from '../../components/Section.js';
import { postFile, toApiError } from '../../components/upload.js';
import { toQueryString } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { ImportProgress } from '../../components/ImportProgress.js';
import { ImportRowErrors } from '../../components/ImportRowErrors.js';
import { useFormat } from '../../lib/format.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Outcome = { ok: true; result: ImportResult } | { ok: false; message: string; rows: ImportRowError[] };

/** 200 with the result, or 422 with a row-by-row report (nothing imported). */
async function runImport(kind: ImportKind, file: File, dryRun: boolean, language: string): Promise<Outcome> {
  const response = await postFile(`/imports/${kind}${toQueryString({ dryRun: String(dryRun), language })}`, file);
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, result: ImportResult.parse(json) };
  const rejected = ImportRejected.safeParse(json);
  if (response.status === 422 && rejected.success) return { ok: false, message: rejected.data.error.message, rows: rejected.data.rows };
  throw await toApiError(response, json);
}

export function ImportPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('engagements');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (input: { kind: ImportKind; file: File; dryRun: boolean }) => runImport(input.kind, input.file, input.dryRun, i18n.language),
    onSuccess: (outcome) => {
      if (outcome.ok && !outcome.result.dryRun) void queryClient.invalidateQueries({ queryKey: [outcome.result.kind] });
    },
  });

  const submit = () => {
    if (!file) return setFileError(t('imports.pickFile'));
    if (!file.name.toLowerCase().endsWith('.xlsx') && file.type !== XLSX) return setFileError(t('imports.wrongType'));
    setFileError(null);
    run.mutate({ kind, file, dryRun });
  };

  return (
    <Page title={t('imports.title')} subtitle={t('imports.subtitle')}>
      <Section title={t('imports.templates')}>
        <Text size="sm">{t('imports.templatesHelp')}</Text>
        <Group gap="sm">
          {IMPORT_KINDS.map((k) => (
            <Button
              key={k}
              component="a"
              href={`/api/v1/imports/templates/${k}.xlsx${toQueryString({ language: i18n.language })}`}
              download={`econdip-${k}.xlsx`}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t(`imports.template.${k}`)}
            </Button>
          ))}
        </Group>
      </Section>
      <Section title={t('imports.upload')}>
        <Stack gap="sm">
          <Radio.Group label={t('imports.kind')} value={kind} onChange={(value) => setKind(value as ImportKind)}>
            <Group gap="lg" mt={4}>
              {IMPORT_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`imports.kinds.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
          <FileInput
            label={t('imports.file')}
            accept={`${XLSX},.xlsx`}
            value={file}
            onChange={(value) => {
              setFile(value);
              setFileError(null);
              run.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clearFile') }}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            error={fileError ?? undefined}
            data-testid="import-file"
          />
          <Switch label={t('imports.dryRun')} description={t('imports.dryRunHelp')} checked={dryRun} onChange={(event) => setDryRun(event.currentTarget.checked)} />
          <Group>
            <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={submit} loading={run.isPending}>
              {t(dryRun ? 'imports.check' : 'imports.run')}
            </Button>
          </Group>
          {run.isPending && run.variables ? <ImportProgress dryRun={run.variables.dryRun} /> : null}
          {run.isError ? <FormError message={errorMessage(t, run.error)} /> : null}
          {run.data?.ok ? (
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="import-result">
              {t(run.data.result.dryRun ? 'imports.dryRunOk' : 'imports.done', {
                rows: format.number(run.data.result.rows),
                created: format.number(run.data.result.created),
                skipped: format.number(run.data.result.skipped),
              })}
            </Alert>
          ) : null}
          {run.data && !run.data.ok ? <RowErrors message={run.data.message} rows={run.data.rows} /> : null}
        </Stack>
      </Section>
      <Text size="sm" c="dimmed">
        {t('imports.cli')} <Anchor href="/api/docs" underline="always">/api/docs</Anchor>
      </Text>
    </Page>
  );
}

function RowErrors({ message, rows }: { message: string; rows: ImportRowError[] }) {
  const { t } = useTranslation();
  const rowCount = new Set(rows.map((row) => row.row)).size;
  return (
    <Stack gap="xs" data-testid="import-errors">
      <Alert color="red" variant="light" role="alert" title={t('imports.rejected', { count: rowCount })}>
        <span lang="en">{message}</span>
      </Alert>
      <ImportRowErrors rows={rows} />
    </Stack>
  );
}
