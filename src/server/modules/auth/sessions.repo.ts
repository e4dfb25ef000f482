import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { apiTokens, loginAttempts, sessions, users } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';

export const sessionsRepo = {
  insert: (ex: Executor, values: { tokenHash: string; userId: string; expiresAt: Date }) => ex.insert(sessions).values(values),

  /** The active user behind a live session. */
  findUser: (ex: Executor, tokenHash: string, now: Date) =>
    ex
      .select({ user: users, session: sessions })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)))
      .then(([row]) => row),

  extend: (ex: Executor, tokenHash: string, now: Date, expiresAt: Date) =>
    ex.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash)),

  /** Deletes the session; returns whose it was, or undefined when there was none. */
  delete: (ex: Executor, tokenHash: string) =>
    ex.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning({ userId: sessions.userId }).then(([row]) => row),

  /** Ends every way the user is signed in: their sessions (but the one kept) and their personal API tokens. */
  revokeAllFor: async (ex: Executor, userId: string, at: Date, exceptTokenHash?: string) => {
    await ex
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), exceptTokenHash ? sql`${sessions.tokenHash} <> ${exceptTokenHash}` : undefined));
    await ex.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  },

  deleteExpired: (ex: Executor, now: Date) => ex.delete(sessions).where(lt(sessions.expiresAt, now)),
};

export const apiTokensRepo = {
  insert: (ex: Executor, values: Omit<typeof apiTokens.$inferInsert, 'id'>) =>
    ex.insert(apiTokens).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  listFor: (ex: Executor, userId: string) =>
    ex.select().from(apiTokens).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))).orderBy(desc(apiTokens.createdAt)),

  findUser: (ex: Executor, tokenHash: string, now: Date) =>
    ex
      .select({ user: users, token: apiTokens })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(
        and(
          eq(apiTokens.tokenHash, tokenHash),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
          eq(users.active, true),
        ),
      )
      .then(([row]) => row),

  markUsed: (ex: Executor, id: string, now: Date) => ex.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id)),

  revoke: (ex: Executor, userId: string, id: string, now: Date) =>
    ex
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning()
      .then(([row]) => row),
};

/** Failed sign-ins, by account and address: one address's failures never hold back another's. */
export const loginAttemptsRepo = {
  recordFailure: (ex: Executor, email: string, ip: string | null) => ex.insert(loginAttempts).values({ id: newId(), email, ip }),

  /** Failures of the pair since `since`, and when the latest was. */
  countSince: (ex: Executor, email: string, ip: string | null, since: Date) =>
    ex
      .select({ total: sql<number>`count(*)::int`, latest: sql<string | null>`max(${loginAttempts.at})::text` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), sql`${loginAttempts.ip} IS NOT DISTINCT FROM ${ip}`, gt(loginAttempts.at, since)))
      .then(([row]) => ({ total: row?.total ?? 0, latest: row?.latest ? new Date(row.latest) : null })),

  clear: (ex: Executor, email: string, ip: string | null) => ex.delete(loginAttempts).where(and(eq(loginAttempts.email, email), sql`${loginAttempts.ip} IS NOT DISTINCT FROM ${ip}`)),
};
