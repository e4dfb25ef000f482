import { Select, type SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IndicatorDefinition, IndicatorValue } from '../../../../shared/schemas/indicators.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat, type Formatters } from '../../../lib/format.js';

/** An exact decimal in the reader's locale; "—" when there is no value. */
export const decimal = (value: string | null, format: Formatters) => (value === null ? '—' : format.number(Number(value)));

/** The records page of a value: its filter as the search. */
export function RecordsLink({ code, value, children, testId }: { code: string; value: Pick<IndicatorValue, 'filter'>; children: ReactNode; testId?: string }) {
  return (
    <AnchorLink to="/indicators/$code/records" params={{ code }} search={value.filter} data-testid={testId}>
      {children}
    </AnchorLink>
  );
}

/** What follows a value of this unit of measure ("%", "tỷ USD"); nothing for counts. */
export const unitSymbol = (t: TFunction, unit: IndicatorDefinition['unit']) => (unit === 'count' ? undefined : t(`indicators.units.${unit}`));

/** A value with its unit of measure, in the reader's locale: "7,52 %", "31,4 tỷ USD". */
export function withUnit(value: string | null, unit: IndicatorDefinition['unit'], format: Formatters, t: TFunction): string {
  const symbol = value === null ? undefined : unitSymbol(t, unit);
  return symbol ? `${decimal(value, format)} ${symbol}` : decimal(value, format);
}

/** An indicator of the catalogue, by name in the interface language; the form field holds its code ('' for none). */
export function IndicatorSelect({ indicators, value, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { indicators: IndicatorDefinition[]; value?: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Select
      label={t('indicators.target.indicator')}
      searchable
      data={indicators.map((indicator) => ({ value: indicator.code, label: format.name(indicator.name) }))}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...props}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
    />
  );
}
