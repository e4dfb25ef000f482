import type { z } from 'zod';
import { AgreementInput } from '../../../shared/schemas/agreements.js';
import { EngagementInput } from '../../../shared/schemas/engagements.js';
import type { ImportErrorCode, ImportKind, ImportResult, ImportRowError } from '../../../shared/schemas/imports.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Tx } from '../../db/client.js';
import { isWithin, todayIso } from '../../lib/dates.js';
import { DomainError, forbidden } from '../../lib/errors.js';
import { auditRepo } from '../audit/audit.repo.js';
import { agreementsRepo } from '../agreements/agreements.repo.js';
import { checkAgreement, findReadable as findReadableAgreement, initialStatus, insertAgreement, resolveOwner } from '../agreements/agreements.service.js';
import { engagementsRepo } from '../engagements/engagements.repo.js';
import { checkEngagement, checkLeadInScope, findReadableEngagement, insertEngagement } from '../engagements/engagements.service.js';
import { orgUnitsRepo, type OrgUnitRow } from '../org-units/org-units.repo.js';
import { partnersRepo, type PartnerRow } from '../partners/partners.repo.js';
import { issueCode, rowErrors, type RowErrors } from './import-errors.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './imports.archive.js';
import { IMPORT_COLUMNS, type ImportLanguage } from './imports.columns.js';
import { importsPolicy as can } from './imports.policy.js';
import { assertWorkbook, buildTemplate, readRows, type SheetRow } from './imports.workbook.js';

export type { ImportLimits };
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: ImportRowError[] };

const splitList = (text: string | undefined) => (text ?? '').split(/[,;\n]/).map((item) => item.trim()).filter(Boolean);

