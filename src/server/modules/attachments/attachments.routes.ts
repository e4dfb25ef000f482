import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Attachment, AttachmentList, MAX_ATTACHMENT_BYTES } from '../../../shared/schemas/attachments.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { attachmentsService, type AttachmentOwner } from './attachments.service.js';
import { readUploadedFile } from '../../http/upload.js';

export interface AttachmentRoutesOptions {
  /** The owning resource's path and id parameter, e.g. '/engagements' and 'engagementId'. */
  resource: string;
  param: string;
  owner: AttachmentOwner;
  tags: string[];
}

/** RFC 6266 header: an ASCII fallback plus the UTF-8 name, so Vietnamese file names survive. */
const contentDisposition = (filename: string) =>
  `attachment; filename="${filename.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/**
 * Upload (multipart field `file`, at most 10 MB; PDF, DOCX, XLSX, PNG or JPEG by content), list and download
 * of a record's files. Each feature registers it once with its own owner checks.
 */
export const attachmentRoutes = (db: Db, { resource, param, owner, tags }: AttachmentRoutesOptions): FastifyPluginAsyncZod => async (app) => {
  const service = attachmentsService(db);
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });
  const params = z.object({ [param]: z.uuid() });
  const fileParams = z.object({ [param]: z.uuid(), attachmentId: z.uuid() });
  const base = `${resource}/:${param}/attachments`;

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Attach a document (multipart field "file"; PDF, DOCX, XLSX, PNG or JPEG, at most 10 MB, checked by content)',
        consumes: ['multipart/form-data'],
        params,
        response: { 201: Attachment, ...errorResponses(400, 401, 403, 404, 413) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await readUploadedFile(req);
      const attachment = await service.upload(actor, owner, req.params[param]!, file);
      return reply.code(201).send(attachment);
    },
  );

  app.get(base, { schema: { tags, summary: 'The documents attached to the record', params, response: { 200: AttachmentList, ...errorResponses(400, 401, 404) } } }, async (req) =>
    service.list(actorOf(req), owner, req.params[param]!),
  );

  app.get(
    `${base}/:attachmentId`,
    { schema: { tags, summary: 'Download an attached document (the file itself; errors as JSON)', params: fileParams, response: { 200: fileResponse('application/octet-stream', 'The document, with its own content type'), ...errorResponses(400, 401, 404) } } },
    async (req, reply) => {
      const { attachment, data } = await service.download(actorOf(req), owner, req.params[param]!, req.params.attachmentId!);
      return reply.header('content-type', attachment.contentType).header('content-disposition', contentDisposition(attachment.filename)).send(data);
    },
  );
};
