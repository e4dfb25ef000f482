import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { SupportRequestListQuery } from '../../../shared/schemas/support-requests.js';
import type { Executor } from '../../db/client.js';
import { activities, orgUnits, partners, supportRequests } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';
import type { Parties } from './support-requests.policy.js';

export type SupportRequestRow = typeof supportRequests.$inferSelect;
type SupportRequestInsert = Omit<typeof supportRequests.$inferInsert, 'id'>;

const requesting = alias(orgUnits, 'requesting_unit');
const business = alias(partners, 'requesting_business');
const target = alias(orgUnits, 'target_unit');

const columns = { request: supportRequests, requesting, business: { id: business.id, nameVi: business.nameVi, nameEn: business.nameEn }, target };

export interface SupportRequestFilter extends Omit<SupportRequestListQuery, 'view'> {
  /** The unit filters resolved by the service (in the mapped view with the units they succeeded). */
  targetUnitIds?: string[];
  requestingUnitIds?: string[];
  /** The units whose requests the actor reads; a business user reads only its company's requests. */
  scope: UnitScope | { partnerId: string };
  /** Whom the actor speaks for, for `direction`. */
  own: Parties;
}

const inUnits = (column: AnyPgColumn, unitIds: string[]) => (unitIds.length === 0 ? sql`false` : inArray(column, unitIds));

export const supportRequestsRepo = {
  list: async (ex: Executor, f: SupportRequestFilter) => {
    const sent = f.own.partnerId ? eq(supportRequests.requestingPartnerId, f.own.partnerId) : inUnits(supportRequests.requestingUnitId, f.own.unitIds);
    const conditions = and(
      'partnerId' in f.scope
        ? eq(supportRequests.requestingPartnerId, f.scope.partnerId)
        : f.scope.all
          ? undefined
          : or(inUnits(supportRequests.requestingUnitId, f.scope.unitIds), inUnits(supportRequests.targetUnitId, f.scope.unitIds)),
      f.direction === 'sent' ? sent : undefined,
      f.direction === 'received' ? inUnits(supportRequests.targetUnitId, f.own.unitIds) : undefined,
      f.status ? eq(supportRequests.status, f.status) : undefined,
      f.targetUnitIds ? inUnits(supportRequests.targetUnitId, f.targetUnitIds) : undefined,
      f.requestingUnitIds ? inUnits(supportRequests.requestingUnitId, f.requestingUnitIds) : undefined,
      f.q ? matchesText(sql`${supportRequests.title} || ' ' || ${supportRequests.description}`, f.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select(columns)
        .from(supportRequests)
        .leftJoin(requesting, eq(requesting.id, supportRequests.requestingUnitId))
        .leftJoin(business, eq(business.id, supportRequests.requestingPartnerId))
        .innerJoin(target, eq(target.id, supportRequests.targetUnitId))
        .where(conditions)
        .orderBy(desc(supportRequests.createdAt), desc(supportRequests.id))
        .limit(f.pageSize)
        .offset(pageOffset(f.page, f.pageSize)),
      ex.select({ total: count() }).from(supportRequests).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) =>
    ex
      .select(columns)
      .from(supportRequests)
      .leftJoin(requesting, eq(requesting.id, supportRequests.requestingUnitId))
      .leftJoin(business, eq(business.id, supportRequests.requestingPartnerId))
      .innerJoin(target, eq(target.id, supportRequests.targetUnitId))
      .where(eq(supportRequests.id, id))
      .then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(supportRequests).where(eq(supportRequests.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: SupportRequestInsert) => ex.insert(supportRequests).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<SupportRequestInsert>) =>
    ex
      .update(supportRequests)
      .set({ ...values, version: sql`${supportRequests.version} + 1`, updatedAt: new Date() })
      .where(and(eq(supportRequests.id, id), eq(supportRequests.version, version)))
      .returning()
      .then(([row]) => row),

  /** Activities that name the request as their origin. */
  linkedActivities: (ex: Executor, id: string) =>
    ex
      .select({ id: activities.id, unitId: activities.unitId, type: activities.type, title: activities.title, startDate: activities.startDate, endDate: activities.endDate })
      .from(activities)
      .where(eq(activities.supportRequestId, id))
      .orderBy(asc(activities.startDate), asc(activities.id)),
};
