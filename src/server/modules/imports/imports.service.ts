import type { z } from 'zod';
import { AgreementInput } from '../../../shared/schemas/agreements.js';
import { EngagementInput } from '../../../shared/schemas/engagements.js';
import type { ImportErrorCode, ImportKind, ImportResult, ImportRowError } from '../../../shared/schemas/imports.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor, Tx } from '../../db/client.js';
import { batchesOf, mapYielding, yieldToEventLoop } from '../../lib/batches.js';
import { isWithin, todayIso } from '../../lib/dates.js';
import { DomainError, forbidden } from '../../lib/errors.js';
import { auditRepo } from '../audit/audit.repo.js';
import { agreementsRepo, type AgreementRow } from '../agreements/agreements.repo.js';
import { checkAgreement, initialStatus, insertAgreements, readableAgreementIds, resolveOwner } from '../agreements/agreements.service.js';
import { engagementsRepo, type EngagementRow } from '../engagements/engagements.repo.js';
import { checkEngagement, checkLeadInScope, insertEngagements, readableEngagementIds } from '../engagements/engagements.service.js';
import { orgUnitsRepo, type OrgUnitRow } from '../org-units/org-units.repo.js';
import { partnersRepo, type PartnerRow } from '../partners/partners.repo.js';
import { issueCode, rowErrors, type RowErrors } from './import-errors.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './imports.archive.js';
import { IMPORT_COLUMNS, type ImportLanguage } from './imports.columns.js';
import { type ImportProgress, UNWATCHED } from './import-progress.js';
import { importsPolicy as can } from './imports.policy.js';
import { assertWorkbook, buildTemplate, readRows, type SheetRow } from './imports.workbook.js';

export type { ImportLimits };
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: ImportRowError[] };

const splitList = (text: string | undefined) => (text ?? '').split(/[,;\n]/).map((item) => item.trim()).filter(Boolean);

/** Rows written per batch (a few multi-row statements each); the event loop gets a turn between batches. */
export const IMPORT_WRITE_BATCH = 500;
/** Rows checked between two turns of the event loop while validating. */
const VALIDATE_YIELD_EVERY = 100;

/** Resolves the codes and names people type in a sheet to ids; records a row error for each one it cannot. */
async function resolver(ex: Executor) {
  const units = new Map<string, OrgUnitRow[]>();
  for (const unit of await orgUnitsRepo.all(ex)) units.set(unit.code.toUpperCase(), [...(units.get(unit.code.toUpperCase()) ?? []), unit]);
  const partners = new Map<string, PartnerRow>();
  for (const partner of await partnersRepo.all(ex)) {
    for (const key of [partner.code?.toUpperCase(), partner.nameVi.toLowerCase(), partner.nameEn.toLowerCase()]) if (key && !partners.has(key)) partners.set(key, partner);
  }
  return {
    /** The unit with the code valid on the day (a merged province's code belongs to the unit of that period). */
    unit: (code: string, day: string): string | string[] => {
      const candidates = units.get(code.toUpperCase()) ?? (/^\d$/.test(code) ? units.get(code.padStart(2, '0')) : undefined) ?? [];
      const valid = candidates.filter((unit) => isWithin(day, unit.validFrom, unit.validTo));
      const chosen = valid.length === 1 ? valid[0] : candidates.length === 1 ? candidates[0] : undefined;
      return chosen ? chosen.id : [`Unknown unit code ${code}`];
    },
    partner: (text: string): string | string[] => partners.get(text.toUpperCase())?.id ?? partners.get(text.toLowerCase())?.id ?? [`Unknown partner ${text}`],
  };
}
type Resolver = Awaited<ReturnType<typeof resolver>>;

/**
 * The domain checks of one import, each run once per distinct argument: thousands of rows naming the same lead unit
 * or partners cost one query, not thousands. A `DomainError` is remembered as the check's answer; other errors throw.
 */
