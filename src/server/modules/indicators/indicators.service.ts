import type {
  Comparison,
  IndicatorCatalogue,
  IndicatorFilter,
  IndicatorGroupBy,
  IndicatorRecord,
  IndicatorRecords,
  IndicatorRecordsQuery,
  IndicatorValue,
  IndicatorValues,
  IndicatorValuesQuery,
  RecordsFilter,
  UnitRanking,
  UnitRankingQuery,
} from '../../../shared/schemas/indicators.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound } from '../../lib/errors.js';
import { readScope } from '../../policy/scope.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { describeIndicator, findIndicator, INDICATORS, type ComputedIndicator, type Indicator, type RatioIndicator, type ReportedIndicator } from './indicators.catalogue.js';
import { indicatorsPolicy as can } from './indicators.policy.js';
import { indicatorsRepo, type FactSelection } from './indicators.repo.js';
import { addDays, fromMicros, normalizeDecimal, periodRef, previousYearDay, sumDecimals, toMicros } from './periods.js';
import { reportedValuesRepo, type ReportedValueRow } from './targets.repo.js';

/** A filter with its defaults applied: the period, the as-of day and the view are always explicit. */
export type ResolvedFilter = Omit<IndicatorFilter, 'from' | 'to' | 'asOf'> & { from: string; to: string; asOf: string };

export function resolveFilter(filter: IndicatorFilter, today = todayIso()): ResolvedFilter {
  const asOf = filter.asOf ?? today;
  return { ...filter, asOf, from: filter.from ?? `${asOf.slice(0, 4)}-01-01`, to: filter.to ?? addDays(asOf, 1) };
}

/** The query parameters of GET /indicators/{code}/records that list exactly the records of a value. */
function recordsFilter(filter: ResolvedFilter, extra: Record<string, string | undefined> = {}): RecordsFilter {
  const entries = Object.entries({
    from: filter.from,
    to: filter.to,
    asOf: filter.asOf,
    view: filter.view,
    unitId: filter.unitId,
    unitType: filter.unitType,
    countryCode: filter.countryCode,
    region: filter.region,
    field: filter.field,
    partnerId: filter.partnerId,
    category: filter.category,
    excludeDemo: filter.excludeDemo ? 'true' : undefined,
    ...extra,
  }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return Object.fromEntries(entries);
}

function requireIndicator(code: string): Indicator {
  const indicator = findIndicator(code);
  if (!indicator) throw notFound('Indicator');
  return indicator;
}

function requireGroupBy(indicator: Indicator, groupBy: IndicatorGroupBy | undefined) {
  if (groupBy && !indicator.groupBys.includes(groupBy)) {
    throw invalidField('groupBy', `${indicator.code} is grouped by ${indicator.groupBys.join(', ')}`);
  }
}

const scopeOf = async (ex: Executor, actor: Actor) => {
  const scope = await readScope(ex, actor);
  return scope.all ? undefined : scope.unitIds;
};

const selectionOf = (filter: ResolvedFilter, scopeUnitIds: string[] | undefined, group?: FactSelection['group']): FactSelection => ({
  from: filter.from,
  to: filter.to,
  asOf: filter.asOf,
  mapped: filter.view === 'mapped',
  scopeUnitIds,
  unitId: filter.unitId,
  unitType: filter.unitType,
  countryCode: filter.countryCode,
  region: filter.region,
  field: filter.field,
  partnerId: filter.partnerId,
  category: filter.category,
  excludeDemo: filter.excludeDemo,
  group,
});

const computedValue = (indicator: ComputedIndicator, row: { count: number; amount: string | null }): string =>
  indicator.kind === 'sum' ? normalizeDecimal(row.amount ?? '0') : String(row.count);

/** num ÷ den × scale (a percentage), to two decimals; null when the denominator is zero. */
function ratioOf(indicator: RatioIndicator, numerator: string | null, denominator: string | null): string | null {
  if (numerator === null || denominator === null || Number(denominator) === 0) return null;
  return normalizeDecimal(((Number(numerator) * indicator.scale) / Number(denominator)).toFixed(2));
}

// Reported figures: the values whose period lies in [from, to), combined as the indicator's time aggregation says.

const byPeriod = (a: ReportedValueRow, b: ReportedValueRow) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd);

