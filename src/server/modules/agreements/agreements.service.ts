import {
  AGREEMENT_TRANSITIONS,
  type Agreement,
  type AgreementDetail,
  type AgreementFilter,
  type AgreementInput,
  type AgreementListQuery,
  type AgreementPublication,
  type AgreementStats,
  type AgreementStatsQuery,
  type AgreementStatus,
  type AgreementStatusChange,
  type AgreementUpdate,
} from '../../../shared/schemas/agreements.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { DomainError, forbidden, invalidField, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { createdByOf, requireUnits, unitRefs } from '../engagements/engagements.refs.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { requirePartners, toPartnerRef } from '../partners/partners.service.js';
import { agreementsPolicy as can } from './agreements.policy.js';
import { agreementsRepo, type AgreementRow } from './agreements.repo.js';
import { unitsInView } from '../org-units/unit-view.js';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** The unit filters as ids: in the mapped view a unit also selects the units it succeeded, so totals match both ways. */
async function resolveUnits(ex: Executor, filter: Pick<AgreementFilter, 'unitId' | 'facilitatedBy' | 'view'>) {
  return { unitIds: await unitsInView(ex, filter.unitId, filter.view), facilitatorIds: await unitsInView(ex, filter.facilitatedBy, filter.view) };
}

/** Builds the DTOs of a page of agreements with their parties, in two queries. */
async function present(ex: Executor, actor: Actor, rows: { agreement: AgreementRow; localInternational: boolean }[]): Promise<Agreement[]> {
  const [parties, scope] = await Promise.all([agreementsRepo.partiesOf(ex, rows.map((row) => row.agreement.id)), writeScope(ex, actor)]);
  const units = await unitRefs(ex, [
    ...rows.flatMap((row) => [row.agreement.ownerUnitId, ...row.agreement.facilitatingUnitIds]),
    ...parties.flatMap((party) => (party.unitId ? [party.unitId] : [])),
  ]);
  return rows.map(({ agreement: row, localInternational }) => {
    const own = parties.filter((party) => party.agreementId === row.id);
    const unitIds = [row.ownerUnitId, ...own.flatMap((party) => (party.unitId ? [party.unitId] : []))];
    const status = row.status as AgreementStatus;
    return {
      id: row.id,
      title: { vi: row.titleVi, en: row.titleEn },
      kind: row.kind as Agreement['kind'],
      status: row.status as Agreement['status'],
      signedDate: row.signedDate,
      signedPlace: row.signedPlace,
      inForceDate: row.inForceDate,
      expiryDate: row.expiryDate,
      renewal: row.renewal as Agreement['renewal'],
      engagementId: row.engagementId,
      fields: row.fields as Agreement['fields'],
      value: row.value,
      currency: row.currency,
      ownerUnit: units.get(row.ownerUnitId)!,
      units: own.flatMap((party) => (party.unitId ? [units.get(party.unitId)!] : [])),
      partners: own.flatMap((party) => (party.partner ? [toPartnerRef(party.partner)] : [])),
      localInternational,
      facilitatingUnits: row.facilitatingUnitIds.map((unitId) => units.get(unitId)!),
      demo: row.demo,
      summary: row.summary,
      publishedAt: toIso(row.publishedAt),
      version: row.version,
      createdAt: toIso(row.createdAt)!,
      updatedAt: toIso(row.updatedAt)!,
      abilities: { update: can.update(actor, scope, unitIds), changeStatus: can.changeStatus(actor, scope, unitIds, status), publish: can.publish(actor, status) },
    };
  });
}

async function unitsOf(ex: Executor, row: AgreementRow): Promise<string[]> {
  const parties = await agreementsRepo.partiesOf(ex, [row.id]);
  return [row.ownerUnitId, ...parties.flatMap((party) => (party.unitId ? [party.unitId] : []))];
}

