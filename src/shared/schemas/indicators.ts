import { z } from 'zod';
import { IsoDate, ListQuery, LocalizedName, QueryFlag, Uuid, Version } from './common.js';
import { Region } from './regions.js';

export const INDICATOR_SOURCES = ['computed', 'reported'] as const;
export const INDICATOR_UNITS = ['count', 'percent', 'usd', 'usd_billion', 'people'] as const;
export const TIME_AGGREGATIONS = ['sum', 'latest', 'average'] as const;
export const UNIT_AGGREGATIONS = ['sum', 'none'] as const;
export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;

/**
 * Groupings of an indicator's values. Time: month, quarter, half, year. Records: unit (the record's unit, mapped to
 * today's in the mapped view), unitType, country, region (MOFA's), field, partner and category (the indicator's own breakdown, e.g.
 * leader level for engagements, kind for agreements, type for activities).
 */
export const INDICATOR_GROUPS = ['month', 'quarter', 'half', 'year', 'unit', 'unitType', 'country', 'region', 'field', 'partner', 'category'] as const;
export const IndicatorGroupBy = z.enum(INDICATOR_GROUPS);
export type IndicatorGroupBy = z.infer<typeof IndicatorGroupBy>;

export const INDICATOR_VIEWS = ['as_reported', 'mapped'] as const;

