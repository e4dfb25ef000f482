import { z } from 'zod';
import { IsoDate, ListQuery, listOf, QueryFlag, Uuid } from './common.js';
import { OrgUnitType, UNIT_VIEWS, UnitView } from './org-units.js';
import { Region } from './regions.js';
import { SECTORS, Sector } from './sectors.js';
import { UnitRef } from './engagements.js';
import { CountryCode, PartnerRef } from './partners.js';

export const ACTIVITY_TYPES = [
  'trade_promotion',
  'investment_promotion',
  'tourism_promotion',
  'fair_exhibition',
  'forum_seminar',
  'business_delegation',
  'b2b_matching',
  'labour',
  'science_technology',
  'locality_support',
  'culture',
  'other',
] as const;
export const ActivityType = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityType>;

export const OUTPUT_KINDS = ['meetings_held', 'businesses_connected', 'mous_signed', 'delegations', 'participants', 'other'] as const;
export const OutputKind = z.enum(OUTPUT_KINDS);
export type OutputKind = z.infer<typeof OutputKind>;

/** Money as an exact decimal string (never a float): up to 18 digits and 2 decimals. */
export const DecimalAmount = z.string().regex(/^\d{1,18}(\.\d{1,2})?$/, 'Expected an amount such as 1250000 or 1250000.50');
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as USD');

export const ActivityOutputInput = z.object({
  kind: OutputKind,
  quantity: z.int().min(0).max(1_000_000_000),
  note: z.string().trim().max(1000).nullable().optional(),
});
export const ActivityOutput = ActivityOutputInput.extend({ id: Uuid, note: z.string().nullable() });
export type ActivityOutput = z.infer<typeof ActivityOutput>;

export const ACTIVITY_VIEWS = UNIT_VIEWS;
/** `mapped` rolls records of former units (the 63 old provinces) up to the units that succeeded them. */
export const ActivityView = UnitView;
export type ActivityView = z.infer<typeof ActivityView>;

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const activityFields = {
  unitId: Uuid.optional().describe("The reporting unit; defaults to the actor's unit (HQ may report for any unit)"),
  type: ActivityType,
  title: z.string().trim().min(1).max(300),
  description: nullableText(10_000),
  startDate: IsoDate,
  endDate: IsoDate,
  countryCode: CountryCode.nullable().optional(),
  place: nullableText(300),
  partnerIds: z.array(Uuid).max(100),
  sectors: z.array(Sector).max(SECTORS.length).describe('From the shared list of sectors'),
  provinceIds: z.array(Uuid).max(100).describe('Vietnamese provinces the activity supported: it counts for them too'),
  cost: DecimalAmount.nullable().optional(),
  costCurrency: CurrencyCode.nullable().optional(),
  engagementId: Uuid.nullable().optional(),
  agreementId: Uuid.nullable().optional(),
  commitmentId: Uuid.nullable().optional(),
  taskId: Uuid.nullable().optional(),
  supportRequestId: Uuid.nullable().optional(),
  outputs: z.array(ActivityOutputInput).max(50).describe('Replaces the stored outputs when sent'),
};

/** Field checks shared by create and the merged update: dates in order, cost with its currency. */
export function activityIssues(a: { startDate: string; endDate: string; cost?: string | null; costCurrency?: string | null }): Record<string, string> {
  const issues: Record<string, string> = {};
  if (a.endDate < a.startDate) issues.endDate = 'The end date cannot be before the start date';
  if ((a.cost ?? null) === null && (a.costCurrency ?? null) !== null) issues.cost = 'Give the cost with its currency, or neither';
  if ((a.cost ?? null) !== null && (a.costCurrency ?? null) === null) issues.costCurrency = 'Give the cost with its currency, or neither';
  return issues;
}

/** Turns a field-issue map into zod issues, so a form and the API report the same field. */
export const refineIssues =
  <T>(issuesOf: (value: T) => Record<string, string>) =>
  (value: T, ctx: z.RefinementCtx) => {
    for (const [path, message] of Object.entries(issuesOf(value))) ctx.addIssue({ code: 'custom', path: [path], message });
  };
// Defaults only on create: a partial update leaves unsent lists alone.
export const ActivityInput = z
  .object({
    ...activityFields,
    partnerIds: activityFields.partnerIds.default([]),
    sectors: activityFields.sectors.default([]),
    provinceIds: activityFields.provinceIds.default([]),
    outputs: activityFields.outputs.default([]),
  })
  .superRefine(refineIssues(activityIssues));
export type ActivityInput = z.infer<typeof ActivityInput>;

export const ActivityUpdate = z
  .object(activityFields)
  .omit({ unitId: true })
  .partial()
  .extend({ version: z.int().min(1) });
