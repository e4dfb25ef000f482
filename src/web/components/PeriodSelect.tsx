import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { todayIso } from '../lib/format.js';
import { useTranslation } from 'react-i18next';

export interface PeriodRange {
  from?: string;
  /** Inclusive last day. */
  to?: string;
}

interface Period {
  key: string;
  from: string;
  to: string;
}

/** Years and half-years (the reporting periods) from 2024 to next year, newest first. */
export function reportingPeriods(today = todayIso()): Period[] {
  const periods: Period[] = [];
  for (let year = Number(today.slice(0, 4)) + 1; year >= 2024; year -= 1) {
    periods.push({ key: `${year}`, from: `${year}-01-01`, to: `${year}-12-31` });
    periods.push({ key: `${year}-H2`, from: `${year}-07-01`, to: `${year}-12-31` });
    periods.push({ key: `${year}-H1`, from: `${year}-01-01`, to: `${year}-06-30` });
  }
  return periods;
}

/** A reporting period picker whose value is a date range (inclusive). */
export function PeriodSelect({ value, onChange, ...props }: Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> & { value: PeriodRange; onChange: (range: PeriodRange) => void }) {
  const { t } = useTranslation();
  const periods = reportingPeriods();
  const current = periods.find((p) => p.from === value.from && p.to === value.to);
  const custom = !current && (value.from || value.to);
  const label = (key: string) => {
    const [year, half] = key.split('-');
    return half ? t(half === 'H1' ? 'common.period.halfFirst' : 'common.period.halfSecond', { year }) : t('common.period.year', { year });
  };
  return (
    <NativeSelect
      label={t('common.period.label')}
      {...props}
      value={current?.key ?? (custom ? 'custom' : '')}
      onChange={(event) => {
        const picked = periods.find((p) => p.key === event.currentTarget.value);
        onChange(picked ? { from: picked.from, to: picked.to } : { from: undefined, to: undefined });
      }}
      data={[
        { value: '', label: t('common.period.all') },
        ...(custom ? [{ value: 'custom', label: t('common.period.custom', { from: value.from ?? '…', to: value.to ?? '…' }) }] : []),
        ...periods.map((p) => ({ value: p.key, label: label(p.key) })),
      ]}
    />
  );
}
