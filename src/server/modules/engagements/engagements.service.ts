import type { Engagement, EngagementInput, EngagementListQuery, EngagementUpdate } from '../../../shared/schemas/engagements.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { toIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope } from '../../policy/scope.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { requirePartners, toPartnerRef } from '../partners/partners.service.js';
import { createdByOf, requireCountries, requireUnits, unitRefs } from './engagements.refs.js';
import { engagementsPolicy as can } from './engagements.policy.js';
import { engagementsRepo, type EngagementRow } from './engagements.repo.js';
import { unitsInView } from '../org-units/unit-view.js';

/**
 * The units whose editors edit an engagement: its lead and participating units, except for a conference, whose
 * attending missions and provinces read it but do not edit it (its lead unit and HQ do).
 */
const editingUnits = (row: EngagementRow, unitIds: string[]) => (row.type === 'conference' ? [row.leadUnitId] : unitIds);

/** Builds the DTOs of a page of engagements with their units and partners, in three queries. */
async function present(ex: Executor, actor: Actor, rows: EngagementRow[]): Promise<Engagement[]> {
  const ids = rows.map((row) => row.id);
  const [links, partnerLinks, scope] = await Promise.all([engagementsRepo.unitIdsOf(ex, ids), engagementsRepo.partnersOf(ex, ids), writeScope(ex, actor)]);
  const units = await unitRefs(ex, [...rows.map((row) => row.leadUnitId), ...links.map((link) => link.unitId)]);
  const unitIdsOf = (row: EngagementRow) => [row.leadUnitId, ...links.filter((link) => link.engagementId === row.id).map((link) => link.unitId)];
  return rows.map((row) => ({
    id: row.id,
    title: { vi: row.titleVi, en: row.titleEn },
    type: row.type as Engagement['type'],
    leader: { name: row.leaderName, level: row.leaderLevel as Engagement['leader']['level'] },
    startDate: row.startDate,
    endDate: row.endDate,
    countryCodes: row.countryCodes,
    partners: partnerLinks.filter((link) => link.engagementId === row.id).map((link) => toPartnerRef(link.partner)),
    leadUnit: units.get(row.leadUnitId)!,
    participatingUnits: links.filter((link) => link.engagementId === row.id).map((link) => units.get(link.unitId)!),
    sectors: row.sectors as Engagement['sectors'],
    summary: row.summary,
    missionsAttending: row.missionsAttending,
    provincesAttending: row.provincesAttending,
    demo: row.demo,
    version: row.version,
    createdAt: toIso(row.createdAt)!,
    updatedAt: toIso(row.updatedAt)!,
    abilities: { update: can.update(actor, scope, editingUnits(row, unitIdsOf(row))) },
  }));
}

/** The engagement's lead and participating units: whoever reaches one of them reaches the engagement. */
async function unitsOf(ex: Executor, row: EngagementRow): Promise<string[]> {
  return [row.leadUnitId, ...(await engagementsRepo.unitIdsOf(ex, [row.id])).map((link) => link.unitId)];
}

/** Checks an engagement's references; throws `invalid` naming the field. */
export async function checkEngagement(ex: Executor, input: Pick<EngagementInput, 'countryCodes' | 'partnerIds' | 'leadUnitId' | 'participatingUnitIds'>) {
  requireCountries(input.countryCodes);
  await requirePartners(ex, input.partnerIds);
  await requireUnits(ex, [input.leadUnitId], 'leadUnitId');
  await requireUnits(ex, input.participatingUnitIds, 'participatingUnitIds');
}

/** A unit editor may put only their own unit (or one it succeeded) in the lead. */
export async function checkLeadInScope(ex: Executor, actor: Actor, leadUnitId: string) {
  if (!inScope(await writeScope(ex, actor), [leadUnitId])) throw forbidden('You can record engagements led by your own unit only');
}

/** Inserts a checked engagement with its links and audit row, inside the caller's transaction. */
export async function insertEngagement(tx: Executor, actor: Actor, input: EngagementInput): Promise<EngagementRow> {
  return (await insertEngagements(tx, actor, [input]))[0]!;
}

/** `insertEngagement` for many checked engagements at once (imports): multi-row statements, one audit row each. */
export async function insertEngagements(tx: Executor, actor: Actor, inputs: EngagementInput[]): Promise<EngagementRow[]> {
  const items = inputs.map((input) => ({
    values: {
      titleVi: input.title.vi,
      titleEn: input.title.en,
      type: input.type,
      leaderName: input.leaderName,
      leaderLevel: input.leaderLevel,
      startDate: input.startDate,
      endDate: input.endDate,
      countryCodes: [...new Set(input.countryCodes)],
      leadUnitId: input.leadUnitId,
      summary: input.summary ?? null,
      sectors: [...new Set(input.sectors)],
      missionsAttending: input.missionsAttending ?? null,
      provincesAttending: input.provincesAttending ?? null,
      createdBy: createdByOf(actor),
    },
    unitIds: [...new Set(input.participatingUnitIds)].filter((id) => id !== input.leadUnitId),
    partnerIds: [...new Set(input.partnerIds)],
  }));
  const rows = await engagementsRepo.insertMany(tx, items);
  await auditRepo.insertMany(
    tx,
    rows.map((row, i) => ({ actor, action: 'engagement.created', entity: 'engagement', entityId: row.id, after: { ...row, participatingUnitIds: items[i]!.unitIds, partnerIds: items[i]!.partnerIds } })),
  );
  return rows;
}

