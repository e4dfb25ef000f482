import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, dayIn, isTimeZone } from '../../shared/dates.js';
import { intlLocale } from './i18n.js';

const DATE_OPTIONS: Record<string, Intl.DateTimeFormatOptions> = {
  // vi: 01/07/2025 — en: 1 Jul 2025
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

export interface Formatters {
  /** A calendar date (YYYY-MM-DD), shown without any time-zone shift. */
  date: (isoDate: string) => string;
  /** An instant (ISO timestamp), shown in the browser's time zone. */
  dateTime: (isoTimestamp: string) => string;
  /** A month (YYYY-MM or a date in it), by Intl: vi tháng 01, 2025 — en Jan 2025. */
  month: (isoMonth: string) => string;
  number: (value: number) => string;
  /** A share from 0 to 1 as a whole percentage (vi 45 %, en 45%). */
  percent: (share: number) => string;
  /** The name in the interface language. */
  name: (name: { vi: string; en: string }) => string;
}

export function makeFormatters(language: string): Formatters {
  const locale = intlLocale(language);
  const dateOptions = DATE_OPTIONS[language] ?? DATE_OPTIONS.vi;
  const dateFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, hour: '2-digit', minute: '2-digit' });
  const numberFormat = new Intl.NumberFormat(locale);
  const monthFormat = new Intl.DateTimeFormat(locale, { month: language === 'en' ? 'short' : '2-digit', year: 'numeric', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (isoTimestamp) => dateTimeFormat.format(new Date(isoTimestamp)),
    month: (isoMonth) => monthFormat.format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`)),
    number: (value) => numberFormat.format(value),
    percent: (share) => percentFormat.format(share),
    name: (name) => (language === 'en' ? name.en : name.vi),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}

let serverTimeZone = DEFAULT_TIME_ZONE;

/** Adopts the server's time zone (sent with the session), so the browser's "today" is the server's. */
export function adoptServerTimeZone(zone: string): void {
  if (isTimeZone(zone)) serverTimeZone = zone;
}

/** Today in the server's time zone (not the browser's), as YYYY-MM-DD (a value, not a display string). */
export const todayIso = (): string => dayIn(new Date(), serverTimeZone);

export { formatDateInput, parseDateInput } from '../../shared/dates.js';