export type ActivityUpdate = z.infer<typeof ActivityUpdate>;

export const Activity = z.object({
  id: Uuid,
  unit: UnitRef,
  /** The current unit the reporting unit rolls up to (itself when still valid); set in the mapped view. */
  currentUnit: UnitRef.nullable(),
  type: ActivityType,
  title: z.string(),
  description: z.string().nullable(),
  startDate: IsoDate,
  endDate: IsoDate,
  countryCode: z.string().nullable(),
  place: z.string().nullable(),
  partners: z.array(PartnerRef),
  sectors: z.array(Sector),
  provinces: z.array(UnitRef),
  cost: z.string().nullable(),
  costCurrency: z.string().nullable(),
  engagementId: Uuid.nullable(),
  agreementId: Uuid.nullable(),
  commitmentId: Uuid.nullable(),
  taskId: Uuid.nullable(),
  supportRequestId: Uuid.nullable(),
  outputs: z.array(ActivityOutput),
  outcomeCount: z.int(),
  /** No output and no outcome 30 days after the end date (formalism indicator); computed, not stored. */
  noResultRecorded: z.boolean(),
  /** An approved period report covers it: nobody changes it (or its outcomes) until HQ reopens the report. */
  locked: z.boolean(),
  /** The approved report's period that locks it, e.g. { label: "H1 2025" }; null when not locked. */
  lockedBy: z.object({ periodId: Uuid, label: z.string() }).nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the actor may do with this activity, by the rules the server enforces (a lock refuses all three). */
  abilities: z.object({ update: z.boolean(), delete: z.boolean(), addOutcome: z.boolean() }),
});
export type Activity = z.infer<typeof Activity>;

export const ACTIVITY_SORTS = ['-startDate', 'startDate', 'title', '-createdAt'] as const;

/** Filters shared by the list, the summary and the formalism board, so every bucket drills down to its list. */
export const ActivityFilterQuery = z.object({
  q: z.string().trim().max(200).optional(),
  unitId: Uuid.optional().describe('Reporting unit; in the mapped view also the units it succeeded'),
  type: ActivityType.optional(),
  from: IsoDate.optional().describe('Activities starting on or after this day (inclusive)'),
  to: IsoDate.optional().describe('Activities starting before this day (exclusive): [from, to), as reporting periods are'),
  countryCode: CountryCode.optional(),
  province: Uuid.optional().describe('Activities that supported this province (in the mapped view, or its predecessors)'),
  flagged: z.enum(['no_result']).optional().describe('no_result: no output or outcome 30 days after the end'),
  region: Region.optional().describe('Held in, or aimed at, a country of this MOFA region'),
  sector: Sector.optional(),
  unitType: OrgUnitType.optional().describe('Reported by a unit of this type, e.g. mission'),
  supportsProvinces: QueryFlag.optional().describe('true: activities that supported at least one province (the conference\'s "supported localities")'),
  excludeDemo: QueryFlag.optional().describe('true: leave out records invented for the demonstration'),
  view: ActivityView,
});
export type ActivityFilterQuery = z.infer<typeof ActivityFilterQuery>;

export const ActivityListQuery = ListQuery.extend({ ...ActivityFilterQuery.shape, sort: z.enum(ACTIVITY_SORTS).default('-startDate') });
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;
export const ActivityList = listOf(Activity);

export const ACTIVITY_GROUPS = ['unit', 'type', 'country'] as const;
export const ActivitySummaryQuery = ActivityFilterQuery.extend({ groupBy: z.enum(ACTIVITY_GROUPS).default('unit') });
export type ActivitySummaryQuery = z.infer<typeof ActivitySummaryQuery>;

export const ActivitySummary = z.object({
  groupBy: z.enum(ACTIVITY_GROUPS),
  view: z.enum(ACTIVITY_VIEWS),
  total: z.int(),
  /** `key` is the value of unitId, type or countryCode to add to the list query to drill down. */
  buckets: z.array(z.object({ key: z.string().nullable(), unit: UnitRef.nullable(), count: z.int() })),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

export const FormalismQuery = ActivityFilterQuery.pick({ from: true, to: true, view: true, type: true });
export type FormalismQuery = z.infer<typeof FormalismQuery>;

export const FormalismReport = z.object({
  view: z.enum(ACTIVITY_VIEWS),
  /** Drill down with GET /activities?flagged=no_result&unitId=… and the same from/to/view. */
  units: z.array(z.object({ unit: UnitRef, total: z.int(), flagged: z.int(), share: z.number() })),
});
export type FormalismReport = z.infer<typeof FormalismReport>;

export const DeleteQuery = z.object({ version: z.coerce.number().int().min(1) });
