import { z } from 'zod';
import { Uuid } from './common.js';

export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const Attachment = z.object({
  id: Uuid,
  entity: z.string(),
  entityId: Uuid,
  filename: z.string(),
  contentType: z.string(),
  size: z.int(),
  sha256: z.string(),
  uploadedBy: Uuid.nullable(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;
export const AttachmentList = z.object({ items: z.array(Attachment) });