type AgreementFacts = Pick<AgreementInput, 'signedDate' | 'expiryDate' | 'value' | 'currency' | 'unitIds' | 'partnerIds' | 'engagementId'> & {
  status: AgreementStatus;
  facilitatingUnitIds?: string[];
};

/** Checks an agreement's rules and references; throws `invalid` naming the field. */
export async function checkAgreement(ex: Executor, actor: Actor, facts: AgreementFacts) {
  if (facts.status !== 'negotiating' && !facts.signedDate) throw invalidField('signedDate', 'A signed agreement needs its signing date');
  if (facts.expiryDate && facts.signedDate && facts.expiryDate < facts.signedDate) throw invalidField('expiryDate', 'The expiry date cannot be before the signing date');
  if ((facts.value == null) !== (facts.currency == null)) throw invalidField('currency', 'Give both a value and its currency, or neither');
  if (facts.currency && !CURRENCIES.has(facts.currency)) throw invalidField('currency', `Unknown currency ${facts.currency}`);
  if (new Set(facts.unitIds).size + new Set(facts.partnerIds).size < 2) {
    throw invalidField(facts.partnerIds.length === 0 ? 'partnerIds' : 'unitIds', 'An agreement needs at least two parties: name the Vietnamese and foreign parties that sign it');
  }
  await requireUnits(ex, facts.unitIds, 'unitIds');
  await requirePartners(ex, facts.partnerIds);
  const facilitators = await requireUnits(ex, facts.facilitatingUnitIds ?? [], 'facilitatingUnitIds');
  if ([...facilitators.values()].some((unit) => unit.type !== 'mission')) throw invalidField('facilitatingUnitIds', 'Only missions abroad facilitate agreements');
  if (facts.engagementId) {
    await findReadableEngagement(ex, actor, facts.engagementId).catch((error: unknown) => {
      throw error instanceof DomainError && error.code === 'not_found' ? invalidField('engagementId', 'Unknown engagement') : error;
    });
  }
}

/** The owner: the one asked for (HQ may choose any; others only a unit they edit), else the actor's unit. */
export async function resolveOwner(ex: Executor, actor: Actor, ownerUnitId: string | undefined): Promise<string> {
  const owner = ownerUnitId ?? actor.unitId;
  if (!owner) throw invalidField('ownerUnitId', 'Choose the unit that owns this agreement');
  if (!can.chooseOwner(actor) && !inScope(await writeScope(ex, actor), [owner])) throw forbidden('You can record agreements for your own unit only');
  await requireUnits(ex, [owner], 'ownerUnitId');
  return owner;
}

export const initialStatus = (input: Pick<AgreementInput, 'status' | 'signedDate'>): AgreementStatus => input.status ?? (input.signedDate ? 'signed' : 'negotiating');

/** Inserts a checked agreement with its parties, first lifecycle event and audit row, in the caller's transaction. */
export async function insertAgreement(tx: Executor, actor: Actor, input: AgreementInput, ownerUnitId: string): Promise<AgreementRow> {
  return (await insertAgreements(tx, actor, [{ input, ownerUnitId }]))[0]!;
}

/** `insertAgreement` for many checked agreements at once (imports): multi-row statements, one audit row each. */
export async function insertAgreements(tx: Executor, actor: Actor, inputs: { input: AgreementInput; ownerUnitId: string }[]): Promise<AgreementRow[]> {
  const today = todayIso();
  const items = inputs.map(({ input, ownerUnitId }) => {
    const status = initialStatus(input);
    return {
      values: {
        titleVi: input.title.vi,
        titleEn: input.title.en,
        kind: input.kind,
        status,
        signedDate: input.signedDate ?? null,
        signedPlace: input.signedPlace ?? null,
        expiryDate: input.expiryDate ?? null,
        renewal: input.renewal,
        engagementId: input.engagementId ?? null,
        fields: [...new Set(input.fields)],
        value: input.value ?? null,
        currency: input.currency ?? null,
        ownerUnitId,
        summary: input.summary ?? null,
        facilitatingUnitIds: [...new Set(input.facilitatingUnitIds)],
        createdBy: createdByOf(actor),
      },
      unitIds: [...new Set(input.unitIds)],
      partnerIds: [...new Set(input.partnerIds)],
      event: { status, effectiveDate: input.signedDate ?? today, note: null, actorUserId: createdByOf(actor) },
    };
  });
  const rows = await agreementsRepo.insertMany(tx, items);
  await auditRepo.insertMany(
    tx,
    rows.map((row, i) => ({ actor, action: 'agreement.created', entity: 'agreement', entityId: row.id, after: { ...row, unitIds: items[i]!.unitIds, partnerIds: items[i]!.partnerIds } })),
  );
  return rows;
}

