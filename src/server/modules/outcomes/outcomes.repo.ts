import { and, asc, count, desc, eq, inArray, isNull, lte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { insertManyReturning } from '../../db/bulk.js';
import type { Executor } from '../../db/client.js';
import { activities, confirmationTokens, orgUnits, outboxEmails, outcomes } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import { activityConditions, type ActivityFilter } from '../activities/activities.repo.js';

export type OutcomeRow = typeof outcomes.$inferSelect;
export type OutcomeInsert = Omit<typeof outcomes.$inferInsert, 'id'>;
export type TokenRow = typeof confirmationTokens.$inferSelect;

export interface OutcomeFilter extends ActivityFilter {
  activityId?: string;
  kind?: string;
  currency?: string;
  confirmationStatus?: string;
  /** Only outcomes the business confirmed or corrected. */
  confirmedOnly?: boolean;
  /** Only outcomes that count in totals: a denied outcome never does. */
  counted?: boolean;
}

const searchable = sql`${activities.title} || ' ' || coalesce(${outcomes.product}, '') || ' ' || coalesce(${outcomes.businessName}, '') || ' ' || coalesce(${outcomes.counterpart}, '')`;

export const CONFIRMED = ['confirmed', 'corrected'];

const outcomeConditions = (f: OutcomeFilter): SQL | undefined =>
  and(
    activityConditions({ ...f, q: undefined }),
    f.q ? matchesText(searchable, f.q) : undefined,
    f.activityId ? eq(outcomes.activityId, f.activityId) : undefined,
    f.kind ? eq(outcomes.kind, f.kind) : undefined,
    f.currency ? eq(outcomes.currency, f.currency) : undefined,
    f.confirmationStatus ? eq(outcomes.confirmationStatus, f.confirmationStatus) : undefined,
    f.confirmedOnly ? inArray(outcomes.confirmationStatus, CONFIRMED) : undefined,
    f.counted ? ne(outcomes.confirmationStatus, 'denied') : undefined,
    // The activity's flag is checked by activityConditions; an outcome carries its own.
    f.excludeDemo ? eq(outcomes.demo, false) : undefined,
  );

/** A corrected outcome counts with the figure the business gave. */
export const effective = (claimed: SQL | typeof outcomes.value | typeof outcomes.quantity, confirmed: typeof outcomes.confirmedValue | typeof outcomes.confirmedQuantity) =>
  sql`CASE WHEN ${outcomes.confirmationStatus} = 'corrected' AND ${confirmed} IS NOT NULL THEN ${confirmed} ELSE ${claimed} END`;

const activityColumns = { id: activities.id, title: activities.title, startDate: activities.startDate, endDate: activities.endDate, unitId: activities.unitId };

export const outcomesRepo = {
  list: async (ex: Executor, filter: OutcomeFilter & { page: number; pageSize: number }) => {
    const conditions = outcomeConditions(filter);
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ outcome: outcomes, activity: activityColumns })
        .from(outcomes)
        .innerJoin(activities, eq(activities.id, outcomes.activityId))
        .where(conditions)
        .orderBy(...phraseFirst(searchable, filter.q), desc(activities.startDate), desc(outcomes.createdAt), asc(outcomes.id))
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(outcomes).innerJoin(activities, eq(activities.id, outcomes.activityId)).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** Exact sums in SQL numeric, returned as decimal strings, per kind and currency; denied outcomes never count. */
  totals: (ex: Executor, filter: OutcomeFilter) =>
    ex
      .select({
        kind: outcomes.kind,
        currency: outcomes.currency,
        value: sql<string | null>`sum(${effective(outcomes.value, outcomes.confirmedValue)})::text`,
        quantity: sql<number | null>`sum(${effective(outcomes.quantity, outcomes.confirmedQuantity)})`.mapWith(Number),
        count: count(),
      })
      .from(outcomes)
      .innerJoin(activities, eq(activities.id, outcomes.activityId))
      .where(outcomeConditions({ ...filter, counted: true }))
      .groupBy(outcomes.kind, outcomes.currency)
      .orderBy(asc(outcomes.kind), asc(outcomes.currency)),

  findWithActivity: (ex: Executor, id: string) =>
    ex
      .select({ outcome: outcomes, activity: activityColumns })
      .from(outcomes)
      .innerJoin(activities, eq(activities.id, outcomes.activityId))
      .where(eq(outcomes.id, id))
      .then(([row]) => row),

  findById: (ex: Executor, id: string) => ex.select().from(outcomes).where(eq(outcomes.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(outcomes).where(eq(outcomes.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: OutcomeInsert) => ex.insert(outcomes).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  insertMany: (ex: Executor, values: OutcomeInsert[]) => insertManyReturning(ex, outcomes, values.map((value) => ({ ...value, id: newId() }))),

  update: (ex: Executor, id: string, version: number, values: Partial<OutcomeInsert>) =>
    ex
      .update(outcomes)
      .set({ ...values, version: sql`${outcomes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(outcomes.id, id), eq(outcomes.version, version)))
      .returning()
      .then(([row]) => row),

  delete: (ex: Executor, id: string, version: number) =>
    ex
      .delete(outcomes)
      .where(and(eq(outcomes.id, id), eq(outcomes.version, version)))
      .returning({ id: outcomes.id })
      .then((rows) => rows.length > 0),
};

export const confirmationTokensRepo = {
  insert: (ex: Executor, values: Omit<typeof confirmationTokens.$inferInsert, 'id'>) =>
    ex.insert(confirmationTokens).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  /** Per outcome, the latest link neither used nor revoked (it may have expired): when it was sent, until when it works. */
  latestOpenOf: (ex: Executor, outcomeIds: string[]) =>
    outcomeIds.length === 0
      ? Promise.resolve(new Map<string, { createdAt: Date; expiresAt: Date }>())
      : ex
          .selectDistinctOn([confirmationTokens.outcomeId], { outcomeId: confirmationTokens.outcomeId, createdAt: confirmationTokens.createdAt, expiresAt: confirmationTokens.expiresAt })
          .from(confirmationTokens)
          .where(and(inArray(confirmationTokens.outcomeId, outcomeIds), isNull(confirmationTokens.usedAt), isNull(confirmationTokens.revokedAt)))
          .orderBy(confirmationTokens.outcomeId, desc(confirmationTokens.createdAt))
          .then((rows) => new Map(rows.map((row) => [row.outcomeId, { createdAt: row.createdAt, expiresAt: row.expiresAt }]))),

  /** The outcome's latest link neither used nor revoked, with the link its e-mail carries (the token itself is never stored). */
  latestOpenWithLink: (ex: Executor, outcomeId: string) =>
    ex
      .select({ token: confirmationTokens, link: outboxEmails.link, emailSentAt: outboxEmails.sentAt })
      .from(confirmationTokens)
      .innerJoin(outboxEmails, eq(outboxEmails.id, confirmationTokens.outboxEmailId))
      .where(and(eq(confirmationTokens.outcomeId, outcomeId), isNull(confirmationTokens.usedAt), isNull(confirmationTokens.revokedAt)))
      .orderBy(desc(confirmationTokens.createdAt))
      .limit(1)
      .then(([row]) => row),

  /** Revokes the outcome's tokens still open, so only the newest link works. */
  revokeOpen: (ex: Executor, outcomeId: string, at: Date) =>
    ex
      .update(confirmationTokens)
      .set({ revokedAt: at })
      .where(and(eq(confirmationTokens.outcomeId, outcomeId), isNull(confirmationTokens.usedAt), isNull(confirmationTokens.revokedAt))),

  findByHashForUpdate: (ex: Executor, tokenHash: string) =>
    ex.select().from(confirmationTokens).where(eq(confirmationTokens.tokenHash, tokenHash)).for('update').then(([row]) => row),

  markUsed: (ex: Executor, id: string, at: Date) => ex.update(confirmationTokens).set({ usedAt: at }).where(eq(confirmationTokens.id, id)),

  /** What the business is asked about: the outcome, its activity and the reporting unit's name. */
  claimOf: (ex: Executor, outcomeId: string) =>
    ex
      .select({ outcome: outcomes, activity: activities, unitNameVi: orgUnits.nameVi, unitNameEn: orgUnits.nameEn })
      .from(outcomes)
      .innerJoin(activities, eq(activities.id, outcomes.activityId))
      .innerJoin(orgUnits, eq(orgUnits.id, activities.unitId))
      .where(eq(outcomes.id, outcomeId))
      .then(([row]) => row),

  /** Open links sent before `cutoff` and not answered, for outcomes still unconfirmed, with fewer than `maxReminders` reminders. */
  dueForReminder: (ex: Executor, cutoff: Date, maxReminders: number) =>
    ex
      .select({ token: confirmationTokens })
      .from(confirmationTokens)
      .innerJoin(outcomes, eq(outcomes.id, confirmationTokens.outcomeId))
      .where(
        and(
          isNull(confirmationTokens.usedAt),
          isNull(confirmationTokens.revokedAt),
          lte(confirmationTokens.createdAt, cutoff),
          lt(confirmationTokens.remindersSent, maxReminders),
          eq(outcomes.confirmationStatus, 'unconfirmed'),
        ),
      )
      .orderBy(asc(confirmationTokens.createdAt))
      .then((rows) => rows.map((row) => row.token)),
};
