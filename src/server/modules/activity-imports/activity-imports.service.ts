import { ActivityInput } from '../../../shared/schemas/activities.js';
import type { ActivityImportResult } from '../../../shared/schemas/activity-imports.js';
import type { ImportRowError } from '../../../shared/schemas/imports.js';
import { OutcomeInput } from '../../../shared/schemas/outcomes.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor, Tx } from '../../db/client.js';
import { batchesOf, mapYielding, yieldToEventLoop } from '../../lib/batches.js';
import { isWithin, todayIso } from '../../lib/dates.js';
import { DomainError, forbidden, invalidField } from '../../lib/errors.js';
import { newId, sha256 } from '../../lib/ids.js';
import { inScope, writeScope } from '../../policy/scope.js';
import { activitiesRepo } from '../activities/activities.repo.js';
import { auditRepo } from '../audit/audit.repo.js';
import { allCountries, isCountryCode } from '../countries/countries.service.js';
import { createdByOf } from '../engagements/engagements.refs.js';
import { domainCode, issueCode, rowErrors, type RowErrors } from '../imports/import-errors.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../imports/imports.archive.js';
import { type ImportProgress, UNWATCHED } from '../imports/import-progress.js';
import { IMPORT_WRITE_BATCH } from '../imports/imports.service.js';
import type { ImportColumn, ImportLanguage } from '../imports/imports.columns.js';
import { assertWorkbook, buildColumnsTemplate, readColumnRows, type SheetRow } from '../imports/imports.workbook.js';
import { orgUnitsRepo, type OrgUnitRow } from '../org-units/org-units.repo.js';
import { outcomesRepo } from '../outcomes/outcomes.repo.js';
import { locksOf, lockedError } from '../periods/period-locks.js';
import { activityColumns, OUTPUT_COLUMNS } from './activity-imports.columns.js';
import { activityImportsPolicy as can } from './activity-imports.policy.js';
import { activityImportsRepo } from './activity-imports.repo.js';

export type { ImportLimits };
export type ActivityImportOutcome = { ok: true; result: ActivityImportResult } | { ok: false; errors: ImportRowError[] };

const KEY_NOTE = { vi: 'toàn bộ nội dung dòng', en: 'the whole content of the row' };
const split = (text: string | undefined) => (text ?? '').split(/[,;\n]/).map((item) => item.trim()).filter(Boolean);
const count = (text: string | undefined) => (text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : text);

async function columnsFor(ex: Tx | Db, day = todayIso()) {
  const provinces = (await orgUnitsRepo.list(ex, { type: 'province', asOf: day, page: 1, pageSize: 500 })).rows
    .map(({ unit }) => ({ code: unit.code, label: { vi: unit.nameVi, en: unit.nameEn } }))
    .sort((a, b) => a.label.vi.localeCompare(b.label.vi, 'vi'));
  return activityColumns({ countries: allCountries().map((c) => ({ code: c.code, label: c.name })), provinces });
}



interface Prepared {
  row: number;
  key: string;
  activity: ActivityInput & { unitId: string };
  outcome?: Omit<OutcomeInput, 'activityId'>;
}

/** A province code as of the activity's start (a merged province's old code names the former unit). */
function provinceResolver(units: OrgUnitRow[]) {
  const byCode = new Map<string, OrgUnitRow[]>();
  for (const unit of units.filter((u) => u.type === 'province')) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
  return (code: string, day: string) => (byCode.get(code.padStart(2, '0')) ?? []).find((unit) => isWithin(day, unit.validFrom, unit.validTo))?.id;
}

