import { z } from 'zod';
import { IsoDate, ListQuery, LocalizedName, Uuid, Version, listOf } from './common.js';
import { Comparison, INDICATOR_UNITS, PeriodRef, RecordsFilter, TargetStatus } from './indicators.js';

export const REPORT_TEMPLATES = ['national_summary'] as const;
export const ReportTemplate = z.enum(REPORT_TEMPLATES);
export type ReportTemplate = z.infer<typeof ReportTemplate>;

export const REPORT_LANGUAGES = ['vi', 'en'] as const;
export const ReportLanguage = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

/** generating → draft (or failed) → reviewed → issued; an issued report is read-only. */
export const REPORT_STATUSES = ['generating', 'failed', 'draft', 'reviewed', 'issued'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const REPORT_SECTION_KEYS = ['high_level', 'agreements', 'missions', 'commitments', 'targets', 'limitations', 'proposals'] as const;
export const ReportSectionKey = z.enum(REPORT_SECTION_KEYS);
export type ReportSectionKey = z.infer<typeof ReportSectionKey>;

const say = (vi: string, en: string) => ({ vi, en });

/**
 * The national half-year / year summary: its sections in order, the indicators whose values each one states (every
 * figure is an indicator value with its drill-down filter), and whether it is only narrative.
 */
export const NATIONAL_SUMMARY: { key: ReportSectionKey; title: { vi: string; en: string }; indicators: string[]; targets?: true }[] = [
  { key: 'high_level', title: say('Kết quả hoạt động đối ngoại cấp cao', 'Results of high-level diplomacy'), indicators: ['engagements.high_level', 'relations.upgrades'] },
  { key: 'agreements', title: say('Các thỏa thuận hợp tác được ký kết', 'Agreements signed'), indicators: ['agreements.signed', 'agreements.local_international'] },
  {
    key: 'missions',
    title: say('Hoạt động của các cơ quan đại diện và hỗ trợ địa phương', "Missions' activities and support to localities"),
    indicators: ['activities.missions', 'activities.missions_supporting_localities', 'activities.provinces', 'support_requests.answered'],
  },
  {
    key: 'commitments',
    title: say('Tình hình thực hiện cam kết, nhiệm vụ quá hạn', 'Commitments: status and overdue items'),
    indicators: ['commitments.total', 'commitments.fulfilled', 'commitments.fulfilment_rate', 'commitments.overdue', 'tasks.overdue'],
  },
  { key: 'targets', title: say('Kết quả thực hiện các chỉ tiêu', 'Targets scorecard'), indicators: [], targets: true },
  { key: 'limitations', title: say('Hạn chế, tồn tại', 'Limitations'), indicators: [] },
  { key: 'proposals', title: say('Đề xuất, kiến nghị', 'Proposals'), indicators: [] },
];

export const REPORT_TEMPLATE_NAMES: Record<ReportTemplate, { vi: string; en: string }> = {
  national_summary: say('Báo cáo tổng hợp công tác ngoại giao kinh tế', 'Economic diplomacy summary report'),
};

/** A year (2024) or a half-year (2025-H1). */
export const ReportPeriod = z.string().regex(/^\d{4}(-H[12])?$/, 'Expected a year (2024) or a half-year (2025-H1)');

export const ReportInput = z.strictObject({
  template: ReportTemplate.default('national_summary'),
  period: ReportPeriod,
  language: ReportLanguage.default('vi'),
  asOf: IsoDate.optional().describe('The day states (overdue, targets) are judged; default the last day of the period, or today while it runs'),
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

export const ReportListQuery = ListQuery.omit({ q: true }).extend({ status: ReportStatus.optional(), period: ReportPeriod.optional() });
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
