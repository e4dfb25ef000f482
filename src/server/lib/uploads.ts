import { MAX_ATTACHMENT_BYTES } from '../../shared/schemas/attachments.js';
import { DomainError } from './errors.js';

/** A file received from a client, before any check of its content. */
export interface UploadedFile {
  filename: string;
  declaredType: string;
  data: Buffer;
}

export const fileTooLarge = () =>
  new DomainError('payload_too_large', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, { file: 'too_large' });