function checkCache() {
  const answers = new Map<string, Promise<{ ok: true; value: unknown } | { ok: false; error: DomainError }>>();
  return async <T>(errors: RowErrors, key: string, run: () => Promise<T>): Promise<T | undefined> => {
    let answer = answers.get(key);
    if (!answer) {
      answer = run().then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => {
          if (error instanceof DomainError) return { ok: false as const, error };
          throw error;
        },
      );
      answers.set(key, answer);
    }
    const settled = await answer;
    if (settled.ok) return settled.value as T;
    errors.addDomain(settled.error);
    return undefined;
  };
}

/** What validating a row needs: the database (outside any transaction), the importer, the lookups and the cached checks. */
interface Context {
  ex: Executor;
  actor: Actor;
  resolve: Resolver;
  check: ReturnType<typeof checkCache>;
}

function resolveList(errors: RowErrors, field: string, code: ImportErrorCode, items: string[], resolve: (item: string) => string | string[]): string[] {
  return items.flatMap((item) => {
    const id = resolve(item);
    if (typeof id === 'string') return [id];
    errors.add(field, code, id[0]!);
    return [];
  });
}

function parse<T extends z.ZodType>(schema: T, raw: unknown, errors: RowErrors): z.infer<T> | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) errors.add(issue.path.join('.') || '_', issueCode(issue), issue.message);
  return undefined;
}

interface Prepared<T> {
  row: number;
  key: string;
  input: T;
  ownerUnitId?: string;
}

async function prepareEngagement({ ex, actor, resolve, check }: Context, { row, values }: SheetRow, errors: RowErrors): Promise<Prepared<EngagementInput> | undefined> {
  const day = values.start_date ?? todayIso();
  const lead = values.lead_unit ? resolveList(errors, 'leadUnitId', 'unknown_unit', [values.lead_unit], (code) => resolve.unit(code, day))[0] : undefined;
  const input = parse(
    EngagementInput,
    {
      title: { vi: values.title_vi, en: values.title_en },
      type: values.type,
      leaderName: values.leader_name,
      leaderLevel: values.leader_level,
      startDate: values.start_date,
      endDate: values.end_date,
      countryCodes: splitList(values.country_codes).map((code) => code.toUpperCase()),
      partnerIds: resolveList(errors, 'partnerIds', 'unknown_partner', splitList(values.partners), resolve.partner),
      leadUnitId: lead,
      participatingUnitIds: resolveList(errors, 'participatingUnitIds', 'unknown_unit', splitList(values.participating_units), (code) => resolve.unit(code, day)),
      summary: values.summary,
    },
    errors,
  );
  if (!input || errors.size > 0) return undefined;
  await check(errors, `lead:${input.leadUnitId}`, () => checkLeadInScope(ex, actor, input.leadUnitId));
  const links = { countryCodes: input.countryCodes, partnerIds: input.partnerIds, leadUnitId: input.leadUnitId, participatingUnitIds: input.participatingUnitIds };
  await check(errors, `engagement:${JSON.stringify(links)}`, () => checkEngagement(ex, links));
  return { row, key: engagementKey(input.title.vi, input.startDate), input };
}