function prepare(unitId: string, { row, values }: SheetRow, province: ReturnType<typeof provinceResolver>, errors: RowErrors): Prepared | undefined {
  const provinceId = values.province ? province(values.province, values.start_date ?? todayIso()) : undefined;
  if (values.province && !provinceId) errors.add('provinceIds', 'unknown_province', `Unknown province code ${values.province} on the start date`);
  const countryCode = values.country_code?.toUpperCase();
  if (countryCode && !isCountryCode(countryCode)) errors.add('countryCode', 'unknown_country', `Unknown country code ${values.country_code}`);
  const outputs = Object.entries(OUTPUT_COLUMNS).flatMap(([column, kind]) => (values[column] === undefined ? [] : [{ kind, quantity: count(values[column]) }]));
  const activity = ActivityInput.safeParse({
    unitId,
    type: values.type,
    title: values.title,
    description: values.description ?? null,
    startDate: values.start_date,
    endDate: values.end_date,
    countryCode: countryCode ?? null,
    place: values.place ?? null,
    sectors: split(values.sectors),
    provinceIds: provinceId ? [provinceId] : [],
    cost: values.cost ?? null,
    costCurrency: values.cost_currency?.toUpperCase() ?? null,
    outputs,
  });
  if (!activity.success) {
    for (const issue of activity.error.issues) {
      // outputs.N.quantity → the column of that output kind
      const path = issue.path[0] === 'outputs' ? `outputs.${outputs[Number(issue.path[1])]?.kind}` : issue.path.join('.');
      errors.add(path || '_', issueCode(issue), issue.message);
    }
  }
  let outcome: Prepared['outcome'];
  if (values.outcome_kind) {
    const parsed = OutcomeInput.safeParse({
      activityId: newId(),
      kind: values.outcome_kind,
      value: values.outcome_value ?? null,
      currency: values.outcome_currency?.toUpperCase() ?? null,
      quantity: count(values.outcome_quantity) ?? null,
      product: values.outcome_product ?? null,
      hsCode: values.outcome_hs_code ?? null,
      businessName: values.outcome_business ?? null,
      counterpart: values.outcome_buyer ?? null,
    });
    if (parsed.success) {
      const { activityId: _placeholder, ...rest } = parsed.data;
      outcome = rest;
    } else for (const issue of parsed.error.issues) errors.add(`outcome.${issue.path.join('.')}`, issueCode(issue), issue.message);
  } else if (Object.keys(values).some((key) => key.startsWith('outcome_'))) {
    errors.add('outcome.kind', 'required', 'Choose the kind of the outcome');
  }
  if (!activity.success || errors.size > 0) return undefined;
  const data = { ...activity.data, unitId };
  // The natural key: the row's normalised content, so the same row imported again is recognised.
  return { row, key: sha256(JSON.stringify({ activity: data, outcome: outcome ?? null })), activity: data, outcome };
}

/** Rows checked between two turns of the event loop while validating. */
const VALIDATE_YIELD_EVERY = 100;

/** What a row's period lock depends on: its unit, the provinces it supports and its dates. */
const lockedBy = (item: Prepared | undefined) => (item ? { unitIds: [item.activity.unitId, ...item.activity.provinceIds], days: [item.activity.startDate, item.activity.endDate] } : { unitIds: [], days: [] });

/** The import keys among these rows that the unit already has, asked in batches with a turn of the event loop between them. */
async function importedKeys(ex: Executor, unitId: string, items: Prepared[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const batch of batchesOf(items, IMPORT_WRITE_BATCH)) {
    for (const key of await activityImportsRepo.importKeysOf(ex, unitId, batch.map((item) => item.key))) keys.add(key);
    await yieldToEventLoop();
  }
  return keys;
}

/** The activities, their provinces, outputs, outcomes and audit rows, each in multi-row statements. */
async function insertAll(tx: Tx, actor: Actor, items: Prepared[]): Promise<string[]> {
  const rows = await activitiesRepo.insertMany(
    tx,
    items.map(({ activity, key }) => ({
      values: {
        unitId: activity.unitId,
        type: activity.type,
        title: activity.title,
        description: activity.description ?? null,
        startDate: activity.startDate,
        endDate: activity.endDate,
        countryCode: activity.countryCode ?? null,
        place: activity.place ?? null,
        sectors: [...new Set(activity.sectors)],
        cost: activity.cost ?? null,
        costCurrency: activity.costCurrency ?? null,
        importKey: key,
        createdBy: createdByOf(actor),
      },
      provinceIds: activity.provinceIds,
      outputs: activity.outputs.map((o) => ({ kind: o.kind, quantity: o.quantity, note: null })),
    })),
  );
  const withOutcome = items.flatMap((item, i) => (item.outcome ? [{ activityId: rows[i]!.id, outcome: item.outcome }] : []));
  const outcomeRows = await outcomesRepo.insertMany(tx, withOutcome.map(({ activityId, outcome }) => ({ ...outcome, activityId, createdBy: createdByOf(actor) })));
  const outcomeOf = new Map(outcomeRows.map((row) => [row.activityId, row]));
  await auditRepo.insertMany(
    tx,
    rows.map((row, i) => ({
      actor,
      action: 'activity.created',
      entity: 'activity',
      entityId: row.id,
      after: { ...row, provinceIds: items[i]!.activity.provinceIds, outputs: items[i]!.activity.outputs, outcome: outcomeOf.get(row.id) ?? null },
    })),
  );
  return rows.map((row) => row.id);
}

