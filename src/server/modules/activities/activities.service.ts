import {
  activityIssues,
  type Activity,
  type ActivityFilterQuery,
  type ActivityInput,
  type ActivityListQuery,
  type ActivitySummary,
  type ActivitySummaryQuery,
  type ActivityUpdate,
  type FormalismReport,
  type FormalismQuery,
} from '../../../shared/schemas/activities.js';
import type { UnitRef } from '../../../shared/schemas/engagements.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { isWithin, todayIso, toIso } from '../../lib/dates.js';
import { DomainError, forbidden, invalidField, notFound, readableReference, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { findReadable as findReadableAgreement } from '../agreements/agreements.service.js';
import { findReadableCommitment } from '../commitments/commitments.service.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { createdByOf, requireCountries, requireUnits, toUnitRef, unitRefs } from '../engagements/engagements.refs.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { requirePartners, toPartnerRef } from '../partners/partners.service.js';
import { outcomesPolicy } from '../outcomes/outcomes.policy.js';
import { lockedError, locksOf } from '../periods/period-locks.js';
import { findReadableSupportRequest } from '../support-requests/support-requests.service.js';
import { findReadableTask } from '../tasks/tasks.service.js';
import { activitiesPolicy as can } from './activities.policy.js';
import { activitiesRepo, LINK_FIELDS, type ActivityFilter, type ActivityRow, type LinkField } from './activities.repo.js';
import { unitsInView } from '../org-units/unit-view.js';

export interface ServiceOptions {
  /** The clock; tests move it to check the formalism flag. */
  now?: () => Date;
}

/** Throws `invalid` with every failing field when the issue map is not empty. */
export function throwIssues(issues: Record<string, string>) {
  const messages = Object.values(issues);
  if (messages.length > 0) throw new DomainError('invalid', messages.join('; '), issues);
}

/**
 * Resolves the query's units into the filter: in the mapped view a current unit also selects the units it
 * succeeded, so the activities of the 63 former provinces roll up to the 34 of today.
 */
export async function resolveFilter(ex: Executor, actor: Actor, query: Partial<ActivityFilterQuery>, today: string): Promise<ActivityFilter> {
  const unitsOf = (id: string | undefined) => unitsInView(ex, id, query.view);
  return {
    scope: await readScope(ex, actor),
    today,
    q: query.q,
    type: query.type,
    from: query.from,
    to: query.to,
    countryCode: query.countryCode,
    flagged: query.flagged,
    region: query.region,
    sector: query.sector,
    unitType: query.unitType,
    supportsProvinces: query.supportsProvinces,
    excludeDemo: query.excludeDemo,
    unitIds: await unitsOf(query.unitId),
    provinceIds: await unitsOf(query.province),
  };
}

/** The current unit each unit rolls up to on `day` (itself while still valid), for the mapped view. */
export async function currentUnitMap(ex: Executor, unitIds: string[], day: string): Promise<Map<string, UnitRef>> {
  const map = new Map<string, UnitRef>();
  for (const row of await orgUnitsRepo.findByIds(ex, [...new Set(unitIds)])) {
    const current = isWithin(day, row.validFrom, row.validTo) ? undefined : (await orgUnitsRepo.currentUnitsOf(ex, row.id, day))[0];
    map.set(row.id, current ? { id: current.id, code: current.code, name: { vi: current.name_vi, en: current.name_en }, type: row.type as UnitRef['type'] } : toUnitRef(row));
  }
  return map;
}

type ComputedRow = { activity: ActivityRow; noResultRecorded: boolean; outcomeCount: number };

/** Builds the DTOs of a page of activities with their units, provinces, partners and outputs, in a few queries. */
async function present(ex: Executor, actor: Actor, rows: ComputedRow[], mapped: boolean, today: string): Promise<Activity[]> {
  const ids = rows.map((row) => row.activity.id);
  const [provinceLinks, partnerLinks, outputs, scope] = await Promise.all([
    activitiesRepo.provinceIdsOf(ex, ids),
    activitiesRepo.partnersOf(ex, ids),
    activitiesRepo.outputsOf(ex, ids),
    writeScope(ex, actor),
  ]);
  // The same units and days `remove` checks: the reporting unit and supported provinces, on the start and end days.
  const locks = await locksOf(
    ex,
    rows.map(({ activity: a }) => ({ unitIds: [a.unitId, ...provinceLinks.filter((link) => link.activityId === a.id).map((link) => link.unitId)], days: [a.startDate, a.endDate] })),
  );
  const reporting = rows.map((row) => row.activity.unitId);
  const units = await unitRefs(ex, [...reporting, ...provinceLinks.map((link) => link.unitId)]);
  const current = mapped ? await currentUnitMap(ex, reporting, today) : undefined;
  return rows.map(({ activity: a, noResultRecorded, outcomeCount }, index) => {
    const lock = locks[index] ?? null;
    return {
      id: a.id,
      unit: units.get(a.unitId)!,
      currentUnit: current?.get(a.unitId) ?? null,
      type: a.type as Activity['type'],
      title: a.title,
      description: a.description,
      startDate: a.startDate,
      endDate: a.endDate,
      countryCode: a.countryCode,
      place: a.place,
      partners: partnerLinks.filter((link) => link.activityId === a.id).map((link) => toPartnerRef(link.partner)),
      sectors: a.sectors,
      provinces: provinceLinks.filter((link) => link.activityId === a.id).map((link) => units.get(link.unitId)!),
      cost: a.cost,
      costCurrency: a.costCurrency,
      engagementId: a.engagementId,
      agreementId: a.agreementId,
      commitmentId: a.commitmentId,
      taskId: a.taskId,
      supportRequestId: a.supportRequestId,
      outputs: outputs.filter((o) => o.activityId === a.id).map((o) => ({ id: o.id, kind: o.kind as Activity['outputs'][number]['kind'], quantity: o.quantity, note: o.note })),
      outcomeCount,
      noResultRecorded,
      locked: lock !== null,
      lockedBy: lock,
      version: a.version,
      createdAt: toIso(a.createdAt)!,
      updatedAt: toIso(a.updatedAt)!,
      abilities: {
        update: can.update(actor, scope, a, lock !== null),
        delete: can.delete(actor, scope, a, lock !== null),
        addOutcome: outcomesPolicy.write(actor, scope, a, lock !== null),
      },
    };
  });
}

/** The units whose reports an activity belongs to: the reporting unit and the provinces it supported. */
export async function unitsOfActivity(ex: Executor, row: Pick<ActivityRow, 'id' | 'unitId'>): Promise<string[]> {
  return [row.unitId, ...(await activitiesRepo.provinceIdsOf(ex, [row.id])).map((link) => link.unitId)];
}

/** Refuses a change on any of the days when one of the units' reports for that period is approved. */
export async function assertActivityUnlocked(ex: Executor, unitIds: string[], days: string[]) {
  const [lock] = await locksOf(ex, [{ unitIds: [...new Set(unitIds)], days: [...new Set(days)] }]);
  if (lock) throw lockedError(lock);
}

/** Readable: the activity, or `not_found` when absent or outside the actor's units (ids do not leak). */
export async function findReadableActivity(ex: Executor, actor: Actor, id: string, forUpdate = false): Promise<ActivityRow> {
  if (!can.read(actor)) throw forbidden();
  const row = forUpdate ? await activitiesRepo.findByIdForUpdate(ex, id) : await activitiesRepo.findById(ex, id);
  if (!row || !inScope(await readScope(ex, actor), await unitsOfActivity(ex, row))) throw notFound('Activity');
  return row;
}

/** Writable: readable, and the actor edits the reporting unit (a supported province only reads it). Throws `forbidden`. */
export async function findWritableActivity(ex: Executor, actor: Actor, id: string): Promise<ActivityRow> {
  const row = await findReadableActivity(ex, actor, id, true);
  if (!can.write(actor, await writeScope(ex, actor), row)) throw forbidden('Only the reporting unit (or HQ) edits this activity');
  return row;
}

type References = Pick<ActivityInput, 'partnerIds' | 'provinceIds'> & { unitId: string; countryCode?: string | null } & Partial<Record<LinkField, string | null>>;

/**
 * Links to records addressed to units must be ones the actor reads: an activity answering another unit's request
 * would show in that request, and the answer would reveal the id exists. Engagements and agreements are sources
 * any unit may cite (as commitments do), so only their existence is checked.
 */
const LINK_READERS: Record<LinkField, (ex: Executor, actor: Actor, id: string) => Promise<unknown>> = {
  engagementId: findReadableEngagement,
  agreementId: findReadableAgreement,
  commitmentId: findReadableCommitment,
  taskId: findReadableTask,
  supportRequestId: findReadableSupportRequest,
};

/** Checks what an activity refers to; throws `invalid` naming the field (an unreadable link reads as unknown). */
async function checkReferences(ex: Executor, actor: Actor, input: References) {
  await requireUnits(ex, [input.unitId], 'unitId');
  const provinces = await requireUnits(ex, input.provinceIds, 'provinceIds');
  if ([...provinces.values()].some((unit) => unit.type !== 'province')) throw invalidField('provinceIds', 'Only provinces can be supported');
  if (input.countryCode) requireCountries([input.countryCode], 'countryCode');
  await requirePartners(ex, input.partnerIds);
  const [missing] = await activitiesRepo.missingLinks(ex, input);
  if (missing) throw invalidField(missing, 'The linked record does not exist');
  for (const [field, read] of Object.entries(LINK_READERS)) {
    const id = input[field as LinkField];
    if (id) await readableReference(() => read(ex, actor, id), field, 'The linked record does not exist');
  }
}

const pickLinks = (input: Partial<Record<LinkField, string | null>>) =>
  Object.fromEntries(LINK_FIELDS.map((field) => [field, input[field]])) as Partial<Record<LinkField, string | null>>;

export function activitiesService(db: Db, { now = () => new Date() }: ServiceOptions = {}) {
  const today = () => todayIso(now());
  const load = async (ex: Executor, actor: Actor, id: string) => (await present(ex, actor, await activitiesRepo.findComputed(ex, [id], today()), false, today()))[0]!;

  return {
    /** Activities the actor reaches: all for HQ and leadership, else their lineage's and those supporting them. */
    list: async (actor: Actor, query: ActivityListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const day = today();
      const { rows, total } = await activitiesRepo.list(db, { ...(await resolveFilter(db, actor, query, day)), sort: query.sort, page: query.page, pageSize: query.pageSize });
      return { items: await present(db, actor, rows, query.view === 'mapped', day), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await findReadableActivity(db, actor, id);
      return load(db, actor, id);
    },

    /** Counts per unit, type or country with the list's filters; in the mapped view former units add to their successors. */
    summary: async (actor: Actor, query: ActivitySummaryQuery): Promise<ActivitySummary> => {
      if (!can.read(actor)) throw forbidden();
      const day = today();
      const rows = await activitiesRepo.countBy(db, await resolveFilter(db, actor, query, day), query.groupBy);
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      if (query.groupBy !== 'unit') return { groupBy: query.groupBy, view: query.view, total, buckets: rows.map((row) => ({ key: row.key, unit: null, count: row.count })) };
      const units = query.view === 'mapped' ? await currentUnitMap(db, rows.map((row) => row.key!), day) : await unitRefs(db, rows.map((row) => row.key!));
      const buckets = new Map<string, ActivitySummary['buckets'][number]>();
      for (const row of rows) {
        const unit = units.get(row.key!)!;
        const bucket = buckets.get(unit.id) ?? { key: unit.id, unit, count: 0 };
        bucket.count += row.count;
        buckets.set(unit.id, bucket);
      }
      return { groupBy: 'unit', view: query.view, total, buckets: [...buckets.values()].sort((a, b) => b.count - a.count || a.unit!.name.vi.localeCompare(b.unit!.name.vi, 'vi')) };
    },

    /** Per unit, the share of activities with no result 30 days after their end (HQ). */
    formalism: async (actor: Actor, query: FormalismQuery): Promise<FormalismReport> => {
      if (!can.formalism(actor)) throw forbidden();
      const day = today();
      const rows = await activitiesRepo.formalismByUnit(db, await resolveFilter(db, actor, query, day));
      const units = query.view === 'mapped' ? await currentUnitMap(db, rows.map((row) => row.unitId), day) : await unitRefs(db, rows.map((row) => row.unitId));
      const byUnit = new Map<string, { unit: UnitRef; total: number; flagged: number }>();
      for (const row of rows) {
        const unit = units.get(row.unitId)!;
        const entry = byUnit.get(unit.id) ?? { unit, total: 0, flagged: 0 };
        entry.total += row.total;
        entry.flagged += row.flagged;
        byUnit.set(unit.id, entry);
      }
      const report = [...byUnit.values()].map((entry) => ({ ...entry, share: entry.total === 0 ? 0 : Math.round((entry.flagged / entry.total) * 1000) / 1000 }));
      return { view: query.view, units: report.sort((a, b) => b.share - a.share || b.flagged - a.flagged || a.unit.name.vi.localeCompare(b.unit.name.vi, 'vi')) };
    },

    /** Records an activity of the actor's unit (HQ: of any unit) with its outputs. Throws `forbidden`, `invalid`, `rule_violated` (locked period). */
    create: (actor: Actor, input: ActivityInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        const unitId = input.unitId ?? actor.unitId;
        if (!unitId) throw invalidField('unitId', 'Choose the reporting unit');
        if (!inScope(await writeScope(tx, actor), [unitId])) throw forbidden('You can report activities of your own unit only');
        const partnerIds = [...new Set(input.partnerIds)];
        const provinceIds = [...new Set(input.provinceIds)];
        await checkReferences(tx, actor, { ...input, unitId, partnerIds, provinceIds });
        await assertActivityUnlocked(tx, [unitId, ...provinceIds], [input.startDate, input.endDate]);
        const row = await activitiesRepo.insert(tx, {
          unitId,
          type: input.type,
          title: input.title,
          description: input.description ?? null,
          startDate: input.startDate,
          endDate: input.endDate,
          countryCode: input.countryCode ?? null,
          place: input.place ?? null,
          sectors: [...new Set(input.sectors)],
          cost: input.cost ?? null,
          costCurrency: input.costCurrency ?? null,
          ...pickLinks(input),
          createdBy: createdByOf(actor),
        });
        const outputs = input.outputs.map((o) => ({ kind: o.kind, quantity: o.quantity, note: o.note ?? null }));
        await activitiesRepo.setPartners(tx, row.id, partnerIds);
        await activitiesRepo.setProvinces(tx, row.id, provinceIds);
        await activitiesRepo.setOutputs(tx, row.id, outputs);
        await auditRepo.insert(tx, { actor, action: 'activity.created', entity: 'activity', entityId: row.id, after: { ...row, partnerIds, provinceIds, outputs } });
        return load(tx, actor, row.id);
      }),

    /** Edits an activity of the actor's unit; lists sent replace the stored ones. Throws `conflict` when stale, `rule_violated` when locked. */
    update: (actor: Actor, id: string, input: ActivityUpdate) =>
      db.transaction(async (tx) => {
        const before = await findWritableActivity(tx, actor, id);
        if (before.version !== input.version) throw staleVersion('This activity');
        const beforeProvinceIds = (await activitiesRepo.provinceIdsOf(tx, [id])).map((link) => link.unitId);
        const beforePartnerIds = (await activitiesRepo.partnersOf(tx, [id])).map((link) => link.partner.id);
        const beforeOutputs = (await activitiesRepo.outputsOf(tx, [id])).map(({ kind, quantity, note }) => ({ kind, quantity, note }));
        const merged = {
          startDate: input.startDate ?? before.startDate,
          endDate: input.endDate ?? before.endDate,
          cost: input.cost === undefined ? before.cost : input.cost,
          costCurrency: input.costCurrency === undefined ? before.costCurrency : input.costCurrency,
          countryCode: input.countryCode === undefined ? before.countryCode : input.countryCode,
          provinceIds: [...new Set(input.provinceIds ?? beforeProvinceIds)],
          partnerIds: [...new Set(input.partnerIds ?? beforePartnerIds)],
        };
        throwIssues(activityIssues(merged));
        // Only new links are checked: one HQ made to a record the unit does not read may stay.
        const newLinks = Object.fromEntries(Object.entries(pickLinks(input)).filter(([field, id]) => id !== before[field as LinkField]));
        await checkReferences(tx, actor, { ...merged, unitId: before.unitId, ...newLinks });
        // Both the old and the new days and units: moving a record out of (or into) a locked period is a change to it.
        await assertActivityUnlocked(tx, [before.unitId, ...beforeProvinceIds, ...merged.provinceIds], [before.startDate, before.endDate, merged.startDate, merged.endDate]);
        const after = await activitiesRepo.update(tx, id, input.version, {
          type: input.type,
          title: input.title,
          description: input.description,
          startDate: input.startDate,
          endDate: input.endDate,
          countryCode: input.countryCode,
          place: input.place,
          sectors: input.sectors ? [...new Set(input.sectors)] : undefined,
          cost: input.cost,
          costCurrency: input.costCurrency,
          ...pickLinks(input),
        });
        if (!after) throw staleVersion('This activity');
        const outputs = input.outputs?.map((o) => ({ kind: o.kind, quantity: o.quantity, note: o.note ?? null })) ?? beforeOutputs;
        if (input.provinceIds) await activitiesRepo.setProvinces(tx, id, merged.provinceIds);
        if (input.partnerIds) await activitiesRepo.setPartners(tx, id, merged.partnerIds);
        if (input.outputs) await activitiesRepo.setOutputs(tx, id, outputs);
        await auditRepo.insert(tx, {
          actor,
          action: 'activity.updated',
          entity: 'activity',
          entityId: id,
          ...changedFields(
            { ...before, provinceIds: beforeProvinceIds, partnerIds: beforePartnerIds, outputs: beforeOutputs },
            { ...after, provinceIds: merged.provinceIds, partnerIds: merged.partnerIds, outputs },
          ),
        });
        return load(tx, actor, id);
      }),

    /** Deletes an activity with its outputs and outcomes. Throws `conflict` when stale, `rule_violated` when locked. */
    remove: (actor: Actor, id: string, version: number) =>
      db.transaction(async (tx) => {
        const before = await findWritableActivity(tx, actor, id);
        if (before.version !== version) throw staleVersion('This activity');
        await assertActivityUnlocked(tx, await unitsOfActivity(tx, before), [before.startDate, before.endDate]);
        if (!(await activitiesRepo.delete(tx, id, version))) throw staleVersion('This activity');
        await auditRepo.insert(tx, { actor, action: 'activity.deleted', entity: 'activity', entityId: id, before });
      }),
  };
}
