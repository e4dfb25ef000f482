/** Calendar dates (YYYY-MM-DD) as people type them and as spreadsheets hold them; shared by the web app and the imports. */

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

/** Excel's day 0 (its serial 1 is 1900-01-01, counting the 1900-02-29 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial (a whole number of days, as a date cell holds it) as YYYY-MM-DD, or null outside 1900–2200. */
export function dateOfExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1) return null;
  const date = new Date(EXCEL_EPOCH_MS + serial * 86_400_000);
  const year = date.getUTCFullYear();
  return year < 1900 || year > 2200 ? null : date.toISOString().slice(0, 10);
}

/** Calendar-date arithmetic on YYYY-MM-DD values (in UTC, so no time-zone shift). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The calendar day an instant falls on in a time zone, as YYYY-MM-DD (the one way "today" is computed). */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whether the runtime knows the IANA time zone ("Asia/Ho_Chi_Minh"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The time zone that decides "today" when nothing is configured. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
