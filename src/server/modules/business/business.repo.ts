import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { BusinessOutcomeListQuery } from '../../../shared/schemas/business.js';
import type { Executor } from '../../db/client.js';
import { activities, confirmationTokens, orgUnits, outcomes } from '../../db/schema/index.js';
import { pageOffset } from '../../db/search.js';

/** The outcome has a confirmation link that was neither used nor replaced, and has not expired. */
const pendingLink = sql`EXISTS (SELECT 1 FROM ${confirmationTokens} WHERE ${confirmationTokens.outcomeId} = ${outcomes.id} AND ${confirmationTokens.usedAt} IS NULL AND ${confirmationTokens.revokedAt} IS NULL AND ${confirmationTokens.expiresAt} > now())`;

export const businessRepo = {
  /** Outcomes attributed to a company, newest activity first, with whether a confirmation link waits for its answer. */
  outcomesOf: async (ex: Executor, partnerId: string, query: BusinessOutcomeListQuery) => {
    const conditions = and(
      eq(outcomes.businessPartnerId, partnerId),
      query.confirmationStatus ? eq(outcomes.confirmationStatus, query.confirmationStatus) : undefined,
      query.pending === undefined ? undefined : query.pending ? pendingLink : sql`NOT ${pendingLink}`,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ outcome: outcomes, activity: activities, unitNameVi: orgUnits.nameVi, unitNameEn: orgUnits.nameEn, pending: sql<boolean>`${pendingLink}` })
        .from(outcomes)
        .innerJoin(activities, eq(activities.id, outcomes.activityId))
        .innerJoin(orgUnits, eq(orgUnits.id, activities.unitId))
        .where(conditions)
        .orderBy(desc(activities.startDate), desc(outcomes.id))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(outcomes).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },
};
