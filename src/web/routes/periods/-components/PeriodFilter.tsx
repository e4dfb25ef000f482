import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/schemas/periods.js';
import { useFormat } from '../../../lib/format.js';
import { allPeriodsQuery } from '../-api.js';
import { lastDayBefore } from '../../../lib/dates.js';

/** The last day of a period (its end date is exclusive). */
export const lastDay = (period: Pick<Period, 'endDate'>): string => lastDayBefore(period.endDate);

interface PeriodFilterProps extends Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> {
  from?: string;
  to?: string;
  onChange: (range: { from?: string; to?: string }) => void;
}

/** Picks a reporting period as a from/to range of start dates; "custom" when the range matches none. */
export function PeriodFilter({ from, to, onChange, ...props }: PeriodFilterProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const periods = useQuery(allPeriodsQuery);
  const items = periods.data?.items ?? [];
  const selected = items.find((period) => period.startDate === from && lastDay(period) === to);
  const custom = !selected && (from || to);
  return (
    <NativeSelect
      label={t('activities.filters.period')}
      value={selected?.id ?? (custom ? 'custom' : '')}
      onChange={(event) => {
        const period = items.find((item) => item.id === event.currentTarget.value);
        if (event.currentTarget.value === 'custom') return;
        onChange(period ? { from: period.startDate, to: lastDay(period) } : { from: undefined, to: undefined });
      }}
      data={[
        { value: '', label: t('activities.filters.allPeriods') },
        ...(custom ? [{ value: 'custom', label: `${from ? format.date(from) : '…'} – ${to ? format.date(to) : '…'}` }] : []),
        ...items.map((period) => ({ value: period.id, label: format.name(period.label) })),
      ]}
      {...props}
    />
  );
}
