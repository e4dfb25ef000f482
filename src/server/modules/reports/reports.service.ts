import type { Comparison } from '../../../shared/schemas/indicators.js';
import { REPORTING_UNIT_TYPES } from '../../../shared/schemas/periods.js';
import {
  REPORT_SECTION_TITLES,
  REPORT_SUBJECTS,
  REPORT_TEMPLATE_NAMES,
  REPORT_TEMPLATE_SECTIONS,
  ReportInput as ReportInputSchema,
  type Report,
  type ReportChanges,
  type ReportFigure,
  type ReportInput,
  type ReportListQuery,
  type ReportNarrativeUpdate,
  type ReportRegenerate,
  type ReportReturn,
  type ReportSectionKey,
  type ReportStatus,
  type ReportSummary,
  type ReportTemplate,
} from '../../../shared/schemas/reports.js';
import { SYSTEM_ACTOR, type Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { jobsRepo } from '../../jobs/jobs.repo.js';
import { dayIn, todayIso, toIso } from '../../lib/dates.js';
import { DomainError, forbidden, invalidField, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { convertToPdf, findLibreOffice } from '../../lib/libreoffice.js';
import { newId } from '../../lib/ids.js';
import { readScope, writeScope } from '../../policy/scope.js';
import { auditRepo } from '../audit/audit.repo.js';
import { countryName } from '../countries/countries.service.js';
import { describeIndicator, findIndicator } from '../indicators/indicators.catalogue.js';
import { periodRef } from '../indicators/periods.js';
import { publicUrlFromEnv } from '../notifications/notices.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { periodLabel } from '../periods/period-calendar.js';
import { reportAnnexXlsx, reportDocx } from './reports.documents.js';
import { reportsPolicy as can } from './reports.policy.js';
import { defaultAsOf, recompute, reportPeriodBounds, sectionFigures, type FigureBase } from './reports.figures.js';
import { reportsRepo, type ReportFigureRow, type ReportRow } from './reports.repo.js';

export const REPORT_JOB = 'report.generate';

/** "Báo cáo tổng hợp … 6 tháng đầu năm 2025" / "… H1 2025"; a unit report or country brief names its unit or country. */
export function reportTitle(template: ReportTemplate, period: string, language: 'vi' | 'en', subject?: { vi: string; en: string } | null): string {
  const { year, half } = reportPeriodBounds(period);
  const label = half ? periodLabel('half_year', year, half) : periodLabel('year', year, 1);
  const name = REPORT_TEMPLATE_NAMES[template][language].replace('{{subject}}', subject?.[language] ?? '');
  return `${name} ${language === 'vi' && !half ? label.vi.toLowerCase() : label[language]}`;
}

/** The unit of a unit report, the country of a country brief, with their names in both languages. */
async function subjectOf(ex: Executor, row: Pick<ReportRow, 'unitId' | 'countryCode'>) {
  const unit = row.unitId ? await orgUnitsRepo.findById(ex, row.unitId) : undefined;
  const country = row.countryCode ? countryName(row.countryCode) : null;
  return {
    unit: unit ? { id: unit.id, name: { vi: unit.nameVi, en: unit.nameEn } } : null,
    country: row.countryCode ? { code: row.countryCode, name: country ?? { vi: row.countryCode, en: row.countryCode } } : null,
  };
}

const ratioTo = (value: string | null, base: string | null) =>
  value === null || base === null || Number(base) === 0 ? null : Math.round((Number(value) / Number(base)) * 100) / 100;

function figureOf(current: ReportFigureRow, others: ReportFigureRow[], asOf: string): ReportFigure {
  const indicator = findIndicator(current.indicatorCode);
  const definition = indicator ? describeIndicator(indicator) : null;
  const name = definition?.name ?? { vi: current.indicatorCode, en: current.indicatorCode };
  const period = (row: ReportFigureRow) => periodRef(row.params.from ?? asOf, row.params.to ?? asOf);
  return {
    id: current.id,
    indicatorCode: current.indicatorCode,
    name,
    definition: definition?.definition ?? name,
    unit: definition?.unit ?? 'count',
    period: period(current),
    asOf: current.params.asOf ?? asOf,
    value: current.value,
    count: current.count,
    filter: current.filter,
    comparisons: others.map(
      (row): Omit<Comparison, 'numerator' | 'denominator'> => ({
        base: row.base as Comparison['base'],
        period: period(row),
        value: row.value,
        count: row.count,
        filter: row.filter,
        ratio: ratioTo(current.value, row.value),
      }),
    ),
    target: current.target ? { ...current.target, status: current.target.status as NonNullable<ReportFigure['target']>['status'] } : null,
  };
}

const BASE_ORDER: Record<string, number> = { current: 0, same_period_previous_year: 1, previous_year: 2 };

/** Sections in template order, each with its narrative and its figures (a figure with its comparisons). */
export function sectionsOf(row: ReportRow, figures: ReportFigureRow[]): Report['sections'] {
  return REPORT_TEMPLATE_SECTIONS[row.template as ReportTemplate].map((section) => {
    const mine = figures.filter((f) => f.section === section.key);
    const positions = [...new Set(mine.map((f) => f.position))].sort((a, b) => a - b);
    return {
      key: section.key,
      title: REPORT_SECTION_TITLES[section.key],
      narrative: row.narrative[section.key] ?? '',
      figures: positions.flatMap((position) => {
        const group = mine.filter((f) => f.position === position).sort((a, b) => BASE_ORDER[a.base]! - BASE_ORDER[b.base]!);
        const current = group.find((f) => f.base === 'current');
        return current ? [figureOf(current, group.filter((f) => f !== current), row.asOf)] : [];
      }),
    };
  });
}

async function summaryOf(ex: Executor, row: ReportRow, names?: Map<string, string>): Promise<ReportSummary> {
  const people = names ?? (await reportsRepo.names(ex, [row.createdBy, row.reviewedBy, row.issuedBy]));
  const person = (id: string | null) => (id ? { id, name: people.get(id) ?? '' } : null);
  const subject = await subjectOf(ex, row);
  return {
    id: row.id,
    template: row.template as ReportTemplate,
    title: reportTitle(row.template as ReportTemplate, row.period, row.language as 'vi' | 'en', (subject.unit ?? subject.country)?.name),
    ...subject,
    period: { ...periodRef(row.periodStart, row.periodEnd), label: row.period },
    language: row.language as 'vi' | 'en',
    asOf: row.asOf,
    status: row.status as ReportStatus,
    progress: row.progress,
    error: row.error,
    version: row.version,
    createdBy: person(row.createdBy),
    createdAt: toIso(row.createdAt)!,
    generatedAt: toIso(row.generatedAt),
    reviewedBy: person(row.reviewedBy),
    reviewedAt: toIso(row.reviewedAt),
    issuedBy: person(row.issuedBy),
    issuedAt: toIso(row.issuedAt),
  };
}

/** Builds a report's figures section by section, committing each with the progress it brings; safe to run again. */
export async function generateReport(db: Db, reportId: string): Promise<void> {
  const report = await reportsRepo.findById(db, reportId);
  if (!report || report.status !== 'generating') return;
  try {
    await reportsRepo.deleteFigures(db, reportId);
    const sections = REPORT_TEMPLATE_SECTIONS[report.template as ReportTemplate].filter((s) => s.indicators.length > 0 || s.targets);
    for (const [index, section] of sections.entries()) {
      const rows = await sectionFigures(db, report, section);
      await db.transaction(async (tx) => {
        await reportsRepo.insertFigures(tx, rows);
        await reportsRepo.setProgress(tx, reportId, { progress: Math.min(99, Math.round(((index + 1) / sections.length) * 100)) });
      });
    }
    await reportsRepo.setProgress(db, reportId, { status: 'draft', progress: 100, generatedAt: new Date(), error: null });
  } catch (error) {
    await reportsRepo.setProgress(db, reportId, { status: 'failed', error: (error instanceof Error ? error.message : String(error)).slice(0, 2000) });
  }
}

/** The report with its sections and figures as the snapshot holds them. */
export async function loadReport(ex: Executor, id: string): Promise<Report> {
  const row = await reportsRepo.findById(ex, id);
  if (!row) throw notFound('Report');
  return { ...(await summaryOf(ex, row)), sections: sectionsOf(row, await reportsRepo.figures(ex, id)) };
}

export const REPORT_FILE_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];
export const REPORT_MEDIA_TYPES: Record<ReportFileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** "bao-cao-2025-H1.docx", "phu-luc-2025-H1.xlsx" (en: report-…, annex-…): ASCII, so every browser keeps it. */
const fileName = (report: Report, format: ReportFileFormat) =>
  `${format === 'xlsx' ? (report.language === 'vi' ? 'phu-luc' : 'annex') : report.language === 'vi' ? 'bao-cao' : 'report'}-${report.period.label}.${format}`;

/** One LibreOffice conversion at a time per process: each takes a core and a few hundred MB for a few seconds. */
let conversions: Promise<unknown> = Promise.resolve();
function queuedConversion(program: string, docx: Buffer): Promise<Buffer> {
  const next = conversions.then(() => convertToPdf(program, docx, 'docx'));
  conversions = next.catch(() => undefined);
  return next;
}

export function reportsService(db: Db, options: { today?: () => string; publicUrl?: string } = {}) {
  const today = () => (options.today ?? todayIso)();
  const publicUrl = options.publicUrl ?? publicUrlFromEnv();
  const requireManage = (actor: Actor) => {
    if (!can.manage(actor)) throw forbidden('Only HQ generates national, country and commitments reports, reviews and issues them');
  };
  /** The report if the actor reads it: HQ and leaders every one, a unit its own unit reports; any other answers like a missing one. */
  const readable = async (ex: Executor, actor: Actor, id: string) => {
    if (!can.list(actor)) throw forbidden();
    const row = await reportsRepo.findById(ex, id);
    if (!row || !can.read(actor, await readScope(ex, actor), row)) throw notFound('Report');
    return row;
  };
  /** The report locked for a change by HQ or, for a unit report, by the unit's editors; one the actor cannot read answers like a missing one. */
  const editable = async (tx: Executor, actor: Actor, id: string) => {
    if (!can.list(actor)) throw forbidden();
    const row = await reportsRepo.findByIdForUpdate(tx, id);
    if (!row || !can.read(actor, await readScope(tx, actor), row)) throw notFound('Report');
    if (!can.writes(actor)) throw forbidden('Only HQ and the unit\'s editors change a unit report');
    if (!can.writesFor(actor, await writeScope(tx, actor), row.unitId)) throw forbidden('Only HQ changes national, country and commitments reports');
    return row;
  };
  /** What a new report is about: the unit of a unit report (a unit's editor: their own), the country of a country brief. */
  const subjectFor = async (tx: Executor, actor: Actor, parsed: ReturnType<typeof ReportInputSchema.parse>) => {
    const kind = REPORT_SUBJECTS[parsed.template];
    if (kind !== 'unit') requireManage(actor);
    if (kind !== 'unit' && parsed.unitId) throw invalidField('unitId', 'Only a unit report names a unit');
    if (kind !== 'country' && parsed.countryCode) throw invalidField('countryCode', 'Only a country brief names a country');
    if (kind === 'country') {
      if (!parsed.countryCode) throw invalidField('countryCode', 'Name the country of the brief');
      if (!countryName(parsed.countryCode)) throw invalidField('countryCode', 'Unknown country');
      return { unitId: null, countryCode: parsed.countryCode };
    }
    if (kind !== 'unit') return { unitId: null, countryCode: null };
    if (!can.writes(actor)) throw forbidden('Only HQ and the unit\'s editors generate a unit report');
    const unitId = parsed.unitId ?? actor.unitId;
    if (!unitId) throw invalidField('unitId', 'Name the unit whose report this is');
    const unit = await orgUnitsRepo.findById(tx, unitId);
    if (!unit || !can.writesFor(actor, await writeScope(tx, actor), unitId)) throw notFound('Unit');
    if (!(REPORTING_UNIT_TYPES as readonly string[]).includes(unit.type)) throw invalidField('unitId', 'Only missions, provinces and ministries have unit reports');
    return { unitId, countryCode: null };
  };

  /** A workflow step from `from` to `to` with who and when; 422 from any other state, 409 on a stale version. */
  const transition = (actor: Actor, id: string, version: number, from: ReportStatus, to: ReportStatus, stamp: (now: Date) => Partial<ReportRow>) =>
    db.transaction(async (tx) => {
      requireManage(actor);
      const before = await reportsRepo.findByIdForUpdate(tx, id);
      if (!before) throw notFound('Report');
      if (before.status !== from) throw ruleViolated(`Only a ${from} report can become ${to}; this one is ${before.status}`, { status: before.status });
      const row = await reportsRepo.update(tx, id, version, { status: to, ...stamp(new Date()) });
      if (!row) throw staleVersion('Report');
      await auditRepo.insert(tx, { actor, action: `report.${to}`, entity: 'report', entityId: id, before: { status: before.status }, after: { status: to } });
      return loadReport(tx, id);
    });

  return {
    /**
     * Queues the generation job with the report; the report reads `generating` with its progress until done.
     * `queue: false` leaves the job out, for a caller that runs `generateReport` itself (the CLI).
     */
    create: (actor: Actor, input: ReportInput, { queue = true }: { queue?: boolean } = {}) =>
      db.transaction(async (tx) => {
        const parsed = ReportInputSchema.parse(input);
        const subject = await subjectFor(tx, actor, parsed);
        const { from, to } = reportPeriodBounds(parsed.period);
        if (from > today()) throw invalidField('period', 'The period has not started yet');
        const asOf = parsed.asOf ?? defaultAsOf(to, today());
        if (asOf < from) throw invalidField('asOf', 'The as-of day must be within or after the period');
        const row = await reportsRepo.insert(tx, {
          id: newId(),
          template: parsed.template,
          ...subject,
          period: parsed.period,
          periodStart: from,
          periodEnd: to,
          language: parsed.language,
          asOf,
          status: 'generating',
          progress: 0,
          narrative: {},
          createdBy: actor.userId === SYSTEM_ACTOR.userId ? null : actor.userId,
        });
        if (queue) await jobsRepo.enqueue(tx, { kind: REPORT_JOB, payload: { reportId: row.id }, dedupeKey: `report:${row.id}` });
        await auditRepo.insert(tx, { actor, action: 'report.created', entity: 'report', entityId: row.id, after: { template: row.template, ...subject, period: row.period, language: row.language, asOf } });
        return summaryOf(tx, row);
      }),

    /** HQ and leaders list every report; a unit its own unit reports. */
    list: async (actor: Actor, query: ReportListQuery) => {
      if (!can.list(actor)) throw forbidden();
      const scope = await readScope(db, actor);
      const { rows, total } = await reportsRepo.list(db, { ...query, unitIds: scope.all ? undefined : scope.unitIds });
      const names = await reportsRepo.names(db, rows.flatMap((row) => [row.createdBy, row.reviewedBy, row.issuedBy]));
      return { items: await Promise.all(rows.map((row) => summaryOf(db, row, names))), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await readable(db, actor, id);
      return loadReport(db, id);
    },

    /** Narrative text per section, while the report is a draft (HQ; a unit report's own editors too). */
    updateNarrative: (actor: Actor, id: string, input: ReportNarrativeUpdate) =>
      db.transaction(async (tx) => {
        const before = await editable(tx, actor, id);
        const sections = REPORT_TEMPLATE_SECTIONS[before.template as ReportTemplate].map((section) => section.key as string);
        const foreign = Object.keys(input.narrative).find((key) => !sections.includes(key));
        if (foreign) throw invalidField(`narrative.${foreign}`, 'This report has no such section');
        if (before.status !== 'draft') throw ruleViolated(`The narrative is edited while the report is a draft; this one is ${before.status}`, { status: before.status });
        const changed = Object.fromEntries(Object.entries(input.narrative).filter(([key, text]) => (before.narrative[key] ?? '') !== text)) as Partial<Record<ReportSectionKey, string>>;
        const row = await reportsRepo.update(tx, id, input.version, { narrative: { ...before.narrative, ...input.narrative } });
        if (!row) throw staleVersion('Report');
        await auditRepo.insert(tx, {
          actor,
          action: 'report.narrative_updated',
          entity: 'report',
          entityId: id,
          before: Object.fromEntries(Object.keys(changed).map((key) => [key, before.narrative[key] ?? ''])),
          after: changed,
        });
        return loadReport(tx, id);
      }),

    /** A reviewed report back to draft, its review cleared and the reason audited; 422 from any other state. */
    returnToDraft: (actor: Actor, id: string, input: ReportReturn) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        const before = await reportsRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Report');
        if (before.status !== 'reviewed') throw ruleViolated(`Only a reviewed report goes back to draft; this one is ${before.status}`, { status: before.status });
        const row = await reportsRepo.update(tx, id, input.version, { status: 'draft', reviewedBy: null, reviewedAt: null });
        if (!row) throw staleVersion('Report');
        await auditRepo.insert(tx, {
          actor,
          action: 'report.returned_to_draft',
          entity: 'report',
          entityId: id,
          before: { status: before.status, reviewedBy: before.reviewedBy },
          after: { status: 'draft', reason: input.reason },
        });
        return loadReport(tx, id);
      }),

    /**
     * A draft's figures computed again from the records by the background job, its narrative kept: the report reads
     * `generating` until done. Throws `rule_violated` unless it is a draft (or failed), `conflict` on a stale version.
     */
    regenerate: (actor: Actor, id: string, input: ReportRegenerate) =>
      db.transaction(async (tx) => {
        const before = await editable(tx, actor, id);
        if (before.status !== 'draft' && before.status !== 'failed') throw ruleViolated(`Only a draft's figures are computed again; this one is ${before.status}`, { status: before.status });
        const asOf = input.asOf ?? before.asOf;
        if (asOf < before.periodStart) throw invalidField('asOf', 'The as-of day must be within or after the period');
        const row = await reportsRepo.update(tx, id, input.version, { status: 'generating', progress: 0, error: null, generatedAt: null, asOf });
        if (!row) throw staleVersion('Report');
        await jobsRepo.enqueue(tx, { kind: REPORT_JOB, payload: { reportId: id }, dedupeKey: `report:${id}:${row.version}` });
        await auditRepo.insert(tx, { actor, action: 'report.regenerated', entity: 'report', entityId: id, before: { status: before.status, asOf: before.asOf }, after: { status: 'generating', asOf } });
        return summaryOf(tx, row);
      }),

    review: (actor: Actor, id: string, version: number) => transition(actor, id, version, 'draft', 'reviewed', (now) => ({ reviewedBy: actor.userId, reviewedAt: now })),
    issue: (actor: Actor, id: string, version: number) => transition(actor, id, version, 'reviewed', 'issued', (now) => ({ issuedBy: actor.userId, issuedAt: now })),

    /**
     * The report as a file: the DOCX document (Decree 30 layout, annex of figures), the XLSX annex, or the document as
     * PDF converted by LibreOffice, in the report's language, dated the day it was issued (today while a draft).
     * Throws `rule_violated` while it has no figures, `unavailable` for a PDF when LibreOffice is not installed.
     */
    file: async (actor: Actor, id: string, format: ReportFileFormat) => {
      await readable(db, actor, id);
      const report = await loadReport(db, id);
      if (report.status === 'generating' || report.status === 'failed') throw ruleViolated('The report has no figures yet', { status: report.status });
      const program = format === 'pdf' ? findLibreOffice() : null;
      if (format === 'pdf' && !program) throw new DomainError('unavailable', 'PDF needs LibreOffice on the server (Debian: apt-get install libreoffice-writer-nogui); the DOCX and XLSX files are available', { format: 'pdf' });
      const context = { publicUrl, day: report.issuedAt ? dayIn(new Date(report.issuedAt)) : today() };
      const file = format === 'xlsx' ? await reportAnnexXlsx(report, context) : await reportDocx(report, context);
      return { file: program ? await queuedConversion(program, file) : file, mediaType: REPORT_MEDIA_TYPES[format], filename: fileName(report, format) };
    },

    /** Every snapshot figure recomputed now under its own parameters: those whose value or count differ. */
    changes: async (actor: Actor, id: string): Promise<ReportChanges> => {
      const row = await readable(db, actor, id);
      if (row.status === 'generating' || row.status === 'failed') throw ruleViolated('The report has no figures yet', { status: row.status });
      const figures = await reportsRepo.figures(db, id);
      const items: ReportChanges['items'] = [];
      for (const figure of figures) {
        const now = await recompute(db, figure.indicatorCode, figure.params);
        if (now.value === figure.value && now.count === figure.count) continue;
        const indicator = findIndicator(figure.indicatorCode);
        items.push({
          section: figure.section as ReportSectionKey,
          indicatorCode: figure.indicatorCode,
          name: indicator?.name ?? { vi: figure.indicatorCode, en: figure.indicatorCode },
          base: figure.base as FigureBase,
          period: periodRef(figure.params.from ?? row.periodStart, figure.params.to ?? row.periodEnd),
          snapshot: { value: figure.value, count: figure.count },
          now,
          filter: figure.filter,
        });
      }
      return { checkedAt: new Date().toISOString(), figures: figures.length, items };
    },
  };
}
