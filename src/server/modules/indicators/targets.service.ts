import type {
  IndicatorValue,
  ReportedImportResult,
  ReportedValue,
  ReportedValueInput,
  ReportedValueListQuery,
  ReportedValueUpdate,
  Scorecard,
  Target,
  TargetInput,
  TargetListQuery,
  TargetStatus,
  TargetUpdate,
} from '../../../shared/schemas/indicators.js';
import type { ImportRowError } from '../../../shared/schemas/imports.js';
import { ReportedValueInput as ReportedValueInputSchema } from '../../../shared/schemas/indicators.js';
import type { Actor } from '../../auth/actor.js';
import { issueCode } from '../imports/import-errors.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../imports/imports.archive.js';
import { mapYielding } from '../../lib/batches.js';
import { HELP, helpOf, type ImportColumn, type ImportLanguage } from '../imports/imports.columns.js';
import { assertWorkbook, buildColumnsTemplate, readColumnRows } from '../imports/imports.workbook.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { findIndicator, INDICATORS, type Indicator } from './indicators.catalogue.js';
import { indicatorsPolicy as can } from './indicators.policy.js';
import { computeValue, reportedCoverageEnd, scopeOf } from './indicators.service.js';
import { addDays, daysBetween, normalizeDecimal, periodRef, targetPeriod } from './periods.js';
import { reportedValuesRepo, targetsRepo, type ReportedValueRow, type RevisionRow, type TargetRow } from './targets.repo.js';

/**
 * The status rule of a target, judged on the as-of day:
 * - no value yet: `no_data`;
 * - the period is over: `met` when the value reached the target (higher is better: ≥ the target, or the lower end
 *   of a range; lower is better: ≤ the target, or the upper end of a range), else `missed`;
 * - the period is running: a sum that already reached the target is `met`; otherwise the projection to the end of
 *   the period (a sum at the pace so far: value ÷ share of the period elapsed; any other value as it stands) that
 *   reaches the target is `on_track`, else `at_risk`.
 * A reported figure counts as far as its published periods reach: a year with only its first half published is
 * judged as a running period at its half, not as a finished one.
 */
export function targetStatus(input: { direction: Indicator['direction']; timeAggregation: Indicator['timeAggregation']; low: string; high: string | null; actual: string | null; elapsed: number }): { status: TargetStatus; projected: string | null } {
  if (input.actual === null) return { status: 'no_data', projected: null };
  const actual = Number(input.actual);
  const higher = input.direction === 'higher_is_better';
  const bound = higher ? Number(input.low) : Number(input.high ?? input.low);
  const reached = (value: number) => (higher ? value >= bound : value <= bound);
  const extrapolates = input.timeAggregation === 'sum' && input.elapsed > 0 && input.elapsed < 1;
  const projectedNumber = extrapolates ? actual / input.elapsed : actual;
  const projected = extrapolates ? normalizeDecimal(projectedNumber.toFixed(2)) : input.actual;
  if (input.elapsed >= 1) return { status: reached(actual) ? 'met' : 'missed', projected };
  if (input.timeAggregation === 'sum' && higher && reached(actual)) return { status: 'met', projected };
  return { status: reached(projectedNumber) ? 'on_track' : 'at_risk', projected };
}

/** actual ÷ target, or from the baseline: (actual − baseline) ÷ (target − baseline); rounded to 3 decimals. */
export function targetProgress(actual: string | null, low: string, baseline: string | null): number | null {
  if (actual === null) return null;
  const [a, t, b] = [Number(actual), Number(low), baseline === null ? null : Number(baseline)];
  const progress = b !== null && t !== b ? (a - b) / (t - b) : t !== 0 ? a / t : null;
  return progress === null ? null : Math.round(progress * 1000) / 1000;
}

const decimalOrNull = (value: string | null) => (value === null ? null : normalizeDecimal(value));

function requireIndicatorField(code: string): Indicator {
  const indicator = findIndicator(code);
  if (!indicator) throw invalidField('indicatorCode', `Unknown indicator ${code}`);
  return indicator;
}

