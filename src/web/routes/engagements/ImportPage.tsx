import { Alert, Anchor, Button, FileInput, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind, type ImportRowError } from '../../../shared/schemas/imports.js';
import { FormError } from '../../components/FormError.js';
import { Page } from '../../components/Page.js';
import { Section } from '../../components/Section.js';
import { useImportRun } from '../../components/import-run.js';
import { toQueryString } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { ImportProgress } from '../../components/ImportProgress.js';
import { ImportRowErrors } from '../../components/ImportRowErrors.js';
import { useFormat } from '../../lib/format.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ImportPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('engagements');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useImportRun();
  const { end } = run;
  const importedKind = end?.state === 'done' && !end.result.dryRun ? run.run?.kind : undefined;
  useEffect(() => {
    if (importedKind) void queryClient.invalidateQueries({ queryKey: [importedKind] });
  }, [importedKind, queryClient]);

  const submit = () => {
    if (!file) return setFileError(t('imports.pickFile'));
    if (!file.name.toLowerCase().endsWith('.xlsx') && file.type !== XLSX) return setFileError(t('imports.wrongType'));
    setFileError(null);
    run.start({ path: `/imports/${kind}${toQueryString({ dryRun: String(dryRun), language: i18n.language })}`, file, dryRun });
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
            <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={submit} loading={run.busy}>
              {t(dryRun ? 'imports.check' : 'imports.run')}
            </Button>
          </Group>
          {run.shown !== undefined ? <ImportProgress key={run.shown?.id} run={run.shown} dryRun={run.dryRun ?? dryRun} /> : null}
          {run.error ? <FormError message={errorMessage(t, run.error)} /> : null}
          {end?.state === 'failed' ? <FormError message={errorMessage(t, end.error)} /> : null}
          {end?.state === 'done' ? (
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="import-result">
              {t(end.result.dryRun ? 'imports.dryRunOk' : 'imports.done', {
                rows: format.number(end.result.rows),
                created: format.number(end.result.created),
                skipped: format.number(end.result.skipped),
              })}
            </Alert>
          ) : null}
          {end?.state === 'rejected' ? <RowErrors rows={end.rows} /> : null}
        </Stack>
      </Section>
      <Text size="sm" c="dimmed">
        {t('imports.cli')} <Anchor href="/api/docs" underline="always">/api/docs</Anchor>
      </Text>
    </Page>
  );
}

function RowErrors({ rows }: { rows: ImportRowError[] }) {
  const { t } = useTranslation();
  const rowCount = new Set(rows.map((row) => row.row)).size;
  return (
    <Stack gap="xs" data-testid="import-errors">
      <Alert color="red" variant="light" role="alert" title={t('imports.rejected', { count: rowCount })} />
      <ImportRowErrors rows={rows} />
    </Stack>
  );
}