/** Which of these engagements the actor can read, asked in two queries whatever their number (imports). */
export async function readableEngagementIds(ex: Executor, actor: Actor, rows: EngagementRow[]): Promise<Set<string>> {
  if (!can.read(actor) || rows.length === 0) return new Set();
  const scope = await readScope(ex, actor);
  if (scope.all) return new Set(rows.map((row) => row.id));
  const links = await engagementsRepo.unitIdsOf(ex, rows.map((row) => row.id));
  return new Set(rows.filter((row) => inScope(scope, [row.leadUnitId, ...links.filter((link) => link.engagementId === row.id).map((link) => link.unitId)])).map((row) => row.id));
}

/** Readable: the engagement, or `not_found` when absent or outside the actor's units (ids do not leak). */
export async function findReadableEngagement(ex: Executor, actor: Actor, id: string, forUpdate = false): Promise<EngagementRow> {
  if (!can.read(actor)) throw forbidden();
  const row = forUpdate ? await engagementsRepo.findByIdForUpdate(ex, id) : await engagementsRepo.findById(ex, id);
  if (!row || !inScope(await readScope(ex, actor), await unitsOf(ex, row))) throw notFound('Engagement');
  return row;
}

/** Writable: readable, and the actor edits one of its units (`forbidden` otherwise). */
export async function findWritableEngagement(ex: Executor, actor: Actor, id: string): Promise<EngagementRow> {
  const row = await findReadableEngagement(ex, actor, id, true);
  if (!can.update(actor, await writeScope(ex, actor), editingUnits(row, await unitsOf(ex, row)))) throw forbidden('Only the lead or a participating unit (or HQ) edits this engagement');
  return row;
}

export function engagementsService(db: Db) {
  const load = async (ex: Executor, actor: Actor, id: string) => (await present(ex, actor, [(await engagementsRepo.findById(ex, id))!]))[0]!;

  return {
    /** Engagements the actor reaches: all for HQ and leadership, else those of their unit's lineage. */
    list: async (actor: Actor, query: EngagementListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const unitIds = await unitsInView(db, query.unitId, query.view);
      const { rows, total } = await engagementsRepo.list(db, { ...query, unitIds, scope: await readScope(db, actor) });
      return { items: await present(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await findReadableEngagement(db, actor, id);
      return load(db, actor, id);
    },

    /** Records an engagement; a unit editor only one led by their unit. Throws `forbidden`, `invalid`. */
    create: (actor: Actor, input: EngagementInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        await checkLeadInScope(tx, actor, input.leadUnitId);
        await checkEngagement(tx, input);
        const row = await insertEngagement(tx, actor, input);
        return load(tx, actor, row.id);
      }),

    /** Edits an engagement of the actor's units; lists given replace the stored ones. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: EngagementUpdate) =>
      db.transaction(async (tx) => {
        const before = await findWritableEngagement(tx, actor, id);
        if (before.version !== input.version) throw staleVersion('This engagement');
        const beforeUnitIds = (await engagementsRepo.unitIdsOf(tx, [id])).map((link) => link.unitId);
        const beforePartnerIds = (await engagementsRepo.partnersOf(tx, [id])).map((link) => link.partner.id);
        const merged = {
          leadUnitId: input.leadUnitId ?? before.leadUnitId,
          participatingUnitIds: input.participatingUnitIds ?? beforeUnitIds,
          partnerIds: input.partnerIds ?? beforePartnerIds,
          countryCodes: input.countryCodes ?? before.countryCodes,
        };
        const startDate = input.startDate ?? before.startDate;
        const endDate = input.endDate ?? before.endDate;
        if (endDate < startDate) throw invalidField('endDate', 'The end date cannot be before the start date');
        if (input.leadUnitId && input.leadUnitId !== before.leadUnitId) await checkLeadInScope(tx, actor, input.leadUnitId);
        await checkEngagement(tx, merged);
        const participatingUnitIds = [...new Set(merged.participatingUnitIds)].filter((unitId) => unitId !== merged.leadUnitId);
        const partnerIds = [...new Set(merged.partnerIds)];
        const after = await engagementsRepo.update(tx, id, input.version, {
          titleVi: input.title?.vi,
          titleEn: input.title?.en,
          type: input.type,
          leaderName: input.leaderName,
          leaderLevel: input.leaderLevel,
          startDate: input.startDate,
          endDate: input.endDate,
          countryCodes: input.countryCodes ? [...new Set(input.countryCodes)] : undefined,
          leadUnitId: input.leadUnitId,
          summary: input.summary,
          sectors: input.sectors ? [...new Set(input.sectors)] : undefined,
          missionsAttending: input.missionsAttending,
          provincesAttending: input.provincesAttending,
        });
        if (!after) throw staleVersion('This engagement');
        if (input.participatingUnitIds || input.leadUnitId) await engagementsRepo.setUnits(tx, id, participatingUnitIds);
        if (input.partnerIds) await engagementsRepo.setPartners(tx, id, partnerIds);
        await auditRepo.insert(tx, {
          actor,
          action: 'engagement.updated',
          entity: 'engagement',
          entityId: id,
          ...changedFields({ ...before, participatingUnitIds: beforeUnitIds, partnerIds: beforePartnerIds }, { ...after, participatingUnitIds, partnerIds }),
        });
        return load(tx, actor, id);
      }),
  };
}