export const IndicatorDefinition = z.object({
  code: z.string(),
  name: LocalizedName,
  definition: LocalizedName.describe('What is counted, from which records, by which date'),
  unit: z.enum(INDICATOR_UNITS),
  timeAggregation: z.enum(TIME_AGGREGATIONS).describe('How values of shorter periods make a longer one'),
  unitAggregation: z.enum(UNIT_AGGREGATIONS).describe('sum: units add up to the national figure; none: a national figure only'),
  direction: z.enum(DIRECTIONS),
  source: z.enum(INDICATOR_SOURCES),
  kind: z.enum(['count', 'sum', 'ratio', 'reported']).describe('count of records, sum of an amount, ratio of two indicators, or entered by HQ'),
  /** The groupings it accepts; `category` names what it breaks down by. */
  groupBys: z.array(IndicatorGroupBy),
  category: LocalizedName.nullable(),
  /** For a ratio: the indicators whose values it divides. */
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  /** Which records the drill-down lists: engagement, agreement, activity, outcome, commitment, task, support_request, period_submission, reported_value. */
  entity: z.string(),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

export const IndicatorCatalogue = z.object({ items: z.array(IndicatorDefinition) });
export type IndicatorCatalogue = z.infer<typeof IndicatorCatalogue>;

/** The filters every value and record query takes; the same filter lists exactly the records of a value. */
const IndicatorFilterFields = z.object({
    from: IsoDate.optional().describe('Start of the period (inclusive); default 1 January of the as-of year'),
    to: IsoDate.optional().describe('End of the period (exclusive); default the day after the as-of date'),
    unitId: Uuid.optional().describe("The record's unit; in the mapped view also the units it succeeded"),
    unitType: z.enum(['hq', 'ministry', 'mission', 'province', 'business_association']).optional(),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code').optional(),
    region: Region.optional().describe("Records with a country in MOFA's region"),
    field: z.string().trim().min(1).max(60).optional(),
    partnerId: Uuid.optional(),
    category: z.string().trim().min(1).max(60).optional().describe("A value of the indicator's own breakdown (leader level, agreement kind…)"),
    asOf: IsoDate.optional().describe('The day states (overdue, no result) are judged and units are mapped; default today'),
    view: z.enum(INDICATOR_VIEWS).default('as_reported').describe("as_reported: units as they were; mapped: former units rolled up to today's"),
    excludeDemo: QueryFlag.optional().describe('true: leave out records invented for the demonstration (reported national figures are never invented)'),
});
const periodInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from < f.to;
export const IndicatorFilter = IndicatorFilterFields.refine(periodInOrder, { message: 'from must be before to', path: ['to'] });
export type IndicatorFilter = z.infer<typeof IndicatorFilter>;

export const IndicatorValuesQuery = IndicatorFilter.safeExtend({
  groupBy: IndicatorGroupBy.optional(),
  compare: z.enum(['true', 'false']).transform((v) => v === 'true').default(true).describe('Add the same period of the previous year and the whole previous year'),
});
export type IndicatorValuesQuery = z.infer<typeof IndicatorValuesQuery>;

const recordsSelection = {
  groupBy: IndicatorGroupBy.optional(),
  groupKey: z.string().trim().min(1).max(100).optional(),
  part: z.enum(['numerator', 'denominator']).optional().describe('For a ratio: whose records to list (default numerator)'),
};
const groupKeyNeedsGroupBy = (q: { groupKey?: string; groupBy?: string }) => !q.groupKey || Boolean(q.groupBy);
export const IndicatorRecordsQuery = IndicatorFilterFields.extend({ ...recordsSelection, page: ListQuery.shape.page, pageSize: ListQuery.shape.pageSize })
  .refine(periodInOrder, { message: 'from must be before to', path: ['to'] })
  .refine(groupKeyNeedsGroupBy, { message: 'groupKey needs groupBy', path: ['groupKey'] });
/** The records of a value as a file: the indicator's code and the value's filter. */
export const IndicatorRecordsExportQuery = IndicatorFilterFields.extend({ code: z.string().min(1).max(60), ...recordsSelection });
export type IndicatorRecordsExportQuery = z.infer<typeof IndicatorRecordsExportQuery>;
export type IndicatorRecordsQuery = z.infer<typeof IndicatorRecordsQuery>;

/** Query parameters of GET /indicators/{code}/records (as strings) that list exactly the records of a value. */
export const RecordsFilter = z.record(z.string(), z.string());
export type RecordsFilter = z.infer<typeof RecordsFilter>;

/** One value: a decimal string (exact), how many records it counts, and the filter listing them. */
export const IndicatorValue = z.object({
  value: z.string().nullable(),
  count: z.int(),
  filter: RecordsFilter,
  /** For a ratio: its two parts, each with its own records. */
  numerator: z.object({ value: z.string().nullable(), count: z.int(), filter: RecordsFilter }).optional(),
  denominator: z.object({ value: z.string().nullable(), count: z.int(), filter: RecordsFilter }).optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const PeriodRef = z.object({ from: IsoDate, to: IsoDate, label: z.string().describe('2025-H1, 2024, 2025-Q3, 2025-03 or from..to') });
export type PeriodRef = z.infer<typeof PeriodRef>;

export const Comparison = IndicatorValue.extend({
  base: z.enum(['same_period_previous_year', 'previous_year']),
  period: PeriodRef,
  /** value ÷ the base's value, e.g. 2 for "double"; null when the base is zero or missing. */
  ratio: z.number().nullable(),
});
export type Comparison = z.infer<typeof Comparison>;

export const IndicatorGroupValue = IndicatorValue.extend({ key: z.string(), label: LocalizedName });

export const IndicatorValues = z.object({
  indicator: IndicatorDefinition,
  period: PeriodRef,
  asOf: IsoDate,
  view: z.enum(INDICATOR_VIEWS),
  total: IndicatorValue,
  groupBy: IndicatorGroupBy.nullable(),
  groups: z.array(IndicatorGroupValue),
  comparisons: z.array(Comparison),
});
export type IndicatorValues = z.infer<typeof IndicatorValues>;

export const IndicatorRecord = z.object({
  entity: z.string(),
  id: Uuid,
  title: z.string(),
  date: IsoDate.nullable(),
  unit: z.object({ id: Uuid, code: z.string(), name: LocalizedName }).nullable(),
  countryCode: z.string().nullable(),
  category: z.string().nullable(),
  /** The amount it adds for a sum indicator (decimal string), else null. */
  amount: z.string().nullable(),
  /** The web page of the record. */
  href: z.string(),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;

export const IndicatorRecords = z.object({
  code: z.string(),
  part: z.enum(['value', 'numerator', 'denominator']),
  asOf: IsoDate,
  items: z.array(IndicatorRecord),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type IndicatorRecords = z.infer<typeof IndicatorRecords>;

/** Exact decimal as typed (dot decimal separator); the UI parses the user's locale into this. */
export const Decimal = z.string().trim().regex(/^-?\d{1,14}(\.\d{1,6})?$/, 'Expected a decimal number such as 31.4');

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const reportedFields = {
  indicatorCode: z.string().trim().min(1).max(60),
  from: IsoDate.describe('Start of the period the figure covers (inclusive)'),
  to: IsoDate.describe('End (exclusive): 2024-01-01..2024-12-01 is "11 months of 2024"'),
  value: Decimal,
  source: z.string().trim().min(1).max(500).describe('Who published it, e.g. "General Statistics Office"'),
  sourceUrl: z.url().max(1000).nullable().optional(),
  publishedOn: IsoDate.describe('Publication date of this figure'),
  note: nullableText(2000),
};
export const ReportedValueInput = z.strictObject(reportedFields).refine((v) => v.from < v.to, { message: 'from must be before to', path: ['to'] });
export type ReportedValueInput = z.infer<typeof ReportedValueInput>;
export const ReportedValueUpdate = z.strictObject({
  value: Decimal,
  source: reportedFields.source,
  sourceUrl: reportedFields.sourceUrl,
  publishedOn: reportedFields.publishedOn,
  note: reportedFields.note,
  version: Version,
});
export type ReportedValueUpdate = z.infer<typeof ReportedValueUpdate>;

export const ReportedRevision = z.object({ version: z.int(), value: z.string(), source: z.string(), publishedOn: IsoDate, note: z.string().nullable(), changedAt: z.string() });
export const ReportedValue = z.object({
  id: Uuid,
  indicatorCode: z.string(),
  from: IsoDate,
  to: IsoDate,
  value: z.string(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  publishedOn: IsoDate,
  note: z.string().nullable(),
  version: z.int(),
  /** Earlier versions of the figure, newest first. */
  revisions: z.array(ReportedRevision),
});
export type ReportedValue = z.infer<typeof ReportedValue>;
export const ReportedValueListQuery = ListQuery.extend({ indicatorCode: z.string().trim().max(60).optional(), from: IsoDate.optional(), to: IsoDate.optional() });
export type ReportedValueListQuery = z.infer<typeof ReportedValueListQuery>;
export const ReportedValueList = z.object({ items: z.array(ReportedValue), total: z.int(), page: z.int(), pageSize: z.int() });
export const ReportedImportResult = z.object({ created: z.int(), revised: z.int(), unchanged: z.int() });
export type ReportedImportResult = z.infer<typeof ReportedImportResult>;

export const TARGET_STATUSES = ['met', 'on_track', 'at_risk', 'missed', 'no_data'] as const;
export const TargetStatus = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof TargetStatus>;

const targetFields = {
  indicatorCode: z.string().trim().min(1).max(60),
  year: z.int().min(2000).max(2100),
  half: z.union([z.literal(1), z.literal(2)]).nullable().optional().describe('1 or 2 for a half-year target; none for the whole year'),
  unitId: Uuid.nullable().optional().describe("A unit's share of the target (a mission's, a province's); none: national"),
  low: Decimal.describe('The target, or the lower end of a range (growth 8.3 of 8.3–8.5%)'),
  high: Decimal.nullable().optional().describe('The upper end of a range'),
  baseline: Decimal.nullable().optional().describe('The starting value, e.g. the previous year'),
  source: nullableText(500),
  note: nullableText(2000),
};
export const TargetInput = z.strictObject(targetFields).refine((t) => !t.high || Number(t.high) >= Number(t.low), { message: 'high must not be below low', path: ['high'] });
export type TargetInput = z.infer<typeof TargetInput>;
export const TargetUpdate = z.strictObject({ low: targetFields.low, high: targetFields.high, baseline: targetFields.baseline, source: targetFields.source, note: targetFields.note, version: Version });
export type TargetUpdate = z.infer<typeof TargetUpdate>;

export const Target = z.object({
  id: Uuid,
  indicatorCode: z.string(),
  indicatorName: LocalizedName,
  direction: z.enum(DIRECTIONS),
  unitOfMeasure: z.enum(INDICATOR_UNITS),
  year: z.int(),
  half: z.int().nullable(),
  period: PeriodRef,
  unit: z.object({ id: Uuid, code: z.string(), name: LocalizedName }).nullable(),
  low: z.string(),
  high: z.string().nullable(),
  baseline: z.string().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  version: z.int(),
  /** The indicator's value over the target period (up to the as-of day), with its records. */
  actual: IndicatorValue,
  /** actual ÷ target (the lower end of a range), or from the baseline when given: (actual − baseline) ÷ (target − baseline). */
  progress: z.number().nullable(),
  /** Where the value is heading at the period's end: sums extrapolated at the pace so far, other values as they are. */
  projected: z.string().nullable(),
  /** Share of the period elapsed on the as-of day, 0..1. */
  elapsed: z.number(),
  status: TargetStatus,
});
export type Target = z.infer<typeof Target>;
export const TargetListQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  half: z.enum(['1', '2', 'year']).optional().describe('1 or 2: half-year targets; year: whole-year targets'),
  indicatorCode: z.string().trim().max(60).optional(),
  unitId: Uuid.optional(),
  national: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: national targets only'),
  asOf: IsoDate.optional(),
});
export type TargetListQuery = z.infer<typeof TargetListQuery>;
export const TargetList = z.object({ items: z.array(Target), total: z.int(), page: z.int(), pageSize: z.int() });

export const Scorecard = z.object({
  year: z.int(),
  half: z.int().nullable(),
  asOf: IsoDate,
  total: z.int(),
  counts: z.object({ met: z.int(), on_track: z.int(), at_risk: z.int(), missed: z.int(), no_data: z.int() }),
  /** met, and for a period still running on track: "15/15 targets met or exceeded". */
  metOrOnTrack: z.int(),
  items: z.array(Target),
});
export type Scorecard = z.infer<typeof Scorecard>;
export const ScorecardQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  half: z.enum(['1', '2']).optional(),
  asOf: IsoDate.optional(),
});

export const UnitRankingQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Default: the as-of year'),
  half: z.enum(['1', '2']).optional(),
  asOf: IsoDate.optional(),
});
export type UnitRankingQuery = z.infer<typeof UnitRankingQuery>;

export const UnitRankingItem = z.object({
  indicator: z.object({ code: z.string(), name: LocalizedName, unit: z.enum(INDICATOR_UNITS) }),
  /** The unit's own value (its former units rolled up), with the filter listing its records. */
  value: IndicatorValue,
  /** 1 for the highest among the peers; equal values share a rank; none while the unit has no record counted. */
  rank: z.int().nullable(),
  /** The middle value of the peers (the unit included), for a sense of scale without naming anyone. */
  median: z.string(),
});
export const UnitRanking = z.object({
  unit: z.object({ id: Uuid, code: z.string(), name: LocalizedName, type: z.enum(['mission', 'province']) }),
  period: PeriodRef,
  asOf: IsoDate,
  /** How many units of the same type existed on the as-of day. */
  peers: z.int(),
  items: z.array(UnitRankingItem),
});
export type UnitRanking = z.infer<typeof UnitRanking>;
