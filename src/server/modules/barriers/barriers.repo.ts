import { and, arrayContains, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { BarrierListQuery, BarrierMilestoneInput } from '../../../shared/schemas/barriers.js';
import type { Executor } from '../../db/client.js';
import { barrierBusinesses, barrierMilestones, barrierProvinces, barriers, barrierStatusChanges, commitments, orgUnits, partners, tasks, users } from '../../db/schema/index.js';
import { matchesText, pageOffset } from '../../db/search.js';
import { newId } from '../../lib/ids.js';
import type { UnitScope } from '../../policy/scope.js';
import { regionFilter } from '../regions/regions.repo.js';

export type BarrierRow = typeof barriers.$inferSelect;
type BarrierInsert = Omit<typeof barriers.$inferInsert, 'id'>;

/**
 * The one rule every read goes through: the barriers of the units in scope, and those affecting a province in
 * scope (a province follows what blocks its producers).
 */
export function readableBy(scope: UnitScope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.unitIds.length === 0) return sql`false`;
  return or(
    inArray(barriers.unitId, scope.unitIds),
    sql`EXISTS (SELECT 1 FROM ${barrierProvinces} WHERE ${barrierProvinces.barrierId} = ${barriers.id} AND ${inArray(barrierProvinces.unitId, scope.unitIds)})`,
  );
}

export type BarrierFilter = Omit<BarrierListQuery, 'page' | 'pageSize'> & { page: number; pageSize: number };

const columns = { barrier: barriers, unit: orgUnits };

export const barriersRepo = {
  list: async (ex: Executor, scope: UnitScope, f: BarrierFilter) => {
    const conditions = and(
      readableBy(scope),
      f.countryCode ? eq(barriers.countryCode, f.countryCode) : undefined,
      f.region ? regionFilter.country(barriers.countryCode, f.region) : undefined,
      f.sector ? arrayContains(barriers.sectors, [f.sector]) : undefined,
      f.status ? eq(barriers.status, f.status) : undefined,
      f.measureType ? eq(barriers.measureType, f.measureType) : undefined,
      f.priority ? eq(barriers.priority, f.priority) : undefined,
      f.unitId ? eq(barriers.unitId, f.unitId) : undefined,
      f.q ? matchesText(sql`${barriers.title} || ' ' || ${barriers.description}`, f.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select(columns)
        .from(barriers)
        .innerJoin(orgUnits, eq(orgUnits.id, barriers.unitId))
        .where(conditions)
        .orderBy(sql`CASE ${barriers.priority} WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`, desc(barriers.statusSince), desc(barriers.id))
        .limit(f.pageSize)
        .offset(pageOffset(f.page, f.pageSize)),
      ex.select({ total: count() }).from(barriers).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** The barrier when it is in scope, else undefined. */
  findReadable: (ex: Executor, scope: UnitScope, id: string) =>
    ex
      .select(columns)
      .from(barriers)
      .innerJoin(orgUnits, eq(orgUnits.id, barriers.unitId))
      .where(and(eq(barriers.id, id), readableBy(scope)))
      .then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(barriers).where(eq(barriers.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: BarrierInsert) => ex.insert(barriers).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<BarrierInsert>) =>
    ex
      .update(barriers)
      .set({ ...values, version: sql`${barriers.version} + 1`, updatedAt: new Date() })
      .where(and(eq(barriers.id, id), eq(barriers.version, version)))
      .returning()
      .then(([row]) => row),

  provinces: (ex: Executor, barrierId: string) =>
    ex
      .select({ unit: orgUnits })
      .from(barrierProvinces)
      .innerJoin(orgUnits, eq(orgUnits.id, barrierProvinces.unitId))
      .where(eq(barrierProvinces.barrierId, barrierId))
      .orderBy(asc(orgUnits.code))
      .then((rows) => rows.map((row) => row.unit)),

  businesses: (ex: Executor, barrierId: string) =>
    ex
      .select({ id: partners.id, nameVi: partners.nameVi, nameEn: partners.nameEn })
      .from(barrierBusinesses)
      .innerJoin(partners, eq(partners.id, barrierBusinesses.partnerId))
      .where(eq(barrierBusinesses.barrierId, barrierId))
      .orderBy(asc(partners.nameVi)),

  milestones: (ex: Executor, barrierId: string) =>
    ex
      .select({ milestone: barrierMilestones, commitmentTitle: commitments.title, taskTitle: tasks.title })
      .from(barrierMilestones)
      .leftJoin(commitments, eq(commitments.id, barrierMilestones.commitmentId))
      .leftJoin(tasks, eq(tasks.id, barrierMilestones.taskId))
      .where(eq(barrierMilestones.barrierId, barrierId))
      .orderBy(asc(barrierMilestones.position)),

  history: (ex: Executor, barrierId: string) =>
    ex
      .select({ change: barrierStatusChanges, by: users.name })
      .from(barrierStatusChanges)
      .leftJoin(users, eq(users.id, barrierStatusChanges.userId))
      .where(eq(barrierStatusChanges.barrierId, barrierId))
      .orderBy(asc(barrierStatusChanges.effectiveDate), asc(barrierStatusChanges.createdAt), asc(barrierStatusChanges.id)),

  /** Replaces the affected provinces. */
  setProvinces: async (ex: Executor, barrierId: string, unitIds: string[]) => {
    await ex.delete(barrierProvinces).where(eq(barrierProvinces.barrierId, barrierId));
    if (unitIds.length > 0) await ex.insert(barrierProvinces).values(unitIds.map((unitId) => ({ barrierId, unitId })));
  },

  /** Replaces the affected businesses. */
  setBusinesses: async (ex: Executor, barrierId: string, partnerIds: string[]) => {
    await ex.delete(barrierBusinesses).where(eq(barrierBusinesses.barrierId, barrierId));
    if (partnerIds.length > 0) await ex.insert(barrierBusinesses).values(partnerIds.map((partnerId) => ({ barrierId, partnerId })));
  },

  /** Replaces the action plan, in the order given. */
  setMilestones: async (ex: Executor, barrierId: string, milestones: BarrierMilestoneInput[]) => {
    await ex.delete(barrierMilestones).where(eq(barrierMilestones.barrierId, barrierId));
    if (milestones.length === 0) return;
    await ex.insert(barrierMilestones).values(
      milestones.map((m, position) => ({
        id: newId(),
        barrierId,
        position,
        title: m.title,
        dueDate: m.dueDate ?? null,
        doneOn: m.doneOn ?? null,
        commitmentId: m.commitmentId ?? null,
        taskId: m.taskId ?? null,
      })),
    );
  },

  insertStatusChange: (ex: Executor, values: { barrierId: string; status: string; effectiveDate: string; note: string | null; userId: string | null }) =>
    ex.insert(barrierStatusChanges).values({ ...values, id: newId() }).returning().then(([row]) => row!),
};
