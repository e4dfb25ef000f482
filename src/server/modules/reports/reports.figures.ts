import type { ReportSectionDefinition } from '../../../shared/schemas/reports.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { findIndicator } from '../indicators/indicators.catalogue.js';
import { computeValue, type ResolvedFilter } from '../indicators/indicators.service.js';
import { addDays, previousYearDay } from '../indicators/periods.js';
import { targetsService } from '../indicators/targets.service.js';
import type { ReportFigureInsert, ReportRow } from './reports.repo.js';

export type FigureBase = 'current' | 'same_period_previous_year' | 'previous_year';

/** The period of a report: 2024 is [2024-01-01, 2025-01-01), 2025-H1 is [2025-01-01, 2025-07-01). */
export function reportPeriodBounds(period: string): { from: string; to: string; year: number; half: number | null } {
  const year = Number(period.slice(0, 4));
  const half = period.endsWith('-H1') ? 1 : period.endsWith('-H2') ? 2 : null;
  if (half === 1) return { from: `${year}-01-01`, to: `${year}-07-01`, year, half };
  if (half === 2) return { from: `${year}-07-01`, to: `${year + 1}-01-01`, year, half };
  return { from: `${year}-01-01`, to: `${year + 1}-01-01`, year, half };
}

/** The day a report judges states on by default: the period's last day, or today while the period runs. */
export const defaultAsOf = (to: string, today: string) => (today < to ? today : addDays(to, -1));

/** The comparison bases of a period: the same period a year earlier (unless it is a whole year) and the whole previous year. */
export function comparisonBases(from: string, to: string): { base: FigureBase; from: string; to: string }[] {
  const year = Number(from.slice(0, 4));
  const previousYear = { base: 'previous_year' as const, from: `${year - 1}-01-01`, to: `${year}-01-01` };
  const samePeriod = { base: 'same_period_previous_year' as const, from: previousYearDay(from), to: previousYearDay(to) };
  return samePeriod.from === previousYear.from && samePeriod.to === previousYear.to ? [previousYear] : [samePeriod, previousYear];
}

/** The indicator filter a report narrows every figure to: a unit report's unit, a country brief's country. */
export const subjectFilter = (report: Pick<ReportRow, 'unitId' | 'countryCode'>): Record<string, string> => ({
  ...(report.unitId ? { unitId: report.unitId } : {}),
  ...(report.countryCode ? { countryCode: report.countryCode } : {}),
});

/** Recomputes a snapshot figure under its stored parameters (the report's subject among them); counted over every unit's records, as when generated. */
export async function recompute(ex: Executor, indicatorCode: string, params: Record<string, string>) {
  const indicator = findIndicator(indicatorCode);
  if (!indicator || !params.from || !params.to || !params.asOf) return { value: null, count: 0 };
  const filter = { view: 'as_reported', ...params } as ResolvedFilter;
  const { value, count } = await computeValue(ex, undefined, indicator, filter);
  return { value, count };
}

/** The figures of one section: each indicator over the period and its comparison bases, for the report's subject; the scorecard's targets. */
export async function sectionFigures(db: Db, report: ReportRow, section: ReportSectionDefinition): Promise<ReportFigureInsert[]> {
  const rows: ReportFigureInsert[] = [];
  const common = { reportId: report.id, section: section.key };
  let position = 0;
  for (const code of section.indicators) {
    const indicator = findIndicator(code)!;
    const periods = [{ base: 'current' as FigureBase, from: report.periodStart, to: report.periodEnd }, ...comparisonBases(report.periodStart, report.periodEnd)];
    for (const { base, from, to } of periods) {
      const params = { from, to, asOf: report.asOf, view: 'as_reported', ...subjectFilter(report) };
      const value = await computeValue(db, undefined, indicator, params as ResolvedFilter);
      rows.push({ ...common, id: newId(), position, base, indicatorCode: code, params, value: value.value, count: value.count, filter: value.filter, target: null });
    }
    position += 1;
  }
  if (section.targets) {
    const { year } = reportPeriodBounds(report.period);
    const scorecard = await targetsService(db, { today: () => report.asOf }).scorecard(SYSTEM_ACTOR, { year, asOf: report.asOf });
    for (const item of scorecard.items) {
      const { from, to, asOf, view } = item.actual.filter;
      const params: Record<string, string> = from && to && asOf ? { from, to, asOf, view: view ?? 'mapped' } : {};
      rows.push({
        ...common,
        id: newId(),
        position,
        base: 'current',
        indicatorCode: item.indicatorCode,
        params,
        value: item.actual.value,
        count: item.actual.count,
        filter: item.actual.filter,
        target: { low: item.low, high: item.high, status: item.status, year: item.year, half: item.half },
      });
      position += 1;
    }
  }
  return rows;
}
