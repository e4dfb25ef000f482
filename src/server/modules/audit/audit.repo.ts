import { and, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { AuditListQuery } from '../../../shared/schemas/audit.js';
import { SYSTEM_ACTOR, type Actor } from '../../auth/actor.js';
import { insertMany } from '../../db/bulk.js';
import type { Executor } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import { matchesText, pageOffset } from '../../db/search.js';

export interface AuditRecord {
  actor: Actor;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'token']);

function withoutSecrets(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withoutSecrets);
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !SECRET_KEYS.has(key)).map(([key, inner]) => [key, withoutSecrets(inner)]),
  );
}

/** Keeps only the fields an update changed, so the log shows what moved. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter(
    (key) => JSON.stringify(withoutSecrets(before[key])) !== JSON.stringify(withoutSecrets(after[key])),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

const auditValues = (record: AuditRecord) => ({
  actorUserId: record.actor.userId === SYSTEM_ACTOR.userId ? null : record.actor.userId,
  actorUnitId: record.actor.unitId,
  action: record.action,
  entity: record.entity,
  entityId: record.entityId,
  before: withoutSecrets(record.before),
  after: withoutSecrets(record.after),
});

export const auditRepo = {
  insert: (ex: Executor, record: AuditRecord) => ex.insert(auditLog).values(auditValues(record)),

  /** Many audit rows in multi-row statements (imports). */
  insertMany: (ex: Executor, records: AuditRecord[]) => insertMany(ex, auditLog, records.map(auditValues)),

  list: async (ex: Executor, query: AuditListQuery) => {
    const conditions = and(
      query.entity ? eq(auditLog.entity, query.entity) : undefined,
      query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
      query.actorId ? eq(auditLog.actorUserId, query.actorId) : undefined,
      query.action ? eq(auditLog.action, query.action) : undefined,
      query.from ? gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)) : undefined,
      query.to ? lt(auditLog.at, new Date(`${query.to}T00:00:00Z`)) : undefined,
      query.q ? matchesText(sql`${auditLog.action} || ' ' || ${auditLog.entityId} || ' ' || coalesce(${users.email}, '')`, query.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ entry: auditLog, actorEmail: users.email, actorName: users.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(conditions)
        .orderBy(desc(auditLog.id))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorUserId)).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },
};