export function activityImportsService(db: Db, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
  /** The unit whose activities the actor may import (default their own). Throws `forbidden`, `invalid`. */
  const importingUnit = async (actor: Actor, requested: string | undefined): Promise<string> => {
    if (!can.run(actor)) throw forbidden();
    const unitId = requested ?? actor.unitId;
    if (!unitId) throw invalidField('unitId', 'Name the unit whose activities these are');
    if (!inScope(await writeScope(db, actor), [unitId])) throw forbidden('You can import activities of your own unit only');
    if (!(await orgUnitsRepo.findById(db, unitId))) throw invalidField('unitId', 'Unknown unit');
    return unitId;
  };
  return {
    importingUnit,

    /** The template workbook: header row, drop-downs (types, countries, current provinces) and instructions, in one language. */
    template: async (actor: Actor, language: ImportLanguage = 'vi') => {
      if (!can.run(actor)) throw forbidden();
      return buildColumnsTemplate(await columnsFor(db), KEY_NOTE, language);
    },

    /**
     * Imports a unit's activities from the template: every row is checked first, outside any transaction and
     * yielding to the event loop, and any invalid row imports nothing (the outcome lists every problem by row and
     * column); the rows are then written in one short transaction of multi-row batches. Rows imported before are
     * skipped. Throws `forbidden`, `invalid`, `payload_too_large`.
     */
    run: async (actor: Actor, file: Buffer, options: { unitId?: string; dryRun: boolean; language?: ImportLanguage }, progress: ImportProgress = UNWATCHED): Promise<ActivityImportOutcome> => {
      const unitId = await importingUnit(actor, options.unitId);
      assertWorkbook(file);
      const language = options.language ?? 'vi';
      const columns = await columnsFor(db);
      const rows = await readColumnRows(columns, 'activities', file, limits, language, progress.read);
      if (rows.length === 0) return { ok: false, errors: [{ row: 2, field: 'title', code: 'no_rows', message: 'The sheet has no data rows' }] };
      const province = provinceResolver(await orgUnitsRepo.all(db));
      const candidates = await mapYielding(rows, VALIDATE_YIELD_EVERY, (sheetRow) => {
        const errors = rowErrors(columns, language, sheetRow);
        return { errors, item: prepare(unitId, sheetRow, province, errors) };
      }, progress.validated);
      // Every row's period lock in one pass (two queries), not two queries per row.
      const locks = await locksOf(db, candidates.map(({ item }) => lockedBy(item)));
      const errors: ImportRowError[] = [];
      const seen = new Map<string, number>();
      const prepared: Prepared[] = [];
      for (const [i, { errors: rowErrs, item: candidate }] of candidates.entries()) {
        const lock = locks[i];
        if (candidate && lock) {
          const error = lockedError(lock);
          rowErrs.add('startDate', domainCode(error, 'startDate', 'locked'), error.message);
        }
        const item = lock ? undefined : candidate;
        if (item && seen.has(item.key)) rowErrs.add('title', 'duplicate_in_file', `Same as row ${seen.get(item.key)}`);
        errors.push(...rowErrs.list());
        if (item && rowErrs.size === 0) {
          seen.set(item.key, item.row);
          prepared.push(item);
        }
      }
      if (errors.length > 0) return { ok: false, errors };
      const existing = await importedKeys(db, unitId, prepared);
      const fresh = prepared.filter((item) => !existing.has(item.key));
      if (options.dryRun) return { ok: true, result: { unitId, dryRun: true, rows: rows.length, created: fresh.length, skipped: existing.size, ids: [] } };
      return db.transaction(async (tx): Promise<ActivityImportOutcome> => {
        // What may have changed since the check: a period locked meanwhile refuses the file; a row imported
        // meanwhile (the same file twice at once) is skipped, not duplicated.
        const lockedNow = await locksOf(tx, fresh.map(lockedBy));
        const lockErrors = fresh.flatMap((item, i) => {
          const lock = lockedNow[i];
          if (!lock) return [];
          const errs = rowErrors(columns, language, rows.find((row) => row.row === item.row)!);
          const error = lockedError(lock);
          errs.add('startDate', domainCode(error, 'startDate', 'locked'), error.message);
          return errs.list();
        });
        if (lockErrors.length > 0) return { ok: false, errors: lockErrors };
        const since = await importedKeys(tx, unitId, fresh);
        const ids: string[] = [];
        for (const batch of batchesOf(fresh.filter((item) => !since.has(item.key)), IMPORT_WRITE_BATCH)) {
          ids.push(...(await insertAll(tx, actor, batch)));
          progress.written(ids.length);
          await yieldToEventLoop();
        }
        const skipped = prepared.length - ids.length;
        await auditRepo.insert(tx, { actor, action: 'import.completed', entity: 'import', entityId: 'activities', after: { unitId, rows: rows.length, created: ids.length, skipped, ids } });
        return { ok: true, result: { unitId, dryRun: false, rows: rows.length, created: ids.length, skipped, ids } };
      });
    },
  };
}
