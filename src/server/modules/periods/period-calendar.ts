import type { PeriodKind } from '../../../shared/schemas/periods.js';

const MONTHS: Record<PeriodKind, number> = { quarter: 3, half_year: 6, year: 12 };
const ROMAN = ['I', 'II', 'III', 'IV'];

const firstOfMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);

/** The half-open dates [startDate, endDate) of the `index`-th period of a kind in a year (1-based). */
export function periodBounds(kind: PeriodKind, year: number, index: number) {
  const months = MONTHS[kind];
  return { startDate: firstOfMonth(year, (index - 1) * months), endDate: firstOfMonth(year, index * months) };
}

/** The kind, year and index of a period from its start date (inverse of `periodBounds`). */
export function periodPosition(kind: PeriodKind, startDate: string) {
  const year = Number(startDate.slice(0, 4));
  const month = Number(startDate.slice(5, 7));
  return { year, index: Math.floor((month - 1) / MONTHS[kind]) + 1 };
}

/** The names people use: "6 tháng đầu năm 2025" / "H1 2025", "Quý II/2025" / "Q2 2025", "Năm 2024" / "2024". */
export function periodLabel(kind: PeriodKind, year: number, index: number) {
  switch (kind) {
    case 'quarter':
      return { vi: `Quý ${ROMAN[index - 1]}/${year}`, en: `Q${index} ${year}` };
    case 'half_year':
      return { vi: `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`, en: `H${index} ${year}` };
    case 'year':
      return { vi: `Năm ${year}`, en: `${year}` };
  }
}