async function prepareAgreement({ ex, actor, resolve, check }: Context, { row, values }: SheetRow, errors: RowErrors): Promise<Prepared<AgreementInput> | undefined> {
  const day = values.signed_date ?? todayIso();
  const owner = values.owner_unit ? resolveList(errors, 'ownerUnitId', 'unknown_unit', [values.owner_unit], (code) => resolve.unit(code, day))[0] : undefined;
  const input = parse(
    AgreementInput,
    {
      title: { vi: values.title_vi, en: values.title_en },
      kind: values.kind,
      status: values.status,
      signedDate: values.signed_date,
      signedPlace: values.signed_place,
      expiryDate: values.expiry_date,
      renewal: values.renewal,
      fields: splitList(values.fields),
      value: values.value,
      currency: values.currency?.toUpperCase(),
      unitIds: resolveList(errors, 'unitIds', 'unknown_unit', splitList(values.units), (code) => resolve.unit(code, day)),
      partnerIds: resolveList(errors, 'partnerIds', 'unknown_partner', splitList(values.partners), resolve.partner),
      ownerUnitId: owner,
      summary: values.summary,
    },
    errors,
  );
  if (!input || errors.size > 0) return undefined;
  const ownerUnitId = await check(errors, `owner:${input.ownerUnitId ?? ''}`, () => resolveOwner(ex, actor, input.ownerUnitId));
  // Everything checkAgreement reads, so that rows alike are checked once.
  const facts = {
    status: initialStatus(input),
    signedDate: input.signedDate,
    expiryDate: input.expiryDate,
    value: input.value,
    currency: input.currency,
    unitIds: input.unitIds,
    partnerIds: input.partnerIds,
    facilitatingUnitIds: input.facilitatingUnitIds,
    engagementId: input.engagementId,
  };
  await check(errors, `agreement:${JSON.stringify(facts)}`, () => checkAgreement(ex, actor, facts));
  return { row, key: agreementKey(input.title.vi, input.signedDate ?? null), input, ownerUnitId };
}

const engagementKey = (titleVi: string, startDate: string) => `${titleVi}|${startDate}`;
const agreementKey = (titleVi: string, signedDate: string | null) => `${titleVi}|${signedDate ?? ''}`;

/** The keys among `keys` already recorded in a record the actor can read (others' records do not leak). */
function recordedKeys<R extends { id: string }>(keys: Set<string>, candidates: R[], keyOf: (row: R) => string, readable: Set<string>): Set<string> {
  return new Set(candidates.filter((row) => keys.has(keyOf(row)) && readable.has(row.id)).map(keyOf));
}

interface Importer<T> {
  prepare: (ctx: Context, row: SheetRow, errors: RowErrors) => Promise<Prepared<T> | undefined>;
  /** Which of these rows are already recorded, among the records the actor can read. */
  recorded: (ex: Executor, actor: Actor, items: Prepared<T>[]) => Promise<Set<string>>;
  /** Writes the rows in a few multi-row statements; the ids in the order given. */
  insert: (tx: Tx, actor: Actor, items: Prepared<T>[]) => Promise<string[]>;
}

const IMPORTERS: { engagements: Importer<EngagementInput>; agreements: Importer<AgreementInput> } = {
  engagements: {
    prepare: prepareEngagement,
    recorded: async (ex, actor, items) => {
      const keys = new Set(items.map((item) => item.key));
      const keyOf = (row: EngagementRow) => engagementKey(row.titleVi, row.startDate);
      const candidates = (await engagementsRepo.findByTitles(ex, [...new Set(items.map((item) => item.input.title.vi))])).filter((row) => keys.has(keyOf(row)));
      return recordedKeys(keys, candidates, keyOf, await readableEngagementIds(ex, actor, candidates));
    },
    insert: async (tx, actor, items) => (await insertEngagements(tx, actor, items.map((item) => item.input))).map((row) => row.id),
  },
  agreements: {
    prepare: prepareAgreement,
    recorded: async (ex, actor, items) => {
      const keys = new Set(items.map((item) => item.key));
      const keyOf = (row: AgreementRow) => agreementKey(row.titleVi, row.signedDate);
      const candidates = (await agreementsRepo.findByTitles(ex, [...new Set(items.map((item) => item.input.title.vi))])).filter((row) => keys.has(keyOf(row)));
      return recordedKeys(keys, candidates, keyOf, await readableAgreementIds(ex, actor, candidates));
    },
    insert: async (tx, actor, items) => (await insertAgreements(tx, actor, items.map((item) => ({ input: item.input, ownerUnitId: item.ownerUnitId! })))).map((row) => row.id),
  },
};

/** The keys of `items` already recorded, asked in batches with a turn of the event loop between them. */
async function recordedIn<T>(ex: Executor, actor: Actor, importer: Importer<T>, items: Prepared<T>[]): Promise<Set<string>> {
  const recorded = new Set<string>();
  for (const batch of batchesOf(items, IMPORT_WRITE_BATCH)) {
    for (const key of await importer.recorded(ex, actor, batch)) recorded.add(key);
    await yieldToEventLoop();
  }
  return recorded;
}

