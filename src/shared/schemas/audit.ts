import { z } from 'zod';
import { IsoDate, ListQuery, listOf, Uuid } from './common.js';

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: Uuid, email: z.string(), name: z.string() }).nullable(),
  actorUnitId: Uuid.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** The record by name and its page in the web app; null when the reader may not read it (or it is gone). */
  record: z
    .object({
      name: z.object({ vi: z.string(), en: z.string() }),
      path: z.string().nullable().describe('The web app page of the record, when it has one'),
    })
    .nullable(),
  /** The business that answered through a confirmation link, when no user acted. */
  business: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = ListQuery.extend({
  entity: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  actorId: Uuid.optional(),
  action: z.string().max(80).optional(),
  from: IsoDate.optional().describe('Written on or after this day (UTC, inclusive)'),
  to: IsoDate.optional().describe('Written before this day (UTC, exclusive): [from, to)'),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
export const AuditList = listOf(AuditEntry);

/** Records whose page shows their history to everyone who may read them. */
export const HISTORY_ENTITIES = ['engagement', 'agreement', 'commitment', 'task', 'activity', 'source_document', 'support_request'] as const;
export const RecordHistoryParams = z.object({ entity: z.enum(HISTORY_ENTITIES), entityId: Uuid });
export const RecordHistoryQuery = ListQuery.pick({ page: true, pageSize: true });
export type RecordHistoryQuery = z.infer<typeof RecordHistoryQuery>;