/** Which of these agreements the actor can read, asked in two queries whatever their number (imports). */
export async function readableAgreementIds(ex: Executor, actor: Actor, rows: AgreementRow[]): Promise<Set<string>> {
  if (!can.read(actor) || rows.length === 0) return new Set();
  const scope = await readScope(ex, actor);
  if (scope.all) return new Set(rows.map((row) => row.id));
  const parties = await agreementsRepo.partiesOf(ex, rows.map((row) => row.id));
  const unitsOfRow = (row: AgreementRow) => [row.ownerUnitId, ...parties.flatMap((party) => (party.agreementId === row.id && party.unitId ? [party.unitId] : []))];
  return new Set(rows.filter((row) => inScope(scope, unitsOfRow(row))).map((row) => row.id));
}

/** Readable: the agreement, or `not_found` when absent or outside the actor's units (ids do not leak). */
export async function findReadable(ex: Executor, actor: Actor, id: string) {
  if (!can.read(actor)) throw forbidden();
  const found = await agreementsRepo.findById(ex, id);
  if (!found || !inScope(await readScope(ex, actor), await unitsOf(ex, found.agreement))) throw notFound('Agreement');
  return found;
}

/** Locks the agreement for writing: readable, and the actor edits its owner or a party unit. */
async function findWritable(ex: Executor, actor: Actor, id: string, version: number) {
  await findReadable(ex, actor, id);
  const row = (await agreementsRepo.findByIdForUpdate(ex, id))!;
  const units = await unitsOf(ex, row);
  if (!can.update(actor, await writeScope(ex, actor), units)) throw forbidden('Only the owner or a party unit (or HQ) edits this agreement');
  if (row.version !== version) throw staleVersion('This agreement');
  return { row, units };
}

/** First day of the month after a yyyy-mm month: the exclusive end of that month. */
const nextMonthStart = (month: string) => {
  const [year, mon] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, mon!, 1)).toISOString().slice(0, 10);
};

/** A filter as list query parameters, so a bucket links straight to its records. */
const asQuery = (filter: AgreementFilter): Record<string, string> =>
  Object.fromEntries(Object.entries(filter).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));

