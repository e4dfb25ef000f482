import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../lib/i18n.js';

/**
 * Formats exact decimal strings ("1250000.50") without going through a float, so amounts of
 * 18 digits keep every digit: vi 1.250.000,5 USD — en 1,250,000.5 USD.
 */
export function useMoney(): (value: string | null, currency?: string | null) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 2 });
    return (value, currency) => {
      if (value === null) return '—';
      // ES2023 Intl formats a numeric string exactly.
      const text = format.format(value as `${number}`);
      return currency ? `${text} ${currency}` : text;
    };
  }, [i18n.language]);
}

export function Money({ value, currency }: { value: string | null; currency?: string | null }) {
  const money = useMoney();
  return <span style={{ whiteSpace: 'nowrap' }}>{money(value, currency)}</span>;
}
