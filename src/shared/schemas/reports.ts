import { z } from 'zod';
import { IsoDate, ListQuery, LocalizedName, Uuid, Version, listOf } from './common.js';
import { Comparison, INDICATOR_UNITS, PeriodRef, RecordsFilter, TargetStatus } from './indicators.js';

/**
 * national_summary: the national half-year / year summary; unit_report: a mission's, province's or ministry's own
 * report; country_brief: the economic relations with one country; commitments_report: the implementation of
 * commitments and their tasks nationwide.
 */
export const REPORT_TEMPLATES = ['national_summary', 'unit_report', 'country_brief', 'commitments_report'] as const;
export const ReportTemplate = z.enum(REPORT_TEMPLATES);
export type ReportTemplate = z.infer<typeof ReportTemplate>;

export const REPORT_LANGUAGES = ['vi', 'en'] as const;
export const ReportLanguage = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

/** generating → draft (or failed) → reviewed → issued; an issued report is read-only. */
export const REPORT_STATUSES = ['generating', 'failed', 'draft', 'reviewed', 'issued'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const REPORT_SECTION_KEYS = [
  'high_level',
  'agreements',
  'missions',
  'activities',
  'outcomes',
  'support',
  'commitments',
  'tasks',
  'targets',
  'highlights',
  'limitations',
  'proposals',
] as const;
export const ReportSectionKey = z.enum(REPORT_SECTION_KEYS);
export type ReportSectionKey = z.infer<typeof ReportSectionKey>;

const say = (vi: string, en: string) => ({ vi, en });

/** Every section's title, whichever template it appears in. */
export const REPORT_SECTION_TITLES: Record<ReportSectionKey, { vi: string; en: string }> = {
  high_level: say('Kết quả hoạt động đối ngoại cấp cao', 'Results of high-level diplomacy'),
  agreements: say('Các thỏa thuận hợp tác được ký kết', 'Agreements signed'),
  missions: say('Hoạt động của các cơ quan đại diện và hỗ trợ địa phương', "Missions' activities and support to localities"),
  activities: say('Hoạt động xúc tiến, ngoại giao kinh tế', 'Promotion and economic-diplomacy activities'),
  outcomes: say('Kết quả cụ thể', 'Outcomes'),
  support: say('Hỗ trợ địa phương, doanh nghiệp', 'Support to localities and businesses'),
  commitments: say('Tình hình thực hiện cam kết, nhiệm vụ quá hạn', 'Commitments: status and overdue items'),
  tasks: say('Tình hình thực hiện nhiệm vụ', 'Tasks: status'),
  targets: say('Kết quả thực hiện các chỉ tiêu', 'Targets scorecard'),
  highlights: say('Điểm nổi bật', 'Highlights'),
  limitations: say('Hạn chế, tồn tại', 'Limitations'),
  proposals: say('Đề xuất, kiến nghị', 'Proposals'),
};

/** A section of a template: the indicators whose values it states (none: narrative only), and the targets scorecard. */
export interface ReportSectionDefinition {
  key: ReportSectionKey;
  indicators: string[];
  targets?: true;
}

const OUTCOME_FIGURES = ['outcomes.export_contracts', 'outcomes.investment_registered', 'outcomes.investment_disbursed', 'outcomes.jobs'];
const COMMITMENT_FIGURES = ['commitments.total', 'commitments.fulfilled', 'commitments.fulfilment_rate', 'commitments.overdue'];
const TASK_FIGURES = ['tasks.on_time', 'tasks.slipped', 'tasks.overdue'];
const narrative = (...keys: ReportSectionKey[]): ReportSectionDefinition[] => keys.map((key) => ({ key, indicators: [] }));

/**
 * Each template as data: its sections in order. Every figure is an indicator value with its drill-down filter; a
 * unit report's figures are the unit's (the indicators' unit filter), a country brief's the country's.
 */
export const REPORT_TEMPLATE_SECTIONS: Record<ReportTemplate, ReportSectionDefinition[]> = {
  national_summary: [
    { key: 'high_level', indicators: ['engagements.high_level', 'relations.upgrades'] },
    { key: 'agreements', indicators: ['agreements.signed', 'agreements.local_international'] },
    { key: 'missions', indicators: ['activities.missions', 'activities.missions_supporting_localities', 'activities.provinces', 'support_requests.answered'] },
    { key: 'commitments', indicators: [...COMMITMENT_FIGURES, 'tasks.overdue'] },
    { key: 'targets', indicators: [], targets: true },
    ...narrative('limitations', 'proposals'),
  ],
  unit_report: [
    { key: 'activities', indicators: ['activities.all', 'activities.no_result'] },
    { key: 'outcomes', indicators: OUTCOME_FIGURES },
    { key: 'support', indicators: ['activities.missions_supporting_localities', 'support_requests.answered'] },
    { key: 'commitments', indicators: COMMITMENT_FIGURES },
    { key: 'tasks', indicators: TASK_FIGURES },
    ...narrative('highlights', 'limitations', 'proposals'),
  ],
  country_brief: [
    { key: 'high_level', indicators: ['engagements.high_level'] },
    { key: 'agreements', indicators: ['agreements.signed'] },
    { key: 'activities', indicators: ['activities.all', 'activities.missions'] },
    { key: 'outcomes', indicators: OUTCOME_FIGURES },
    { key: 'commitments', indicators: COMMITMENT_FIGURES },
    ...narrative('highlights', 'proposals'),
  ],
  commitments_report: [
    { key: 'commitments', indicators: COMMITMENT_FIGURES },
    { key: 'tasks', indicators: TASK_FIGURES },
    ...narrative('limitations', 'proposals'),
  ],
};

/** A template's name; `{{subject}}` is the unit or the country a report is about. */
export const REPORT_TEMPLATE_NAMES: Record<ReportTemplate, { vi: string; en: string }> = {
  national_summary: say('Báo cáo tổng hợp công tác ngoại giao kinh tế', 'Economic diplomacy summary report'),
  unit_report: say('Báo cáo công tác ngoại giao kinh tế của {{subject}}', 'Report on the economic diplomacy of {{subject}}'),
  country_brief: say('Báo cáo tóm tắt hợp tác kinh tế với {{subject}}', 'Brief on economic cooperation with {{subject}}'),
  commitments_report: say('Báo cáo tình hình thực hiện các cam kết', 'Report on the implementation of commitments'),
};

/** What a report is about besides its period: the unit of a unit report, the country of a country brief. */
export const REPORT_SUBJECTS: Record<ReportTemplate, 'unit' | 'country' | null> = {
  national_summary: null,
  unit_report: 'unit',
  country_brief: 'country',
  commitments_report: null,
};

/** A year (2024) or a half-year (2025-H1). */
export const ReportPeriod = z.string().regex(/^\d{4}(-H[12])?$/, 'Expected a year (2024) or a half-year (2025-H1)');

export const ReportInput = z.strictObject({
  template: ReportTemplate.default('national_summary'),
  period: ReportPeriod,
  language: ReportLanguage.default('vi'),
  asOf: IsoDate.optional().describe('The day states (overdue, targets) are judged; default the last day of the period, or today while it runs'),
  unitId: Uuid.optional().describe('unit_report: the mission, province or ministry reporting (a unit user: their own unit, the default)'),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code').optional().describe('country_brief: the country'),
});
export type ReportInput = z.input<typeof ReportInput>;

export const Person = z.object({ id: Uuid, name: z.string() }).nullable();

export const ReportTarget = z.object({ low: z.string(), high: z.string().nullable(), status: TargetStatus, year: z.int(), half: z.int().nullable() });

/** One figure of the snapshot: an indicator value under its parameters, with the filter listing its records. */
export const ReportFigure = z.object({
  id: Uuid,
  indicatorCode: z.string(),
  name: LocalizedName,
  definition: LocalizedName,
  unit: z.enum(INDICATOR_UNITS),
  period: PeriodRef,
  asOf: IsoDate,
  value: z.string().nullable(),
  count: z.int(),
  filter: RecordsFilter,
  /** The same figure over the same period of the previous year and over the whole previous year, each naming its base. */
  comparisons: z.array(Comparison.omit({ numerator: true, denominator: true })),
  /** In the targets scorecard: the target and its status on the as-of day. */
  target: ReportTarget.nullable(),
});
export type ReportFigure = z.infer<typeof ReportFigure>;

export const ReportSection = z.object({ key: ReportSectionKey, title: LocalizedName, narrative: z.string(), figures: z.array(ReportFigure) });
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportSummary = z.object({
  id: Uuid,
  template: ReportTemplate,
  title: z.string(),
  /** A unit report's unit. */
  unit: z.object({ id: Uuid, name: LocalizedName }).nullable(),
  /** A country brief's country. */
  country: z.object({ code: z.string(), name: LocalizedName }).nullable(),
  period: PeriodRef,
  language: ReportLanguage,
  asOf: IsoDate,
  status: ReportStatus,
  /** 0..100 while generating. */
  progress: z.int(),
  error: z.string().nullable(),
  version: z.int(),
  createdBy: Person,
  createdAt: z.string(),
  generatedAt: z.string().nullable(),
  reviewedBy: Person,
  reviewedAt: z.string().nullable(),
  issuedBy: Person,
  issuedAt: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const Report = ReportSummary.extend({ sections: z.array(ReportSection) });
export type Report = z.infer<typeof Report>;

export const ReportListQuery = ListQuery.omit({ q: true }).extend({
  status: ReportStatus.optional(),
  period: ReportPeriod.optional(),
  template: ReportTemplate.optional(),
  unitId: Uuid.optional().describe("A unit's reports"),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;
export const ReportList = listOf(ReportSummary);

export const ReportNarrativeUpdate = z.strictObject({
  narrative: z.partialRecord(ReportSectionKey, z.string().max(20_000)),
  version: Version,
});
export type ReportNarrativeUpdate = z.infer<typeof ReportNarrativeUpdate>;

export const ReportTransition = z.strictObject({ version: Version });

/** HQ returns a reviewed report to draft, saying why. */
export const ReportReturn = z.strictObject({ version: Version, reason: z.string().trim().min(1, 'Say why the report goes back to draft').max(2000) });
export type ReportReturn = z.infer<typeof ReportReturn>;

/** A draft's figures computed again from the records; its narrative stays. */
export const ReportRegenerate = z.strictObject({
  version: Version,
  asOf: IsoDate.optional().describe('The day states are judged; default the one the report has'),
});
export type ReportRegenerate = z.infer<typeof ReportRegenerate>;

/** A figure whose value or count now differs from the snapshot, recomputed under the same parameters. */
export const ReportChange = z.object({
  section: ReportSectionKey,
  indicatorCode: z.string(),
  name: LocalizedName,
  base: z.enum(['current', 'same_period_previous_year', 'previous_year']),
  period: PeriodRef,
  snapshot: z.object({ value: z.string().nullable(), count: z.int() }),
  now: z.object({ value: z.string().nullable(), count: z.int() }),
  filter: RecordsFilter,
});
export type ReportChange = z.infer<typeof ReportChange>;
export const ReportChanges = z.object({ checkedAt: z.string(), figures: z.int(), items: z.array(ReportChange) });
export type ReportChanges = z.infer<typeof ReportChanges>;
