import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { IndicatorDefinition, IndicatorValue } from '../../../../shared/schemas/indicators.js';
import { AnchorLink } from '../../../components/links.js';
import type { Formatters } from '../../../lib/format.js';

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
