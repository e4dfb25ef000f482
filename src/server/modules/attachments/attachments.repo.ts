import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { attachments } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';

export type AttachmentInsert = Omit<typeof attachments.$inferInsert, 'id'>;

/** Everything but the content, for lists and audit rows. */
const metadata = {
  id: attachments.id,
  entity: attachments.entity,
  entityId: attachments.entityId,
  filename: attachments.filename,
  contentType: attachments.contentType,
  size: attachments.size,
  sha256: attachments.sha256,
  uploadedBy: attachments.uploadedBy,
  createdAt: attachments.createdAt,
};
export type AttachmentMeta = { [K in keyof typeof metadata]: (typeof attachments.$inferSelect)[K] };

export const attachmentsRepo = {
  insert: (ex: Executor, values: AttachmentInsert) =>
    ex.insert(attachments).values({ ...values, id: newId() }).returning(metadata).then(([row]) => row!),

  listFor: (ex: Executor, entity: string, entityId: string) =>
    ex.select(metadata).from(attachments).where(and(eq(attachments.entity, entity), eq(attachments.entityId, entityId))).orderBy(asc(attachments.createdAt), asc(attachments.id)),

  findFor: (ex: Executor, entity: string, entityId: string, id: string) =>
    ex
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, id), eq(attachments.entity, entity), eq(attachments.entityId, entityId)))
      .then(([row]) => row),
};
