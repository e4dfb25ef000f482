import type { AuditEntry, AuditListQuery } from '../../../shared/schemas/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { toIso } from '../../lib/dates.js';
import { forbidden } from '../../lib/errors.js';
import { auditPolicy as can } from './audit.policy.js';
import { resolveAuditRecords } from './audit.records.js';
import { auditRepo } from './audit.repo.js';

/** The business named on an answer given through a confirmation link (no user acted). */
function businessThroughLink(after: unknown): string | null {
  if (!after || typeof after !== 'object') return null;
  const { via, business } = after as { via?: unknown; business?: unknown };
  return via === 'confirmation_link' && typeof business === 'string' ? business : null;
}

export function auditService(db: Db) {
  return {
    list: async (actor: Actor, query: AuditListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await auditRepo.list(db, query);
      const recordOf = await resolveAuditRecords(db, actor, rows.map(({ entry }) => entry));
      const items: AuditEntry[] = rows.map(({ entry, actorEmail, actorName }) => ({
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
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  };
}
