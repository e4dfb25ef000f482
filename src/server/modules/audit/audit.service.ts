import type { AuditEntry, AuditListQuery, HISTORY_ENTITIES, RecordHistoryQuery } from '../../../shared/schemas/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { toIso } from '../../lib/dates.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { auditPolicy as can } from './audit.policy.js';
import { resolveAuditRecords } from './audit.records.js';
import { auditRepo } from './audit.repo.js';

/** The business named on an answer given through a confirmation link (no user acted). */
function businessThroughLink(after: unknown): string | null {
  if (!after || typeof after !== 'object') return null;
  const { via, business } = after as { via?: unknown; business?: unknown };
  return via === 'confirmation_link' && typeof business === 'string' ? business : null;
}

type AuditRow = Awaited<ReturnType<typeof auditRepo.list>>['rows'][number];

async function toEntries(db: Db, actor: Actor, rows: AuditRow[]): Promise<AuditEntry[]> {
  const recordOf = await resolveAuditRecords(db, actor, rows.map(({ entry }) => entry));
  return rows.map(({ entry, actorEmail, actorName }) => ({
    id: String(entry.id),
    at: toIso(entry.at)!,
    actor: entry.actorUserId && actorEmail ? { id: entry.actorUserId, email: actorEmail, name: actorName ?? actorEmail } : null,
    actorUnitId: entry.actorUnitId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    record: recordOf(entry.entity, entry.entityId),
    business: entry.actorUserId ? null : businessThroughLink(entry.after),
    before: entry.before ?? null,
    after: entry.after ?? null,
  }));
}

export function auditService(db: Db) {
  return {
    list: async (actor: Actor, query: AuditListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await auditRepo.list(db, query);
      return { items: await toEntries(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    /** One record's changes, newest first, for whoever may read the record; an unreadable one answers like a missing one. */
    history: async (actor: Actor, entity: (typeof HISTORY_ENTITIES)[number], entityId: string, query: RecordHistoryQuery) => {
      if (!can.readHistory(actor)) throw forbidden();
      const record = (await resolveAuditRecords(db, actor, [{ entity, entityId }]))(entity, entityId);
      if (!record) throw notFound('Record');
      const { rows, total } = await auditRepo.list(db, { entity, entityId, page: query.page, pageSize: query.pageSize });
      return { items: await toEntries(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },
  };
}