const say = (vi: string, en: string) => ({ vi, en });
/** Rows handled between two turns of the event loop during an import. */
const IMPORT_YIELD_EVERY = 100;

const REPORTED_COLUMNS: ImportColumn[] = [
  {
    key: 'indicator_code',
    field: 'indicatorCode',
    required: true,
    label: say('Chỉ tiêu', 'Indicator'),
    options: INDICATORS.filter((i) => i.source === 'reported').map((i) => ({ code: i.code, label: i.name })),
    help: HELP.pick,
    example: 'macro.fdi_registered',
  },
  { key: 'from', field: 'from', required: true, type: 'date', label: say('Từ ngày', 'From'), help: helpOf(say('Tính cả ngày này.', 'Inclusive.'), HELP.date), example: '2024-01-01' },
  { key: 'to', field: 'to', required: true, type: 'date', label: say('Đến ngày', 'To'), help: helpOf(say('Không tính ngày này: 01/12/2024 là hết 11 tháng.', 'Exclusive: 2024-12-01 ends 11 months.'), HELP.date), example: '2024-12-01' },
  { key: 'value', field: 'value', required: true, type: 'amount', label: say('Giá trị', 'Value'), help: HELP.amount, example: '31.4' },
  { key: 'source', field: 'source', required: true, label: say('Nguồn', 'Source'), help: say('Cơ quan công bố.', 'Who published it.'), example: 'Tổng cục Thống kê' },
  { key: 'source_url', field: 'sourceUrl', required: false, label: say('Đường dẫn nguồn', 'Source URL'), help: say('Nếu có.', 'If any.'), example: 'https://www.gso.gov.vn/' },
  { key: 'published_on', field: 'publishedOn', required: true, type: 'date', label: say('Ngày công bố', 'Published on'), help: HELP.date, example: '2024-12-06' },
  { key: 'note', field: 'note', required: false, label: say('Ghi chú', 'Note'), help: say('Nếu có.', 'If any.'), example: '11 tháng' },
];

export type { ImportLimits };
export type ReportedImportOutcome = { ok: true; result: ReportedImportResult } | { ok: false; errors: ImportRowError[] };

