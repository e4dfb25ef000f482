import type { FastifyRequest } from 'fastify';
import { invalidField } from '../lib/errors.js';
import { fileTooLarge, type UploadedFile } from '../lib/uploads.js';

/** Reads the one file of a multipart request (field `file`), mapping the size limit to a 413. */
export async function readUploadedFile(req: FastifyRequest): Promise<UploadedFile> {
  if (!req.isMultipart()) throw invalidField('file', 'Send the file as multipart/form-data in the field "file"');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw invalidField('file', 'Send the file in the field "file"');
  try {
    return { filename: part.filename, declaredType: part.mimetype, data: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
    throw error;
  }
}
