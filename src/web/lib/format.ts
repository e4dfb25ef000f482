import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
  number: (value: number) => string;
  /** The name in the interface language. */
  name: (name: { vi: string; en: string }) => string;
}

export function makeFormatters(language: string): Formatters {
  const locale = intlLocale(language);
  const dateOptions = DATE_OPTIONS[language] ?? DATE_OPTIONS.vi;
  const dateFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, hour: '2-digit', minute: '2-digit' });
  const numberFormat = new Intl.NumberFormat(locale);
  return {
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (isoTimestamp) => dateTimeFormat.format(new Date(isoTimestamp)),
    number: (value) => numberFormat.format(value),
    name: (name) => (language === 'en' ? name.en : name.vi),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}

/** Today's date in the browser's time zone, as YYYY-MM-DD (a value, not a display string). */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const isoOf = (year: number, month: number, day: number): string | null => {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/**
 * A typed date as YYYY-MM-DD, or null when it is not a whole, real date. Accepts dd/mm/yyyy (also with
 * `.` or `-`), YYYY-MM-DD and, for English, "1 Jul 2025" / "1 July 2025"; never month-first.
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return isoOf(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(value);
  if (match) {
    const month = MONTHS_EN.indexOf((match[2] ?? '').slice(0, 3).toLowerCase());
    return month < 0 ? null : isoOf(Number(match[3]), month + 1, Number(match[1]));
  }
  return null;
}

/** How a date input shows YYYY-MM-DD: vi 30/06/2025, en 30 Jun 2025 (unambiguous whatever the reader's habit). */
export function formatDateInput(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return '';
  const [, year, month, day] = match;
  if (language === 'en') {
    const name = MONTHS_EN[Number(month) - 1] ?? '';
    return `${Number(day)} ${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
  }
  return `${day}/${month}/${year}`;
}