export function targetsService(db: Db, options: { today?: () => string; limits?: ImportLimits } = {}) {
  const today = () => (options.today ?? todayIso)();
  const requireRead = (actor: Actor) => {
    if (!can.read(actor)) throw forbidden();
  };
  const requireManage = (actor: Actor) => {
    if (!can.manage(actor)) throw forbidden('Only HQ sets targets and enters reported figures');
  };

  /** A target with its actual value computed like any figure, for the actor's scope, up to the as-of day. */
  async function present(ex: Executor, scopeUnitIds: string[] | undefined, row: TargetRow, asOf: string): Promise<Target> {
    const indicator = findIndicator(row.indicatorCode)!;
    const period = targetPeriod(row.year, row.half);
    const until = asOf < period.to ? addDays(asOf, 1) : period.to;
    const actual: IndicatorValue =
      asOf < period.from
        ? { value: null, count: 0, filter: {} }
        : await computeValue(ex, scopeUnitIds, indicator, { from: period.from, to: until, asOf, view: 'mapped', unitId: row.unitId ?? undefined });
    const coveredUntil = indicator.kind === 'reported' && actual.value !== null ? ((await reportedCoverageEnd(ex, indicator, period.from, until)) ?? until) : until;
    const elapsed = asOf < period.from ? 0 : Math.min(1, daysBetween(period.from, coveredUntil) / daysBetween(period.from, period.to));
    const [unit] = row.unitId ? await orgUnitsRepo.findByIds(ex, [row.unitId]) : [];
    const low = normalizeDecimal(row.low);
    const high = decimalOrNull(row.high);
    const { status, projected } = targetStatus({ direction: indicator.direction, timeAggregation: indicator.timeAggregation, low, high, actual: actual.value, elapsed });
    return {
      id: row.id,
      indicatorCode: row.indicatorCode,
      indicatorName: indicator.name,
      direction: indicator.direction,
      unitOfMeasure: indicator.unit,
      year: row.year,
      half: row.half,
      period: periodRef(period.from, period.to),
      unit: unit ? { id: unit.id, code: unit.code, name: { vi: unit.nameVi, en: unit.nameEn } } : null,
      low,
      high,
      baseline: decimalOrNull(row.baseline),
      source: row.source,
      note: row.note,
      version: row.version,
      actual,
      progress: targetProgress(actual.value, low, decimalOrNull(row.baseline)),
      projected,
      elapsed: Math.round(elapsed * 1000) / 1000,
      status,
    };
  }

  async function loadTarget(ex: Executor, actor: Actor, id: string, forUpdate = false) {
    const row = forUpdate ? await targetsRepo.findByIdForUpdate(ex, id) : await targetsRepo.findById(ex, id);
    const scope = await scopeOf(ex, actor);
    if (!row || (scope && row.unitId !== null && !scope.includes(row.unitId))) throw notFound('Target');
    return row;
  }

  async function validateTarget(ex: Executor, input: TargetInput) {
    const indicator = requireIndicatorField(input.indicatorCode);
    if (input.unitId) {
      if (indicator.unitAggregation === 'none') throw invalidField('unitId', `${indicator.code} is a national figure; it is not cascaded to units`);
      const [unit] = await orgUnitsRepo.findByIds(ex, [input.unitId]);
      if (!unit) throw invalidField('unitId', 'Unknown unit');
    }
  }

  const presentValue = (row: ReportedValueRow, revisions: RevisionRow[]): ReportedValue => ({
    id: row.id,
    indicatorCode: row.indicatorCode,
    from: row.periodStart,
    to: row.periodEnd,
    value: normalizeDecimal(row.value),
    source: row.source,
    sourceUrl: row.sourceUrl,
    publishedOn: row.publishedOn,
    note: row.note,
    version: row.version,
    revisions: revisions
      .filter((revision) => revision.reportedValueId === row.id)
      .map((revision) => ({ version: revision.version, value: normalizeDecimal(revision.value), source: revision.source, publishedOn: revision.publishedOn, note: revision.note, changedAt: revision.changedAt.toISOString() })),
  });

  const requireReportedIndicator = (code: string) => {
    const indicator = requireIndicatorField(code);
    if (indicator.source !== 'reported') throw invalidField('indicatorCode', `${code} is computed from the records; it cannot be entered`);
  };

  /** Creates the figure, or revises the one of the same indicator and period (keeping the old as a revision). */
  async function upsertValue(tx: Executor, actor: Actor, input: ReportedValueInput): Promise<'created' | 'revised' | 'unchanged'> {
    requireReportedIndicator(input.indicatorCode);
    const existing = await reportedValuesRepo.findByPeriod(tx, input.indicatorCode, input.from, input.to);
    const values = { value: input.value, source: input.source, sourceUrl: input.sourceUrl ?? null, publishedOn: input.publishedOn, note: input.note ?? null };
    if (!existing) {
      const row = await reportedValuesRepo.insert(tx, { indicatorCode: input.indicatorCode, periodStart: input.from, periodEnd: input.to, ...values, createdBy: actor.userId });
      await auditRepo.insert(tx, { actor, action: 'reported_value.created', entity: 'reported_value', entityId: row.id, after: row });
      return 'created';
    }
    const same =
      normalizeDecimal(existing.value) === normalizeDecimal(values.value) &&
      existing.source === values.source &&
      existing.sourceUrl === values.sourceUrl &&
      existing.publishedOn === values.publishedOn &&
      existing.note === values.note;
    if (same) return 'unchanged';
    const row = await reportedValuesRepo.revise(tx, existing, existing.version, values, actor.userId);
    await auditRepo.insert(tx, { actor, action: 'reported_value.revised', entity: 'reported_value', entityId: existing.id, ...changedFields(existing, row!) });
    return 'revised';
  }

  return {
    list: async (actor: Actor, query: TargetListQuery) => {
      requireRead(actor);
      const scope = await scopeOf(db, actor);
      const { rows, total } = await targetsRepo.list(db, {
        year: query.year,
        half: query.half === 'year' ? null : query.half ? Number(query.half) : undefined,
        indicatorCode: query.indicatorCode,
        unitId: query.unitId,
        national: query.national,
        page: query.page,
        pageSize: query.pageSize,
      });
      const asOf = query.asOf ?? today();
      const visible = rows.filter((row) => !scope || row.unitId === null || scope.includes(row.unitId));
      return { items: await Promise.all(visible.map((row) => present(db, scope, row, asOf))), total: total - (rows.length - visible.length), page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string, asOf = today()) => {
      requireRead(actor);
      return present(db, await scopeOf(db, actor), await loadTarget(db, actor, id), asOf);
    },

    scorecard: async (actor: Actor, query: { year: number; half?: '1' | '2'; asOf?: string }): Promise<Scorecard> => {
      requireRead(actor);
      const asOf = query.asOf ?? today();
      const half = query.half ? Number(query.half) : null;
      const scope = await scopeOf(db, actor);
      const { rows } = await targetsRepo.list(db, { year: query.year, half, national: true, page: 1, pageSize: 500 });
      const items = await Promise.all(rows.map((row) => present(db, scope, row, asOf)));
      const counts = { met: 0, on_track: 0, at_risk: 0, missed: 0, no_data: 0 } as Record<TargetStatus, number>;
      for (const item of items) counts[item.status] += 1;
      return { year: query.year, half, asOf, total: items.length, counts, metOrOnTrack: counts.met + counts.on_track, items };
    },

    create: (actor: Actor, input: TargetInput) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        await validateTarget(tx, input);
        const row = await targetsRepo.insert(tx, {
          indicatorCode: input.indicatorCode,
          year: input.year,
          half: input.half ?? null,
          unitId: input.unitId ?? null,
          low: input.low,
          high: input.high ?? null,
          baseline: input.baseline ?? null,
          source: input.source ?? null,
          note: input.note ?? null,
          createdBy: actor.userId,
        });
        await auditRepo.insert(tx, { actor, action: 'target.created', entity: 'indicator_target', entityId: row.id, after: row });
        return present(tx, undefined, row, today());
      }),

    update: (actor: Actor, id: string, input: TargetUpdate) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        const before = await loadTarget(tx, actor, id, true);
        const high = input.high === undefined ? before.high : input.high;
        if (high !== null && Number(high) < Number(input.low)) throw invalidField('high', 'high must not be below low');
        const row = await targetsRepo.update(tx, id, input.version, {
          low: input.low,
          high,
          baseline: input.baseline === undefined ? before.baseline : input.baseline,
          source: input.source === undefined ? before.source : input.source,
          note: input.note === undefined ? before.note : input.note,
        });
        if (!row) throw staleVersion('Target');
        await auditRepo.insert(tx, { actor, action: 'target.updated', entity: 'indicator_target', entityId: id, ...changedFields(before, row) });
        return present(tx, undefined, row, today());
      }),

    remove: (actor: Actor, id: string, version: number) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        const before = await loadTarget(tx, actor, id, true);
        if (!(await targetsRepo.delete(tx, id, version))) throw staleVersion('Target');
        await auditRepo.insert(tx, { actor, action: 'target.deleted', entity: 'indicator_target', entityId: id, before });
      }),

    listValues: async (actor: Actor, query: ReportedValueListQuery) => {
      requireRead(actor);
      const { rows, total } = await reportedValuesRepo.list(db, query);
      const revisions = await reportedValuesRepo.revisionsOf(db, rows.map((row) => row.id));
      return { items: rows.map((row) => presentValue(row, revisions)), total, page: query.page, pageSize: query.pageSize };
    },

    getValue: async (actor: Actor, id: string) => {
      requireRead(actor);
      const row = await reportedValuesRepo.findById(db, id);
      if (!row) throw notFound('Reported value');
      return presentValue(row, await reportedValuesRepo.revisionsOf(db, [id]));
    },

    createValue: (actor: Actor, input: ReportedValueInput) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        requireReportedIndicator(input.indicatorCode);
        if (await reportedValuesRepo.findByPeriod(tx, input.indicatorCode, input.from, input.to)) {
          throw invalidField('from', 'A figure for this indicator and period exists; revise it instead');
        }
        await upsertValue(tx, actor, input);
        const row = (await reportedValuesRepo.findByPeriod(tx, input.indicatorCode, input.from, input.to))!;
        return presentValue(row, []);
      }),

    reviseValue: (actor: Actor, id: string, input: ReportedValueUpdate) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        const before = await reportedValuesRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Reported value');
        const values = { value: input.value, source: input.source, sourceUrl: input.sourceUrl ?? null, publishedOn: input.publishedOn, note: input.note ?? null };
        const row = await reportedValuesRepo.revise(tx, before, input.version, values, actor.userId);
        if (!row) throw staleVersion('Reported value');
        await auditRepo.insert(tx, { actor, action: 'reported_value.revised', entity: 'reported_value', entityId: id, ...changedFields(before, row) });
        return presentValue(row, await reportedValuesRepo.revisionsOf(tx, [id]));
      }),

    removeValue: (actor: Actor, id: string, version: number) =>
      db.transaction(async (tx) => {
        requireManage(actor);
        const before = await reportedValuesRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Reported value');
        if (!(await reportedValuesRepo.delete(tx, id, version))) throw staleVersion('Reported value');
        await auditRepo.insert(tx, { actor, action: 'reported_value.deleted', entity: 'reported_value', entityId: id, before });
      }),

    valuesTemplate: (actor: Actor, language: ImportLanguage = 'vi') => {
      requireManage(actor);
      return buildColumnsTemplate(REPORTED_COLUMNS, { vi: 'chỉ tiêu + kỳ', en: 'indicator + period' }, language);
    },

    /**
     * Imports figures from the template, all or nothing: a figure of the same indicator and period is revised (its
     * old value kept); any invalid row writes nothing and the outcome lists the problems by row. The file is read and
     * checked outside any transaction, giving other requests their turn as it goes; only the writes share one.
     */
    importValues: async (actor: Actor, file: Buffer, language: ImportLanguage = 'vi'): Promise<ReportedImportOutcome> => {
      requireManage(actor);
      assertWorkbook(file);
      const rows = await readColumnRows(REPORTED_COLUMNS, 'reported values', file, options.limits ?? DEFAULT_IMPORT_LIMITS, language);
      if (rows.length === 0) return { ok: false, errors: [{ row: 2, field: 'indicator_code', code: 'no_rows', message: 'The sheet has no data rows' }] };
      const errors: ImportRowError[] = [];
      const inputs: { row: number; input: ReportedValueInput }[] = [];
      await mapYielding(rows, IMPORT_YIELD_EVERY, ({ row, values: v }) => {
        const parsed = ReportedValueInputSchema.safeParse({
          indicatorCode: v.indicator_code,
          from: v.from,
          to: v.to,
          value: v.value,
          source: v.source,
          sourceUrl: v.source_url ?? null,
          publishedOn: v.published_on,
          note: v.note ?? null,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) errors.push({ row, field: String(issue.path[0] ?? 'row'), code: issueCode(issue), message: issue.message });
        } else if (findIndicator(parsed.data.indicatorCode)?.source !== 'reported') {
          errors.push({ row, field: 'indicatorCode', code: 'invalid_value', message: `${parsed.data.indicatorCode} is not a reported indicator` });
        } else inputs.push({ row, input: parsed.data });
      });
      if (errors.length > 0) return { ok: false, errors };
      return db.transaction(async (tx): Promise<ReportedImportOutcome> => {
        const result: ReportedImportResult = { created: 0, revised: 0, unchanged: 0 };
        await mapYielding(inputs, IMPORT_YIELD_EVERY, async ({ input }) => {
          result[await upsertValue(tx, actor, input)] += 1;
        });
        return { ok: true, result };
      });
    },
  };
}
