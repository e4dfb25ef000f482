import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.js';
import { lastDayBefore } from '../../../lib/dates.js';

/** `validTo` is exclusive (the first day the unit no longer exists): show the last day it did. */
export const lastValidDay = lastDayBefore;

export function Validity({ from, to }: { from: string | null; to: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = { from: from ? format.date(from) : '', to: to ? format.date(lastValidDay(to)) : '' };
  if (from && to) return <span>{t('orgUnits.validity.range', values)}</span>;
  if (from) return <span>{t('orgUnits.validity.since', values)}</span>;
  if (to) return <span>{t('orgUnits.validity.until', values)}</span>;
  return <span>{t('orgUnits.validity.always')}</span>;
}
