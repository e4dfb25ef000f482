import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { Section } from '../../components/Section.js';
import { errorMessage } from '../../lib/errors.js';
import { ImportProgress } from '../../components/ImportProgress.js';
import { ImportRowErrors } from '../../components/ImportRowErrors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { useImportRun } from '../../components/import-run.js';
import { toQueryString } from '../../lib/api.js';
import { activitiesKey, activityTemplateUrl } from './-api.js';

/** Excel import: download the template, check the filled-in file (dry run), then import it. */
export function ActivityImportPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const upload = useImportRun();
  const [file, setFile] = useState<File | null>(null);
  const { end } = upload;
  const outcome = end?.state === 'done' ? { ok: true as const, result: end.result, dryRun: end.result.dryRun } : end?.state === 'rejected' ? { ok: false as const, rows: end.rows } : null;
  const error = upload.error ?? (end?.state === 'failed' ? end.error : null);
  // Told once per finished import.
  const told = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (end?.state !== 'done' || end.result.dryRun || told.current === upload.run?.id) return;
    told.current = upload.run?.id;
    notifySuccess(t, t('activities.import.done', { count: end.result.created }));
    void queryClient.invalidateQueries({ queryKey: activitiesKey });
  }, [end, upload.run?.id, queryClient, t]);

  const run = (dryRun: boolean) => {
    if (!file) return;
    upload.start({ path: `/imports/activities${toQueryString({ dryRun: String(dryRun), language: i18n.language })}`, file, dryRun });
  };

  return (
    <Page title={t('activities.import.title')} subtitle={t('activities.import.subtitle')}>
      <Section title={t('activities.import.step1')}>
        <Text size="sm">{t('activities.import.templateHelp')}</Text>
        <Button component="a" href={activityTemplateUrl(i18n.language)} download variant="default" w="fit-content" leftSection={<IconDownload size={16} aria-hidden />}>
          {t('activities.import.template')}
        </Button>
      </Section>

      <Section title={t('activities.import.step2')}>
        <FileInput
          label={t('activities.import.file')}
          description={t('activities.import.fileHelp')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearFile') }}
          value={file}
          onChange={(next) => {
            setFile(next);
            upload.reset();
          }}
          data-testid="import-file"
        />
        <Group gap="sm">
          <Button variant="default" disabled={!file || (upload.busy && !upload.dryRun)} loading={upload.busy && upload.dryRun} onClick={() => run(true)}>
            {t('activities.import.check')}
          </Button>
          <Button disabled={!file || (upload.busy && upload.dryRun)} loading={upload.busy && upload.dryRun === false} onClick={() => run(false)}>
            {t('activities.import.run')}
          </Button>
        </Group>
        {upload.shown !== undefined ? <ImportProgress key={upload.shown?.id} run={upload.shown} dryRun={upload.dryRun ?? true} /> : null}
        <FormError message={error ? errorMessage(t, error) : null} />
        {outcome?.ok ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="import-ok"
            title={outcome.dryRun ? t('activities.import.checkedTitle') : t('activities.import.doneTitle')}>
            <List size="sm">
              <List.Item>{t('activities.import.rows', { count: outcome.result.rows, value: format.number(outcome.result.rows) })}</List.Item>
              <List.Item>
                {outcome.dryRun
                  ? t('activities.import.wouldCreate', { count: outcome.result.created, value: format.number(outcome.result.created) })
                  : t('activities.import.created', { count: outcome.result.created, value: format.number(outcome.result.created) })}
              </List.Item>
              <List.Item>{t('activities.import.skipped', { count: outcome.result.skipped, value: format.number(outcome.result.skipped) })}</List.Item>
            </List>
            {outcome.dryRun ? null : (
              <AnchorLink to="/activities" size="sm">
                {t('activities.import.seeList')}
              </AnchorLink>
            )}
          </Alert>
        ) : null}
        {outcome && !outcome.ok ? (
          <Stack gap="xs" data-testid="import-errors">
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('activities.import.rejectedTitle')}>
              {t('activities.import.rejected', { count: new Set(outcome.rows.map((row) => row.row)).size })}
            </Alert>
            <ImportRowErrors rows={outcome.rows} />
          </Stack>
        ) : null}
      </Section>
    </Page>
  );
}
