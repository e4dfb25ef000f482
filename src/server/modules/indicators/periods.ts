import type { PeriodRef } from '../../../shared/schemas/indicators.js';

/** Calendar arithmetic on ISO dates (YYYY-MM-DD) for indicator periods `[from, to)`. */

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day a year earlier (29 February becomes 1 March). */
export function previousYearDay(day: string): string {
  const candidate = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== candidate ? `${candidate.slice(0, 4)}-03-01` : candidate;
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A name for the period: 2024, 2025-H1, 2025-Q3, 2025-03, else from..to (to exclusive). */
export function periodLabel(from: string, to: string): string {
  const [y, m, d] = [from.slice(0, 4), from.slice(5, 7), from.slice(8, 10)];
  if (d === '01') {
    const next = (months: number) => {
      const date = new Date(`${from}T00:00:00Z`);
      date.setUTCMonth(date.getUTCMonth() + months);
      return date.toISOString().slice(0, 10);
    };
    if (m === '01' && to === next(12)) return y;
    if ((m === '01' || m === '07') && to === next(6)) return `${y}-H${m === '01' ? 1 : 2}`;
    if (['01', '04', '07', '10'].includes(m) && to === next(3)) return `${y}-Q${(Number(m) + 2) / 3}`;
    if (to === next(1)) return `${y}-${m}`;
  }
  return `${from}..${to}`;
}

export const periodRef = (from: string, to: string): PeriodRef => ({ from, to, label: periodLabel(from, to) });

/** The year or half-year of a target as a period. */
export function targetPeriod(year: number, half: number | null): { from: string; to: string } {
  if (half === 1) return { from: `${year}-01-01`, to: `${year}-07-01` };
  if (half === 2) return { from: `${year}-07-01`, to: `${year + 1}-01-01` };
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

const SCALE = 1_000_000n;

/** Exact decimal strings: parse to millionths, add, format without trailing zeros. */
export function toMicros(value: string): bigint {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace('-', '').split('.');
  const micros = BigInt(whole || '0') * SCALE + BigInt((fraction + '000000').slice(0, 6));
  return negative ? -micros : micros;
}
export function fromMicros(micros: bigint): string {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const fraction = (abs % SCALE).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / SCALE}${fraction ? `.${fraction}` : ''}`;
}
export const normalizeDecimal = (value: string) => fromMicros(toMicros(value));
export const sumDecimals = (values: string[]) => fromMicros(values.reduce((total, value) => total + toMicros(value), 0n));
