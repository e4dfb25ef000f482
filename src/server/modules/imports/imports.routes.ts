import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportLanguage, ImportRun, IMPORT_KINDS } from '../../../shared/schemas/imports.js';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/schemas/attachments.js';
import { Uuid } from '../../../shared/schemas/common.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { readUploadedFile } from '../../http/upload.js';
import type { JobSignal } from '../../jobs/signal.js';
import { importRunsService } from './import-runs.service.js';
import { importsService, type ImportLimits } from './imports.service.js';

const tags = ['imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false).describe('Validate only; import nothing'),
  language: ImportLanguage,
});
const TemplateQuery = z.object({ language: ImportLanguage });

export const importsRoutes = (db: Db, limits: ImportLimits, signal?: JobSignal): FastifyPluginAsyncZod => async (app) => {
  const service = importsService(db, limits);
  const runs = importRunsService(db, limits, signal);
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });

  for (const kind of IMPORT_KINDS) {
    app.get(
      `/imports/templates/${kind}.xlsx`,
      { schema: { tags, summary: `The Excel template for importing ${kind}: header row, drop-downs and instructions in the language asked for`, querystring: TemplateQuery, response: { 200: fileResponse(XLSX, 'The Excel template'), ...errorResponses(401, 403) } } },
      async (req, reply) => {
        const template = await service.template(actorOf(req), kind, req.query.language);
        return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="econdip-${kind}.xlsx"`).send(template);
      },
    );

    app.post(
      `/imports/${kind}`,
      {
        schema: {
          tags,
          summary: `Upload ${kind} to import from the template (multipart field "file"): the import runs in the background (202); follow it at GET /imports/{id}. Every row is validated; any invalid row imports nothing`,
          consumes: ['multipart/form-data'],
          querystring: ImportQuery,
          response: { 202: ImportRun, ...errorResponses(400, 401, 403, 413) },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const file = await readUploadedFile(req);
        return reply.code(202).send(await runs.submit(actor, file.data, { kind, dryRun: req.query.dryRun, language: req.query.language }));
      },
    );
  }

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'An uploaded import, to its uploader (and admins): its state, the rows read, validated and written so far, then its result, its row-by-row report or why the file could not be read',
        params: z.object({ id: Uuid }),
        response: { 200: ImportRun, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => runs.get(actorOf(req), req.params.id),
  );
};