export function agreementsService(db: Db) {
  const load = async (ex: Executor, actor: Actor, id: string): Promise<AgreementDetail> => {
    const found = (await agreementsRepo.findById(ex, id))!;
    const [agreement] = await present(ex, actor, [found]);
    const events = await agreementsRepo.eventsOf(ex, id);
    const units = await unitRefs(ex, events.flatMap((row) => (row.actorUnitId ? [row.actorUnitId] : [])));
    return {
      ...agreement!,
      events: events.map(({ event, actorName, actorUnitId }, index) => ({
        id: event.id,
        fromStatus: index > 0 ? (events[index - 1]!.event.status as AgreementStatus) : null,
        status: event.status as AgreementStatus,
        effectiveDate: event.effectiveDate,
        note: event.note,
        actorUserId: event.actorUserId,
        actor: event.actorUserId ? { id: event.actorUserId, name: actorName ?? '', unit: (actorUnitId && units.get(actorUnitId)) || null } : null,
        at: toIso(event.at)!,
      })),
    };
  };

  return {
    list: async (actor: Actor, query: AgreementListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await agreementsRepo.list(db, { ...query, ...(await resolveUnits(db, query)), scope: await readScope(db, actor) });
      return { items: await present(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await findReadable(db, actor, id);
      return load(db, actor, id);
    },

    /**
     * Counts of the agreements the actor reaches, by kind, field, partner, unit or month; each bucket carries the
     * list filter that yields exactly its records.
     */
    stats: async (actor: Actor, query: AgreementStatsQuery): Promise<AgreementStats> => {
      if (!can.read(actor)) throw forbidden();
      const { groupBy, ...filter } = query;
      const scoped = { ...filter, ...(await resolveUnits(db, filter)), scope: await readScope(db, actor) };
      const [total, counts] = await Promise.all([agreementsRepo.count(db, scoped), agreementsRepo.countBy(db, scoped, groupBy)]);
      const keys = counts.map((bucket) => bucket.key);
      const labels = new Map<string, { vi: string; en: string }>();
      if (groupBy === 'partner') for (const row of await partnersRepo.findByIds(db, keys)) labels.set(row.id, { vi: row.nameVi, en: row.nameEn });
      if (groupBy === 'unit' || groupBy === 'facilitator') for (const [id, unit] of await unitRefs(db, keys)) labels.set(id, unit.name);
      const bucketFilter = (key: string): AgreementFilter => {
        switch (groupBy) {
          case 'kind':
            return { ...filter, kind: key as AgreementFilter['kind'] };
          case 'field':
            return { ...filter, field: key as AgreementFilter['field'] };
          case 'partner':
            return { ...filter, partnerId: key };
          case 'unit':
            return { ...filter, unitId: key };
          case 'facilitator':
            return { ...filter, facilitatedBy: key };
          case 'region':
            return { ...filter, region: key as AgreementFilter['region'] };
          case 'month': {
            const from = `${key}-01`;
            const to = nextMonthStart(key);
            return { ...filter, from: filter.from && filter.from > from ? filter.from : from, to: filter.to && filter.to < to ? filter.to : to };
          }
        }
      };
      return {
        groupBy,
        total,
        filter: asQuery(filter),
        buckets: counts.map(({ key, count }) => ({ key, label: labels.get(key) ?? null, count, filter: asQuery(bucketFilter(key)) })),
      };
    },

    /** Records an agreement owned by the actor's unit (or the unit HQ chooses). Throws `forbidden`, `invalid`. */
    create: (actor: Actor, input: AgreementInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        const ownerUnitId = await resolveOwner(tx, actor, input.ownerUnitId);
        await checkAgreement(tx, actor, { ...input, status: initialStatus(input) });
        const row = await insertAgreement(tx, actor, input, ownerUnitId);
        return load(tx, actor, row.id);
      }),

    /** Edits an agreement's details and parties; the status moves only through `changeStatus`. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: AgreementUpdate) =>
      db.transaction(async (tx) => {
        const { row: before } = await findWritable(tx, actor, id, input.version);
        const parties = await agreementsRepo.partiesOf(tx, [id]);
        const beforeUnitIds = parties.flatMap((party) => (party.unitId ? [party.unitId] : []));
        const beforePartnerIds = parties.flatMap((party) => (party.partner ? [party.partner.id] : []));
        const pick = <K extends keyof AgreementUpdate & keyof AgreementRow>(key: K) => (input[key] === undefined ? before[key] : input[key]);
        const unitIds = [...new Set(input.unitIds ?? beforeUnitIds)];
        const partnerIds = [...new Set(input.partnerIds ?? beforePartnerIds)];
        const ownerUnitId = input.ownerUnitId && input.ownerUnitId !== before.ownerUnitId ? await resolveOwner(tx, actor, input.ownerUnitId) : before.ownerUnitId;
        await checkAgreement(tx, actor, {
          status: before.status as AgreementStatus,
          signedDate: pick('signedDate'),
          expiryDate: pick('expiryDate'),
          value: pick('value'),
          currency: pick('currency'),
          engagementId: input.engagementId,
          unitIds,
          partnerIds,
          facilitatingUnitIds: input.facilitatingUnitIds,
        });
        const after = await agreementsRepo.update(tx, id, input.version, {
          titleVi: input.title?.vi,
          titleEn: input.title?.en,
          kind: input.kind,
          signedDate: input.signedDate,
          signedPlace: input.signedPlace,
          expiryDate: input.expiryDate,
          renewal: input.renewal,
          engagementId: input.engagementId,
          fields: input.fields ? [...new Set(input.fields)] : undefined,
          value: input.value,
          currency: input.currency,
          ownerUnitId,
          summary: input.summary,
          facilitatingUnitIds: input.facilitatingUnitIds ? [...new Set(input.facilitatingUnitIds)] : undefined,
        });
        if (!after) throw staleVersion('This agreement');
        if (input.unitIds || input.partnerIds) await agreementsRepo.setParties(tx, id, unitIds, partnerIds);
        await auditRepo.insert(tx, {
          actor,
          action: 'agreement.updated',
          entity: 'agreement',
          entityId: id,
          ...changedFields({ ...before, unitIds: beforeUnitIds, partnerIds: beforePartnerIds }, { ...after, unitIds, partnerIds }),
        });
        return load(tx, actor, id);
      }),

    /** Moves the agreement one lifecycle step and appends the event. Throws `rule_violated` for a step not allowed. */
    changeStatus: (actor: Actor, id: string, input: AgreementStatusChange) =>
      db.transaction(async (tx) => {
        const { row: before } = await findWritable(tx, actor, id, input.version);
        const from = before.status as AgreementStatus;
        if (!AGREEMENT_TRANSITIONS[from].includes(input.status)) {
          const allowed = AGREEMENT_TRANSITIONS[from];
          throw ruleViolated(`An agreement cannot go from ${from} to ${input.status}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ` (${from} is final)`}`, { status: 'invalid_transition' });
        }
        if (before.signedDate && input.effectiveDate < before.signedDate) throw invalidField('effectiveDate', 'The date cannot be before the signing date');
        const after = await agreementsRepo.update(tx, id, input.version, {
          status: input.status,
          signedDate: input.status === 'signed' ? input.effectiveDate : undefined,
          inForceDate: input.status === 'in_force' && !before.inForceDate ? input.effectiveDate : undefined,
          expiryDate: input.status === 'expired' && !before.expiryDate ? input.effectiveDate : undefined,
        });
        if (!after) throw staleVersion('This agreement');
        await agreementsRepo.insertEvent(tx, { agreementId: id, status: input.status, effectiveDate: input.effectiveDate, note: input.note ?? null, actorUserId: createdByOf(actor) });
        await auditRepo.insert(tx, { actor, action: 'agreement.status_changed', entity: 'agreement', entityId: id, ...changedFields(before, after) });
        return load(tx, actor, id);
      }),

    /** Publishes a signed agreement on the open-data page, or withdraws it (HQ). */
    setPublication: (actor: Actor, id: string, input: AgreementPublication) =>
      db.transaction(async (tx) => {
        const { row: before } = await findWritable(tx, actor, id, input.version);
        if (!can.publish(actor, before.status as AgreementStatus)) {
          if (before.status === 'negotiating' && can.publish(actor, 'signed')) throw ruleViolated('Only a signed agreement can be published', { published: 'not_signed' });
          throw forbidden('HQ decides what the open-data page shows');
        }
        const after = await agreementsRepo.update(tx, id, input.version, { publishedAt: input.published ? (before.publishedAt ?? new Date()) : null });
        if (!after) throw staleVersion('This agreement');
        await auditRepo.insert(tx, { actor, action: input.published ? 'agreement.published' : 'agreement.withdrawn', entity: 'agreement', entityId: id, ...changedFields(before, after) });
        return load(tx, actor, id);
      }),
  };
}