/** The figures a reported value uses: the latest one, or for sums and averages those no other figure contains. */
export function chooseReported(indicator: ReportedIndicator, rows: ReportedValueRow[]): ReportedValueRow[] {
  if (rows.length === 0) return [];
  if (indicator.timeAggregation === 'latest') {
    const latest = [...rows].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || a.periodStart.localeCompare(b.periodStart))[0]!;
    return [latest];
  }
  const contains = (outer: ReportedValueRow, inner: ReportedValueRow) =>
    outer !== inner && outer.periodStart <= inner.periodStart && outer.periodEnd >= inner.periodEnd;
  return rows.filter((row) => !rows.some((other) => contains(other, row))).sort(byPeriod);
}

function reportedValueOf(indicator: ReportedIndicator, chosen: ReportedValueRow[]): string | null {
  if (chosen.length === 0) return null;
  const total = sumDecimals(chosen.map((row) => row.value));
  if (indicator.timeAggregation !== 'average') return total;
  return fromMicros(toMicros(total) / BigInt(chosen.length));
}

const TIME_BUCKET: Partial<Record<IndicatorGroupBy, (day: string) => string>> = {
  month: (day) => day.slice(0, 7),
  quarter: (day) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`,
  half: (day) => `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`,
  year: (day) => day.slice(0, 4),
};

/** A reported indicator applies nationally: a filter on units, countries, fields or partners selects nothing. */
const narrowsRecords = (filter: IndicatorFilter) =>
  Boolean(filter.unitId || filter.unitType || filter.countryCode || filter.region || filter.field || filter.partnerId || filter.category);

async function reportedRows(ex: Executor, indicator: ReportedIndicator, filter: ResolvedFilter, group?: { by: IndicatorGroupBy; key: string }) {
  if (narrowsRecords(filter)) return [];
  const rows = await reportedValuesRepo.within(ex, indicator.code, filter.from, filter.to);
  const bucket = group ? TIME_BUCKET[group.by] : undefined;
  return chooseReported(indicator, bucket ? rows.filter((row) => bucket(row.periodStart) === group!.key) : rows);
}

/** The last day (exclusive) the figures behind a reported value cover, or null without figures: "11 months" ends 1 Dec. */
export async function reportedCoverageEnd(ex: Executor, indicator: ReportedIndicator, from: string, to: string): Promise<string | null> {
  const chosen = chooseReported(indicator, await reportedValuesRepo.within(ex, indicator.code, from, to));
  return chosen.reduce<string | null>((end, row) => (end === null || row.periodEnd > end ? row.periodEnd : end), null);
}

/**
 * The one way to compute a figure: an indicator's value under a filter, for the actor's scope, with the filter
 * listing its records. Dashboards, targets and reports all call this.
 */
export async function computeValue(ex: Executor, scopeUnitIds: string[] | undefined, indicator: Indicator, filter: ResolvedFilter, group?: { by: IndicatorGroupBy; key: string }): Promise<IndicatorValue> {
  const drill = recordsFilter(filter, group ? { groupBy: group.by, groupKey: group.key } : {});
  if (indicator.kind === 'reported') {
    const chosen = await reportedRows(ex, indicator, filter, group);
    return { value: reportedValueOf(indicator, chosen), count: chosen.length, filter: drill };
  }
  if (indicator.kind === 'ratio') {
    const [numerator, denominator] = await Promise.all(
      [indicator.numerator, indicator.denominator].map((code) => computeValue(ex, scopeUnitIds, requireIndicator(code), filter, group)),
    );
    return {
      value: ratioOf(indicator, numerator!.value, denominator!.value),
      count: numerator!.count,
      filter: { ...drill, part: 'numerator' },
      numerator: { value: numerator!.value, count: numerator!.count, filter: { ...drill, part: 'numerator' } },
      denominator: { value: denominator!.value, count: denominator!.count, filter: { ...drill, part: 'denominator' } },
    };
  }
  const row = await indicatorsRepo.value(ex, indicator, selectionOf(filter, scopeUnitIds, group));
  return { value: computedValue(indicator, row), count: row.count, filter: drill };
}

async function groupValues(ex: Executor, scopeUnitIds: string[] | undefined, indicator: Indicator, filter: ResolvedFilter, groupBy: IndicatorGroupBy): Promise<IndicatorValues['groups']> {
  if (indicator.kind === 'count' || indicator.kind === 'sum') {
    const rows = await indicatorsRepo.groups(ex, indicator, selectionOf(filter, scopeUnitIds), groupBy);
    return rows.map((row) => ({
      key: row.key,
      label: { vi: row.label_vi, en: row.label_en },
      value: computedValue(indicator, row),
      count: row.count,
      filter: recordsFilter(filter, { groupBy, groupKey: row.key }),
    }));
  }
  // Ratios and reported figures: the groups of the records behind them, each computed like the total.
  const keys =
    indicator.kind === 'ratio'
      ? (await groupValues(ex, scopeUnitIds, requireIndicator(indicator.denominator), filter, groupBy)).map((group) => ({ key: group.key, label: group.label }))
      : narrowsRecords(filter)
        ? []
        : [...new Set((await reportedValuesRepo.within(ex, indicator.code, filter.from, filter.to)).map((row) => TIME_BUCKET[groupBy]!(row.periodStart)))].map((key) => ({ key, label: { vi: key, en: key } }));
  return Promise.all(keys.map(async ({ key, label }) => ({ key, label, ...(await computeValue(ex, scopeUnitIds, indicator, filter, { by: groupBy, key })) })));
}

function ratioTo(value: string | null, base: string | null): number | null {
  if (value === null || base === null || Number(base) === 0) return null;
  return Math.round((Number(value) / Number(base)) * 100) / 100;
}

async function comparisonsOf(ex: Executor, scopeUnitIds: string[] | undefined, indicator: Indicator, filter: ResolvedFilter, current: IndicatorValue): Promise<Comparison[]> {
  const year = Number(filter.from.slice(0, 4));
  const bases = [
    { base: 'same_period_previous_year' as const, from: previousYearDay(filter.from), to: previousYearDay(filter.to) },
    { base: 'previous_year' as const, from: `${year - 1}-01-01`, to: `${year}-01-01` },
  ];
  return Promise.all(
    bases.map(async ({ base, from, to }) => {
      const value = await computeValue(ex, scopeUnitIds, indicator, { ...filter, from, to });
      return { ...value, base, period: periodRef(from, to), ratio: ratioTo(current.value, value.value) };
    }),
  );
}

/** What a unit is ranked on among the units of its type. */
const RANKED: Record<'mission' | 'province', string[]> = {
  mission: ['activities.missions', 'agreements.signed', 'outcomes.export_contracts.confirmed'],
  province: ['activities.provinces', 'agreements.signed', 'outcomes.export_contracts.confirmed'],
};

/** Competition ranking: 1 + the peers strictly ahead (lower is better reverses it); equal values share a rank. */
function rankOf(own: number, values: number[], direction: Indicator['direction']): number {
  return 1 + values.filter((value) => (direction === 'higher_is_better' ? value > own : value < own)).length;
}

function medianOf(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return normalizeDecimal(median.toFixed(2));
}

const toRecord = (row: Awaited<ReturnType<typeof indicatorsRepo.records>>[number]): IndicatorRecord => ({
  entity: row.entity,
  id: row.id,
  title: row.title,
  date: row.ref_date,
  unit: row.unit_id ? { id: row.unit_id, code: row.unit_code!, name: { vi: row.unit_name_vi!, en: row.unit_name_en! } } : null,
  countryCode: row.countries[0] ?? null,
  category: row.category,
  amount: row.amount === null ? null : normalizeDecimal(row.amount),
  href: row.href,
});

export function indicatorsService(db: Db, options: { today?: () => string } = {}) {
  const today = () => (options.today ?? todayIso)();
  const authorize = (actor: Actor) => {
    if (!can.read(actor)) throw forbidden();
  };

  return {
    catalogue: (actor: Actor): IndicatorCatalogue => {
      authorize(actor);
      return { items: INDICATORS.map(describeIndicator) };
    },

    definition: (actor: Actor, code: string) => {
      authorize(actor);
      return describeIndicator(requireIndicator(code));
    },

    values: async (actor: Actor, code: string, query: IndicatorValuesQuery): Promise<IndicatorValues> => {
      authorize(actor);
      const indicator = requireIndicator(code);
      requireGroupBy(indicator, query.groupBy);
      const filter = resolveFilter(query, today());
      const scopeUnitIds = await scopeOf(db, actor);
      const total = await computeValue(db, scopeUnitIds, indicator, filter);
      return {
        indicator: describeIndicator(indicator),
        period: periodRef(filter.from, filter.to),
        asOf: filter.asOf,
        view: filter.view,
        total,
        groupBy: query.groupBy ?? null,
        groups: query.groupBy ? await groupValues(db, scopeUnitIds, indicator, filter, query.groupBy) : [],
        comparisons: query.compare ? await comparisonsOf(db, scopeUnitIds, indicator, filter, total) : [],
      };
    },

    records: async (actor: Actor, code: string, query: IndicatorRecordsQuery): Promise<IndicatorRecords> => {
      authorize(actor);
      const indicator = requireIndicator(code);
      requireGroupBy(indicator, query.groupBy);
      if (query.part && indicator.kind !== 'ratio') throw invalidField('part', `${code} is not a ratio`);
      const filter = resolveFilter(query, today());
      const group = query.groupBy && query.groupKey ? { by: query.groupBy, key: query.groupKey } : undefined;
      const page = { page: query.page, pageSize: query.pageSize };
      if (indicator.kind === 'reported') {
        const chosen = await reportedRows(db, indicator, filter, group);
        const items = chosen.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map((row) => ({
          entity: 'reported_value',
          id: row.id,
          title: `${indicator.name.vi} ${periodRef(row.periodStart, row.periodEnd).label}`,
          date: row.periodStart,
          unit: null,
          countryCode: null,
          category: row.source,
          amount: normalizeDecimal(row.value),
          href: `/indicators/${indicator.code}`,
        }));
        return { code, part: 'value', asOf: filter.asOf, items, total: chosen.length, ...page };
      }
      const part = indicator.kind === 'ratio' ? (query.part ?? 'numerator') : 'value';
      const counted = indicator.kind === 'ratio' ? (requireIndicator(part === 'denominator' ? indicator.denominator : indicator.numerator) as ComputedIndicator) : indicator;
      const scopeUnitIds = await scopeOf(db, actor);
      const selection = selectionOf(filter, scopeUnitIds, group);
      const [rows, value] = await Promise.all([indicatorsRepo.records(db, counted, selection, query.page, query.pageSize), indicatorsRepo.value(db, counted, selection)]);
      return { code, part, asOf: filter.asOf, items: rows.map(toRecord), total: value.count, ...page };
    },

    /**
     * A mission's or province's place among the units of its type for a year or half-year, former units rolled up
     * to today's. Peers' values are counted over all records, but only the unit's own value, its rank and the
     * median leave the server; a unit outside the actor's scope answers like a missing one.
     */
    ranking: async (actor: Actor, unitId: string, query: UnitRankingQuery): Promise<UnitRanking> => {
      authorize(actor);
      const scopeUnitIds = await scopeOf(db, actor);
      const unit = await orgUnitsRepo.findById(db, unitId);
      if (!unit || (scopeUnitIds && !scopeUnitIds.includes(unit.id))) throw notFound('Org unit');
      if (unit.type !== 'mission' && unit.type !== 'province') throw invalidField('id', 'Only missions and provinces are ranked among their peers');
      const asOf = query.asOf ?? today();
      const year = query.year ?? Number(asOf.slice(0, 4));
      const from = query.half === '2' ? `${year}-07-01` : `${year}-01-01`;
      const to = query.half === '1' ? `${year}-07-01` : `${year + 1}-01-01`;
      const filter: ResolvedFilter = { from, to, asOf, view: 'mapped', unitType: unit.type };
      const peers = (await orgUnitsRepo.list(db, { type: unit.type, asOf, page: 1, pageSize: 1000 })).rows.map((row) => row.unit.id);
      const items = await Promise.all(
        RANKED[unit.type].map(async (code) => {
          const indicator = requireIndicator(code);
          const byUnit = new Map((await groupValues(db, undefined, indicator, filter, 'unit')).map((group) => [group.key, Number(group.value ?? 0)]));
          const values = peers.map((peer) => byUnit.get(peer) ?? 0);
          const value = await computeValue(db, undefined, indicator, { ...filter, unitId: unit.id });
          return {
            indicator: { code, name: indicator.name, unit: indicator.unit },
            value,
            rank: value.count === 0 ? null : rankOf(Number(value.value ?? 0), values, indicator.direction),
            median: medianOf(values.length > 0 ? values : [0]),
          };
        }),
      );
      return { unit: { id: unit.id, code: unit.code, name: { vi: unit.nameVi, en: unit.nameEn }, type: unit.type }, period: periodRef(from, to), asOf, peers: peers.length, items };
    },
  };
}

export { scopeOf, requireIndicator };
