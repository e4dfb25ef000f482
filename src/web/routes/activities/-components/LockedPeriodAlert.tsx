import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.js';

/** A change refused because the record's reporting period is approved (422, field `period`). */
export const isPeriodLocked = (error: unknown): boolean => isApiError(error, 'rule_violated') && error.fields.period !== undefined;

export function LockedPeriodAlert({ detail }: { detail?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconLock aria-hidden />} role="alert" title={t('activities.locked.title')} data-testid="period-locked">
      {t('activities.locked.text')}
      {/* The server names the period in English only. */}
      {detail && i18n.language === 'en' ? ` (${detail})` : null}
    </Alert>
  );
}
