import { z } from 'zod';
import { IsoDate, LocalizedName, ListQuery, listOf, Uuid, Version } from './common.js';
import { OrgUnitType } from './org-units.js';
import { OutcomeKind } from './outcomes.js';

export const PERIOD_KINDS = ['quarter', 'half_year', 'year'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** How many periods of a kind a year has: `index` runs from 1 to this. */
export const PERIODS_PER_YEAR: Record<PeriodKind, number> = { quarter: 4, half_year: 2, year: 1 };

export const PeriodInput = z
  .object({
    kind: PeriodKind,
    year: z.int().min(2000).max(2100),
    /** Quarter 1–4, half 1–2; 1 (or omitted) for a year. */
    index: z.int().min(1).max(4).default(1),
    dueDate: IsoDate.nullable().optional(),
  })
  .refine((p) => p.index <= PERIODS_PER_YEAR[p.kind], { message: 'No such period in a year (quarter 1–4, half 1–2, year 1)', path: ['index'] });
export type PeriodInput = z.infer<typeof PeriodInput>;

/** Close or reopen a period for submissions, or move its due date. */
export const PeriodUpdate = z.object({ open: z.boolean().optional(), dueDate: IsoDate.nullable().optional(), version: Version });
export type PeriodUpdate = z.infer<typeof PeriodUpdate>;

export const Period = z.object({
  id: Uuid,
  kind: PeriodKind,
  year: z.int(),
  index: z.int(),
  label: LocalizedName,
  /** Half-open: the period is [startDate, endDate). */
  startDate: IsoDate,
  endDate: IsoDate,
  dueDate: IsoDate.nullable(),
  open: z.boolean(),
  version: z.int(),
});
export type Period = z.infer<typeof Period>;

export const PeriodListQuery = ListQuery.omit({ q: true }).extend({
  kind: PeriodKind.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  open: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type PeriodListQuery = z.infer<typeof PeriodListQuery>;
export const PeriodList = listOf(Period);

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** Units that report per period. */
export const REPORTING_UNIT_TYPES = ['mission', 'province', 'ministry'] as const;

export const UnitRef = z.object({ id: Uuid, code: z.string(), type: OrgUnitType, name: LocalizedName });
export type UnitRef = z.infer<typeof UnitRef>;

/** A count with the API query that lists what was counted. */
export const Drillable = z.object({ count: z.int(), href: z.string() });

/** The figures of a unit's report, in the order they are shown. */
export const FIGURE_KEYS = ['activities', 'activitiesWithoutResult', 'supportedActivities', 'outcomes', 'confirmedOutcomes'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
const perFigure = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(FIGURE_KEYS.map((key) => [key, value])) as Record<FigureKey, T>);

export const SubmissionFigures = z.object({
  /** Activities the unit (or a unit it succeeded) reported, starting in the period. */
  activities: Drillable,
  /** Of those, activities with no output or outcome 30 days after their end (the formalism flag). */
  activitiesWithoutResult: Drillable,
  /** Other units' activities that supported this unit (a mission's support of a province). */
  supportedActivities: Drillable,
  outcomes: Drillable,
  /** Outcomes the business confirmed or corrected. */
  confirmedOutcomes: Drillable,
});
export type SubmissionFigures = z.infer<typeof SubmissionFigures>;

/** A figure as submitted: its count and the records behind it. */
export const FrozenFigure = z.object({ count: z.int(), recordIds: z.array(Uuid) });

export const RECORD_CHANGES = ['added', 'removed', 'updated'] as const;

/**
 * A record that moved a figure since submission: `added` now counts and did not then, `removed` counted then
 * and no longer does (or was deleted), `updated` counts in both but was edited after submission.
 */
export const ChangedRecord = z.object({
  id: Uuid,
  type: z.enum(['activity', 'outcome']),
  change: z.enum(RECORD_CHANGES),
  /** The activity to open: the record itself, or the outcome's activity; null when the record was deleted. */
  activityId: Uuid.nullable(),
  activityTitle: z.string().nullable(),
  outcomeKind: OutcomeKind.nullable(),
  businessName: z.string().nullable(),
});
export type ChangedRecord = z.infer<typeof ChangedRecord>;

/** What the unit submitted, frozen when it submitted, beside what has changed in the records since. */
export const SubmissionSnapshot = z.object({
  frozenAt: z.string(),
  figures: perFigure(FrozenFigure),
  changes: perFigure(z.array(ChangedRecord)),
});
export type SubmissionSnapshot = z.infer<typeof SubmissionSnapshot>;

export const Submission = z.object({
  id: Uuid,
  periodId: Uuid,
  unit: UnitRef,
  status: SubmissionStatus,
  summary: z.string().nullable(),
  /** HQ's comment when returned, or the reason of the last reopening. */
  comment: z.string().nullable(),
  submittedBy: Uuid.nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: Uuid.nullable(),
  decidedAt: z.string().nullable(),
  version: z.int(),
  /** What the actor may do with this report now, by the rules the server enforces. */
  abilities: z.object({
    /** Edit the summary: the unit's editors (or HQ), while draft or returned. */
    update: z.boolean(),
    /** Send to HQ: as update, and the period is open. */
    submit: z.boolean(),
    /** HQ, not for its own unit, while submitted. */
    approve: z.boolean(),
    return: z.boolean(),
    /** HQ, while approved (lifts the lock). */
    reopen: z.boolean(),
  }),
  /** The figures now, recalculated from the records. */
  figures: SubmissionFigures,
  /** The figures as last submitted, and the records changed since; null before the first submission. */
  snapshot: SubmissionSnapshot.nullable(),
});
export type Submission = z.infer<typeof Submission>;

export const SubmissionListQuery = ListQuery.omit({ q: true }).extend({
  status: SubmissionStatus.optional(),
  unitType: z.enum(REPORTING_UNIT_TYPES).optional(),
});
export type SubmissionListQuery = z.infer<typeof SubmissionListQuery>;
export const SubmissionList = listOf(Submission.omit({ figures: true, snapshot: true }));

const Summary = z.string().trim().min(1).max(20_000);

/** Starts a unit's draft; a unit editor's own unit by default, HQ names the unit. */
export const SubmissionInput = z.object({ unitId: Uuid.optional(), summary: Summary.optional() });
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export const SubmissionUpdate = z.object({ summary: Summary, version: Version });
export type SubmissionUpdate = z.infer<typeof SubmissionUpdate>;

export const SubmissionSubmit = z.object({ summary: Summary.optional(), version: Version });
export type SubmissionSubmit = z.infer<typeof SubmissionSubmit>;

export const SubmissionDecision = z.object({ version: Version });
export const SubmissionReturn = z.object({ comment: z.string().trim().min(1, 'Say what must change').max(5000), version: Version });
export const SubmissionReopen = z.object({ reason: z.string().trim().min(1, 'Give the reason for reopening').max(5000), version: Version });

export const COMPLETENESS_STATUSES = ['none', ...SUBMISSION_STATUSES] as const;
export const CompletenessStatus = z.enum(COMPLETENESS_STATUSES);
export type CompletenessStatus = z.infer<typeof CompletenessStatus>;
export const BOARD_UNIT_TYPES = ['mission', 'province'] as const;

/**
 * Against the period's due date: `on_time` and `late` reports are with HQ (submitted or approved), sent by the
 * due date or after it; `overdue` ones are not with HQ and the due date has passed; `not_due` not yet.
 */
export const TIMELINESS = ['on_time', 'late', 'overdue', 'not_due'] as const;
export const Timeliness = z.enum(TIMELINESS);
export type Timeliness = z.infer<typeof Timeliness>;

export const TimelinessByType = z.object({
  type: z.enum(BOARD_UNIT_TYPES),
  total: z.int(),
  onTime: z.int(),
  late: z.int(),
  overdue: z.int(),
  notDue: z.int(),
  /** Share of the type's units that reported on time (0–1). */
  onTimeRate: z.number(),
  /** Share that reported late or are overdue (0–1). */
  lateRate: z.number(),
});
export type TimelinessByType = z.infer<typeof TimelinessByType>;

export const CompletenessQuery = z.object({
  type: z.enum(BOARD_UNIT_TYPES).optional(),
  status: CompletenessStatus.optional(),
  timeliness: Timeliness.optional(),
});
export type CompletenessQuery = z.infer<typeof CompletenessQuery>;

export const CompletenessCounts = z.object({ total: z.int(), none: z.int(), draft: z.int(), submitted: z.int(), approved: z.int(), returned: z.int() });
export type CompletenessCounts = z.infer<typeof CompletenessCounts>;

export const CompletenessBoard = z.object({
  period: Period,
  /** The day whose units are listed: the period's end (units current when it closes). */
  asOf: IsoDate,
  /** Over the units of the type asked for, before the status and timeliness filters. */
  counts: CompletenessCounts,
  /** On-time and late reporting of every mission and province, whatever the filters. */
  timelinessByType: z.array(TimelinessByType),
  items: z.array(
    z.object({
      unit: UnitRef,
      status: CompletenessStatus,
      timeliness: Timeliness,
      submissionId: Uuid.nullable(),
      submittedAt: z.string().nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
});
export type CompletenessBoard = z.infer<typeof CompletenessBoard>;

export const ReminderInput = z.object({ unitIds: z.array(Uuid).min(1).max(500).optional() });
export type ReminderInput = z.infer<typeof ReminderInput>;

export const ReminderResult = z.object({
  day: IsoDate,
  /** Units reminded now, with how many editors each. */
  reminded: z.array(z.object({ unitId: Uuid, recipients: z.int() })),
  /** Units already reminded today for this period: not reminded twice. */
  alreadyReminded: z.array(Uuid),
  /** Units with no active editor to remind. */
  noRecipients: z.array(Uuid),
});
export type ReminderResult = z.infer<typeof ReminderResult>;
