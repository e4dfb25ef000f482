/** Today in the configured time zone (see clock.ts), as YYYY-MM-DD. */
export { todayIso } from './clock.js';

/** Whether a date falls in the half-open period [from, to); an open end is unbounded. */
export function isWithin(day: string, from: string | null, to: string | null): boolean {
  return (from === null || from <= day) && (to === null || day < to);
}

export const toIso = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/** The time zone whose calendar decides deadlines (Viet Nam's unless configured otherwise). */
export const APP_TIME_ZONE = process.env.ECONDIP_TIME_ZONE ?? 'Asia/Ho_Chi_Minh';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string = APP_TIME_ZONE): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}
