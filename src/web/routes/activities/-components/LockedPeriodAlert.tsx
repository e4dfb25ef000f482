import { Alert, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.js';
import { isApiError } from '../../../lib/api.js';
import { useFormat } from '../../../lib/format.js';
import { periodQuery } from '../../periods/-api.js';

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

/** On a locked activity: which approved period report locks it, with a link to the period. */
export function ActivityLockBanner({ lockedBy }: { lockedBy: { periodId: string; label: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = useQuery(periodQuery(lockedBy.periodId));
  const label = period.data ? format.name(period.data.label) : lockedBy.label;
  return (
    <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} title={t('activities.locked.bannerTitle', { period: label })} data-testid="activity-locked">
      <Stack gap={4}>
        <Text size="sm">{t('activities.locked.text')}</Text>
        <AnchorLink to="/periods/$periodId" params={{ periodId: lockedBy.periodId }} size="sm">
          {t('activities.locked.openPeriod', { period: label })}
        </AnchorLink>
      </Stack>
    </Alert>
  );
}
