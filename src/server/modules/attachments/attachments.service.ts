import { createHash } from 'node:crypto';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentType } from '../../../shared/schemas/attachments.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { toIso } from '../../lib/dates.js';
import { invalidField, notFound } from '../../lib/errors.js';
import { fileTooLarge, type UploadedFile } from '../../lib/uploads.js';
import { auditRepo } from '../audit/audit.repo.js';
import { createdByOf } from '../engagements/engagements.refs.js';
import { attachmentsRepo, type AttachmentMeta } from './attachments.repo.js';

/** The record a file hangs on (an engagement, a task's evidence …) and who may read or add to it. */
export interface AttachmentOwner {
  entity: string;
  /** Throws `not_found` when the actor may not read the record. */
  assertReadable(ex: Executor, actor: Actor, entityId: string): Promise<unknown>;
  /** Throws `not_found` or `forbidden` when the actor may not add files to it. */
  assertWritable(ex: Executor, actor: Actor, entityId: string): Promise<unknown>;
}

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((byte, i) => data[i] === byte);

/** The type the content really is, from its first bytes (and, for Office files, the zip's part names). */
export function detectType(data: Buffer): AttachmentType | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) && data.includes('[Content_Types].xml')) {
    if (data.includes('word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (data.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

const ALLOWED = Object.values(ATTACHMENT_TYPES).join(', ');
// Declared types that say nothing about the content; the bytes decide.
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', '']);

/** Keeps the last path segment, without control characters, at most 200 characters. */
const cleanFilename = (name: string) => (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200) || 'file';

export const toAttachment = (row: AttachmentMeta): Attachment => ({
  id: row.id,
  entity: row.entity,
  entityId: row.entityId,
  filename: row.filename,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  uploadedBy: row.uploadedBy,
  createdAt: toIso(row.createdAt)!,
});

/**
 * Stores a checked file inside the caller's transaction, with its audit row; for features that attach a file
 * as part of another write (task evidence). Throws `payload_too_large` or `invalid` (type).
 */
export async function storeAttachment(tx: Executor, actor: Actor, entity: string, entityId: string, file: UploadedFile): Promise<Attachment> {
  if (file.data.length > MAX_ATTACHMENT_BYTES) throw fileTooLarge();
  if (file.data.length === 0) throw invalidField('file', 'The file is empty');
  const detected = detectType(file.data);
  if (!detected) throw invalidField('file', `Unsupported file type; allowed: PDF, DOCX, XLSX, PNG, JPEG (${ALLOWED})`);
  const declared = file.declaredType.toLowerCase().replace('image/jpg', 'image/jpeg');
  if (!GENERIC_TYPES.has(declared) && declared !== detected) {
    throw invalidField('file', `The file is declared as ${file.declaredType} but its content is ${ATTACHMENT_TYPES[detected].toUpperCase()}`);
  }
  const row = await attachmentsRepo.insert(tx, {
    entity,
    entityId,
    filename: cleanFilename(file.filename),
    contentType: detected,
    size: file.data.length,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    data: file.data,
    uploadedBy: createdByOf(actor),
  });
  await auditRepo.insert(tx, { actor, action: 'attachment.uploaded', entity, entityId, after: row });
  return toAttachment(row);
}

export function attachmentsService(db: Db) {
  return {
    /** Adds a file to a record the actor may write. */
    upload: (actor: Actor, owner: AttachmentOwner, entityId: string, file: UploadedFile) =>
      db.transaction(async (tx) => {
        await owner.assertWritable(tx, actor, entityId);
        return storeAttachment(tx, actor, owner.entity, entityId, file);
      }),

    list: async (actor: Actor, owner: AttachmentOwner, entityId: string) => {
      await owner.assertReadable(db, actor, entityId);
      return { items: (await attachmentsRepo.listFor(db, owner.entity, entityId)).map(toAttachment) };
    },

    /** The file's metadata and content. Throws `not_found`. */
    download: async (actor: Actor, owner: AttachmentOwner, entityId: string, attachmentId: string) => {
      await owner.assertReadable(db, actor, entityId);
      const row = await attachmentsRepo.findFor(db, owner.entity, entityId, attachmentId);
      if (!row) throw notFound('Attachment');
      return { attachment: toAttachment(row), data: Buffer.from(row.data) };
    },
  };
}
