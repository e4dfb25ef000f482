import { Button, Group, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/schemas/settings.js';
import { ConflictAlert } from '../../components/ConflictAlert.js';
import { FormError } from '../../components/FormError.js';
import { NumberInput } from '../../components/NumberInput.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { settingsQuery, useUpdateSettings } from './-api.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery);
  return (
    <Page title={t('exports.settings.title')} subtitle={t('exports.settings.subtitle')}>
      <Section title={t('exports.button')}>
        {settings.isPending ? <Loading lines={2} /> : settings.isError ? <ErrorState error={settings.error} onRetry={() => void settings.refetch()} /> : <SettingsForm settings={settings.data} />}
      </Section>
    </Page>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateSettings();
  const [exportRowCap, setExportRowCap] = useState(String(settings.exportRowCap));
  const fieldError = isApiError(update.error, 'invalid') && update.error.fields.exportRowCap ? t('exports.settings.exportRowCapHelp') : undefined;
  const conflict = isApiError(update.error, 'conflict');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ exportRowCap: Number(exportRowCap), version: settings.version }, {
          onSuccess: () => notifySuccess(t, t('exports.settings.saved')),
          onError: (error) => {
            if (isApiError(error, 'conflict')) void queryClient.invalidateQueries({ queryKey: settingsQuery.queryKey });
          },
        });
      }}
    >
      <Stack gap="sm" maw={420}>
        <ConflictAlert show={conflict} />
        <FormError message={update.isError && !conflict && !fieldError ? errorMessage(t, update.error) : null} />
        <NumberInput
          label={t('exports.settings.exportRowCap')}
          description={t('exports.settings.exportRowCapHelp')}
          value={exportRowCap}
          onChange={setExportRowCap}
          maxDecimals={0}
          error={fieldError}
          required
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