/**
 * Validates every row outside any transaction, yielding to the event loop as it goes so the server keeps answering;
 * then, unless it is a dry run, writes all of them in one short transaction of multi-row batches, or none.
 */
async function importRows<T>(db: Db, actor: Actor, kind: ImportKind, rows: SheetRow[], importer: Importer<T>, dryRun: boolean, language: ImportLanguage, progress: ImportProgress): Promise<ImportOutcome> {
  const ctx: Context = { ex: db, actor, resolve: await resolver(db), check: checkCache() };
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  const valid: Prepared<T>[] = [];
  await mapYielding(rows, VALIDATE_YIELD_EVERY, async (sheetRow) => {
    const rowErrs = rowErrors(IMPORT_COLUMNS[kind], language, sheetRow);
    const item = await importer.prepare(ctx, sheetRow, rowErrs);
    if (item && seen.has(item.key)) rowErrs.add('title.vi', 'duplicate_in_file', `Same title and date as row ${seen.get(item.key)}`);
    errors.push(...rowErrs.list());
    if (!item || rowErrs.size > 0) return;
    seen.set(item.key, item.row);
    valid.push(item);
  }, progress.validated);
  if (errors.length > 0) return { ok: false, errors };
  const recorded = await recordedIn(db, actor, importer, valid);
  const fresh = valid.filter((item) => !recorded.has(item.key));
  if (dryRun) return { ok: true, result: { kind, dryRun, rows: rows.length, created: fresh.length, skipped: recorded.size, ids: [] } };
  return db.transaction(async (tx) => {
    // A row recorded since it was checked (the same file imported twice at once) is skipped, not duplicated.
    const since = await recordedIn(tx, actor, importer, fresh);
    const ids: string[] = [];
    for (const batch of batchesOf(since.size === 0 ? fresh : fresh.filter((item) => !since.has(item.key)), IMPORT_WRITE_BATCH)) {
      ids.push(...(await importer.insert(tx, actor, batch)));
      progress.written(ids.length);
      await yieldToEventLoop();
    }
    const skipped = valid.length - ids.length;
    await auditRepo.insert(tx, { actor, action: 'import.completed', entity: 'import', entityId: kind, after: { rows: rows.length, created: ids.length, skipped } });
    return { ok: true as const, result: { kind, dryRun, rows: rows.length, created: ids.length, skipped, ids } };
  });
}

export function importsService(db: Db, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
  return {
    /** The template workbook of a kind in one language: header row, drop-downs of labels and instructions. */
    template: (actor: Actor, kind: ImportKind, language: ImportLanguage = 'vi'): Promise<Buffer> => {
      if (!can.run(actor)) throw forbidden();
      return buildTemplate(kind, language);
    },

    /**
     * Imports the rows of a template workbook: every row is checked first, outside any transaction, and any invalid
     * row imports nothing (the outcome lists every problem by row and column); the rows are then written in one
     * transaction of batches; rows already present (same title and date) are skipped.
     */
    run: async (actor: Actor, kind: ImportKind, file: Buffer, dryRun: boolean, language: ImportLanguage = 'vi', progress: ImportProgress = UNWATCHED): Promise<ImportOutcome> => {
      if (!can.run(actor)) throw forbidden();
      assertWorkbook(file);
      const rows = await readRows(kind, file, limits, language, progress.read);
      if (rows.length === 0) return { ok: false, errors: [{ row: 2, field: IMPORT_COLUMNS[kind][0]!.key, code: 'no_rows', message: 'The sheet has no data rows' }] };
      return kind === 'engagements' ? importRows(db, actor, kind, rows, IMPORTERS.engagements, dryRun, language, progress) : importRows(db, actor, kind, rows, IMPORTERS.agreements, dryRun, language, progress);
    },
  };
}