/** Resolves the codes and names people type in a sheet to ids; records a row error for each one it cannot. */
async function resolver(tx: Tx) {
  const units = new Map<string, OrgUnitRow[]>();
  for (const unit of await orgUnitsRepo.all(tx)) units.set(unit.code.toUpperCase(), [...(units.get(unit.code.toUpperCase()) ?? []), unit]);
  const partners = new Map<string, PartnerRow>();
  for (const partner of await partnersRepo.all(tx)) {
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

/** Runs a domain check, turning its error into row errors. */
async function check(errors: RowErrors, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    errors.addDomain(error);
  }
}

interface Prepared<T> {
  row: number;
  key: string;
  input: T;
  ownerUnitId?: string;
}

async function prepareEngagement(tx: Tx, actor: Actor, { row, values }: SheetRow, resolve: Resolver, errors: RowErrors): Promise<Prepared<EngagementInput> | undefined> {
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
  await check(errors, () => checkLeadInScope(tx, actor, input.leadUnitId));
  await check(errors, () => checkEngagement(tx, input));
  return { row, key: `${input.title.vi}|${input.startDate}`, input };
}

async function prepareAgreement(tx: Tx, actor: Actor, { row, values }: SheetRow, resolve: Resolver, errors: RowErrors): Promise<Prepared<AgreementInput> | undefined> {
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
  let ownerUnitId: string | undefined;
  await check(errors, async () => (ownerUnitId = await resolveOwner(tx, actor, input.ownerUnitId)));
  await check(errors, () => checkAgreement(tx, actor, { ...input, status: initialStatus(input) }));
  return { row, key: `${input.title.vi}|${input.signedDate ?? ''}`, input, ownerUnitId };
}

/** Resolves to false when the lookup answers `not_found` (absent or out of the actor's scope). */
const readable = (lookup: Promise<unknown>): Promise<boolean> =>
  lookup.then(
    () => true,
    (error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found') return false;
      throw error;
    },
  );

const IMPORTERS = {
  engagements: {
    prepare: prepareEngagement,
    exists: async (tx: Tx, actor: Actor, input: EngagementInput) => {
      const row = await engagementsRepo.findByTitleAndStart(tx, input.title.vi, input.startDate);
      return row !== undefined && readable(findReadableEngagement(tx, actor, row.id));
    },
    insert: (tx: Tx, actor: Actor, item: Prepared<EngagementInput>) => insertEngagement(tx, actor, item.input),
  },
  agreements: {
    prepare: prepareAgreement,
    exists: async (tx: Tx, actor: Actor, input: AgreementInput) => {
      const row = await agreementsRepo.findByTitleAndSigned(tx, input.title.vi, input.signedDate ?? null);
      return row !== undefined && readable(findReadableAgreement(tx, actor, row.id));
    },
    insert: (tx: Tx, actor: Actor, item: Prepared<AgreementInput>) => insertAgreement(tx, actor, item.input, item.ownerUnitId!),
  },
} as const;

/** Validates every row, then imports all of them or none. */
async function importRows<T>(
  tx: Tx,
  actor: Actor,
  kind: ImportKind,
  rows: SheetRow[],
  importer: {
    prepare: (tx: Tx, actor: Actor, row: SheetRow, resolve: Resolver, errors: RowErrors) => Promise<Prepared<T> | undefined>;
    /** Whether the row is already recorded, among the records the actor can read (others' records do not leak). */
    exists: (tx: Tx, actor: Actor, input: T) => Promise<boolean>;
    insert: (tx: Tx, actor: Actor, item: Prepared<T>) => Promise<{ id: string }>;
  },
  dryRun: boolean,
  language: ImportLanguage,
): Promise<ImportOutcome> {
  const resolve = await resolver(tx);
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  const fresh: Prepared<T>[] = [];
  let skipped = 0;
  for (const sheetRow of rows) {
    const rowErrs = rowErrors(IMPORT_COLUMNS[kind], language, sheetRow);
    const item = await importer.prepare(tx, actor, sheetRow, resolve, rowErrs);
    if (item && seen.has(item.key)) rowErrs.add('title.vi', 'duplicate_in_file', `Same title and date as row ${seen.get(item.key)}`);
    errors.push(...rowErrs.list());
    if (!item || rowErrs.size > 0) continue;
    seen.set(item.key, item.row);
    if (await importer.exists(tx, actor, item.input)) skipped++;
    else fresh.push(item);
  }
  if (errors.length > 0) return { ok: false, errors };
  const ids: string[] = [];
  if (!dryRun) {
    for (const item of fresh) ids.push((await importer.insert(tx, actor, item)).id);
    await auditRepo.insert(tx, { actor, action: 'import.completed', entity: 'import', entityId: kind, after: { rows: rows.length, created: ids.length, skipped } });
  }
  return { ok: true, result: { kind, dryRun, rows: rows.length, created: dryRun ? fresh.length : ids.length, skipped, ids } };
}

export function importsService(db: Db, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
  return {
    /** The template workbook of a kind in one language: header row, drop-downs of labels and instructions. */
    template: (actor: Actor, kind: ImportKind, language: ImportLanguage = 'vi'): Promise<Buffer> => {
      if (!can.run(actor)) throw forbidden();
      return buildTemplate(kind, language);
    },

    /**
     * Imports the rows of a template workbook in one transaction: any invalid row imports nothing and the outcome
     * lists every problem by row and column; rows already present (same title and date) are skipped.
     */
    run: async (actor: Actor, kind: ImportKind, file: Buffer, dryRun: boolean, language: ImportLanguage = 'vi'): Promise<ImportOutcome> => {
      if (!can.run(actor)) throw forbidden();
      assertWorkbook(file);
      const rows = await readRows(kind, file, limits, language);
      if (rows.length === 0) return { ok: false, errors: [{ row: 2, field: IMPORT_COLUMNS[kind][0]!.key, code: 'no_rows', message: 'The sheet has no data rows' }] };
      return db.transaction((tx) =>
        kind === 'engagements' ? importRows(tx, actor, kind, rows, IMPORTERS.engagements, dryRun, language) : importRows(tx, actor, kind, rows, IMPORTERS.agreements, dryRun, language),
      );
    },
  };
}
