import {
  BARRIER_TRANSITIONS,
  type Barrier,
  type BarrierInput,
  type BarrierListQuery,
  type BarrierMilestoneInput,
  type BarrierStatus,
  type BarrierStatusChangeInput,
  type BarrierSummary,
  type BarrierUpdate,
} from '../../../shared/schemas/barriers.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, readableReference, ruleViolated, staleVersion } from '../../lib/errors.js';
import { readScope, writeScope, inScope, type UnitScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { findReadableCommitment } from '../commitments/commitments.service.js';
import { isCountryCode } from '../countries/countries.service.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { toUnitRef } from '../periods/periods.service.js';
import { findReadableTask } from '../tasks/tasks.service.js';
import { barriersPolicy as can } from './barriers.policy.js';
import { barriersRepo, type BarrierRow } from './barriers.repo.js';

type Found = NonNullable<Awaited<ReturnType<typeof barriersRepo.findReadable>>>;

const toSummary = ({ barrier, unit }: Found): BarrierSummary => ({
  id: barrier.id,
  unit: toUnitRef(unit),
  title: barrier.title,
  countryCode: barrier.countryCode,
  sectors: barrier.sectors as BarrierSummary['sectors'],
  hsCodes: barrier.hsCodes,
  measureType: barrier.measureType as BarrierSummary['measureType'],
  valueAtStake: barrier.valueAtStake,
  currency: barrier.currency,
  priority: barrier.priority as BarrierSummary['priority'],
  status: barrier.status as BarrierStatus,
  statusSince: barrier.statusSince,
  demo: barrier.demo,
  version: barrier.version,
});

/** A barrier the actor reads, else `not_found`: another unit's barrier answers exactly like a missing one. */
export async function findReadableBarrier(ex: Executor, actor: Actor, id: string): Promise<Found> {
  if (!can.read(actor)) throw forbidden();
  const found = await barriersRepo.findReadable(ex, await readScope(ex, actor), id);
  if (!found) throw notFound('Barrier');
  return found;
}

const COMPANY_KINDS = ['vietnamese_company', 'foreign_company'];

/** Checks every id and code the input carries; an id the actor may not read answers like an unknown one. Throws `invalid`. */
async function checkReferences(ex: Executor, actor: Actor, input: Partial<Pick<BarrierInput, 'countryCode' | 'provinceUnitIds' | 'businessIds' | 'milestones'>>) {
  if (input.countryCode && !isCountryCode(input.countryCode)) throw invalidField('countryCode', `Unknown country code ${input.countryCode}`);
  if (input.provinceUnitIds?.length) {
    const found = await orgUnitsRepo.findByIds(ex, input.provinceUnitIds);
    const index = input.provinceUnitIds.findIndex((id) => found.find((unit) => unit.id === id)?.type !== 'province');
    if (index >= 0) throw invalidField(`provinceUnitIds.${index}`, 'Not a province');
  }
  if (input.businessIds?.length) {
    const found = await partnersRepo.findByIds(ex, input.businessIds);
    const index = input.businessIds.findIndex((id) => !COMPANY_KINDS.includes(found.find((partner) => partner.id === id)?.kind ?? ''));
    if (index >= 0) throw invalidField(`businessIds.${index}`, 'Not a company');
  }
  for (const [i, milestone] of (input.milestones ?? []).entries()) await checkMilestone(ex, actor, milestone, `milestones.${i}`);
}

async function checkMilestone(ex: Executor, actor: Actor, milestone: BarrierMilestoneInput, field: string) {
  if (milestone.commitmentId) await readableReference(() => findReadableCommitment(ex, actor, milestone.commitmentId!), `${field}.commitmentId`, 'Unknown commitment');
  if (milestone.taskId) await readableReference(() => findReadableTask(ex, actor, milestone.taskId!), `${field}.taskId`, 'Unknown task');
}

/** Market-access barriers: recorded and followed by missions (HQ all), with a dated, append-only status history. */
export function barriersService(db: Db) {
  async function detail(ex: Executor, actor: Actor, id: string): Promise<Barrier> {
    const found = await findReadableBarrier(ex, actor, id);
    const [provinces, businesses, milestones, history] = await Promise.all([
      barriersRepo.provinces(ex, id),
      barriersRepo.businesses(ex, id),
      barriersRepo.milestones(ex, id),
      barriersRepo.history(ex, id),
    ]);
    const editable = can.create(actor) && can.update(actor, await writeScope(ex, actor), found.barrier);
    return {
      ...toSummary(found),
      description: found.barrier.description,
      source: found.barrier.source,
      provinces: provinces.map(toUnitRef),
      businesses: businesses.map((b) => ({ id: b.id, name: { vi: b.nameVi, en: b.nameEn } })),
      milestones: milestones.map(({ milestone, commitmentTitle, taskTitle }) => ({
        id: milestone.id,
        title: milestone.title,
        dueDate: milestone.dueDate,
        doneOn: milestone.doneOn,
        commitment: milestone.commitmentId ? { id: milestone.commitmentId, title: commitmentTitle ?? '' } : null,
        task: milestone.taskId ? { id: milestone.taskId, title: taskTitle ?? '' } : null,
      })),
      history: history.map(({ change, by }) => ({
        id: change.id,
        status: change.status as BarrierStatus,
        effectiveDate: change.effectiveDate,
        note: change.note,
        by,
        createdAt: toIso(change.createdAt)!,
      })),
      createdAt: toIso(found.barrier.createdAt)!,
      updatedAt: toIso(found.barrier.updatedAt)!,
      abilities: { update: editable, changeStatus: editable },
    };
  }

  /** The row to change, when the actor edits it, at the version they read. Throws `not_found`, `forbidden`, `conflict`. */
  async function editable(tx: Executor, actor: Actor, id: string, version: number): Promise<{ before: BarrierRow; scope: UnitScope }> {
    await findReadableBarrier(tx, actor, id);
    const before = (await barriersRepo.findByIdForUpdate(tx, id))!;
    const scope = await writeScope(tx, actor);
    if (!can.update(actor, scope, before)) throw forbidden('Only the unit following this barrier, or HQ, changes it');
    if (before.version !== version) throw staleVersion('This barrier');
    return { before, scope };
  }

  return {
    /** The barriers the actor reads, filtered. */
    list: async (actor: Actor, query: BarrierListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await barriersRepo.list(db, await readScope(db, actor), { ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
      return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
    },

    get: (actor: Actor, id: string) => detail(db, actor, id),

    /** Records an open barrier for the actor's unit (HQ: any unit), its history starting on `since`. Throws `forbidden`, `invalid`. */
    create: (actor: Actor, input: BarrierInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden('Only a unit\'s editors record barriers');
        const unitId = input.unitId ?? actor.unitId;
        if (!unitId) throw invalidField('unitId', 'Choose the unit following the barrier');
        const unit = inScope(await writeScope(tx, actor), [unitId]) ? await orgUnitsRepo.findById(tx, unitId) : undefined;
        if (!unit) throw invalidField('unitId', 'Unknown unit');
        const since = input.since ?? todayIso();
        if (since > todayIso()) throw invalidField('since', 'A barrier is recorded once it has been met, not ahead');
        await checkReferences(tx, actor, input);
        const { unitId: _unit, since: _since, provinceUnitIds, businessIds, milestones, ...fields } = input;
        const row = await barriersRepo.insert(tx, {
          ...fields,
          valueAtStake: fields.valueAtStake ?? null,
          currency: fields.currency ?? null,
          source: fields.source ?? null,
          unitId,
          status: 'open',
          statusSince: since,
          createdBy: actor.userId,
        });
        await barriersRepo.setProvinces(tx, row.id, provinceUnitIds);
        await barriersRepo.setBusinesses(tx, row.id, businessIds);
        await barriersRepo.setMilestones(tx, row.id, milestones);
        await barriersRepo.insertStatusChange(tx, { barrierId: row.id, status: 'open', effectiveDate: since, note: null, userId: actor.userId });
        await auditRepo.insert(tx, { actor, action: 'barrier.created', entity: 'barrier', entityId: row.id, after: { ...row, provinceUnitIds, businessIds, milestones } });
        return detail(tx, actor, row.id);
      }),

    /** Edits a barrier of the actor's units (HQ: any); lists sent replace the lists. Throws `forbidden`, `invalid`, `conflict`. */
    update: (actor: Actor, id: string, input: BarrierUpdate) =>
      db.transaction(async (tx) => {
        const { before } = await editable(tx, actor, id, input.version);
        await checkReferences(tx, actor, input);
        const { version, provinceUnitIds, businessIds, milestones, ...values } = input;
        const after = await barriersRepo.update(tx, id, version, values);
        if (!after) throw staleVersion('This barrier');
        if (provinceUnitIds) await barriersRepo.setProvinces(tx, id, provinceUnitIds);
        if (businessIds) await barriersRepo.setBusinesses(tx, id, businessIds);
        if (milestones) await barriersRepo.setMilestones(tx, id, milestones);
        const lists = Object.fromEntries(Object.entries({ provinceUnitIds, businessIds, milestones }).filter(([, value]) => value !== undefined));
        const changed = changedFields(before, after);
        await auditRepo.insert(tx, { actor, action: 'barrier.updated', entity: 'barrier', entityId: id, before: changed.before, after: { ...changed.after, ...lists } });
        return detail(tx, actor, id);
      }),

    /**
     * Moves the status (open ⇄ partly resolved → resolved, a resolved barrier reopens), adding a dated entry with its
     * note to the history. Throws `forbidden`, `invalid` (a future date), `rule_violated` (a move the status does not
     * allow, a date before the last change), `conflict`.
     */
    changeStatus: (actor: Actor, id: string, input: BarrierStatusChangeInput) =>
      db.transaction(async (tx) => {
        const { before } = await editable(tx, actor, id, input.version);
        const from = before.status as BarrierStatus;
        if (!BARRIER_TRANSITIONS[from].includes(input.status)) {
          throw ruleViolated(`A barrier that is ${from} cannot become ${input.status}`, { status: `Allowed from ${from}: ${BARRIER_TRANSITIONS[from].join(', ')}` });
        }
        if (input.effectiveDate > todayIso()) throw invalidField('effectiveDate', 'The date a status took effect cannot be in the future');
        if (input.effectiveDate < before.statusSince) {
          throw ruleViolated('The new status cannot take effect before the current one', { effectiveDate: `Not before ${before.statusSince}` });
        }
        const after = (await barriersRepo.update(tx, id, input.version, { status: input.status, statusSince: input.effectiveDate }))!;
        const change = await barriersRepo.insertStatusChange(tx, { barrierId: id, status: input.status, effectiveDate: input.effectiveDate, note: input.note, userId: actor.userId });
        await auditRepo.insert(tx, { actor, action: 'barrier.status_changed', entity: 'barrier', entityId: id, before: { status: from, statusSince: before.statusSince }, after: { status: after.status, statusSince: after.statusSince, note: change.note } });
        return detail(tx, actor, id);
      }),
  };
}
