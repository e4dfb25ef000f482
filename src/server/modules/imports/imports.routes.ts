import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportLanguage, ImportRejected, ImportResult, ImportTooLarge, IMPORT_KINDS } from '../../../shared/schemas/imports.js';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/schemas/attachments.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { readUploadedFile } from '../../http/upload.js';
import { importsService, type ImportLimits } from './imports.service.js';

const tags = ['imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false).describe('Validate only; import nothing'),
  language: ImportLanguage,
});
const TemplateQuery = z.object({ language: ImportLanguage });

export const importsRoutes = (db: Db, limits: ImportLimits): FastifyPluginAsyncZod => async (app) => {
  const service = importsService(db, limits);
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
          summary: `Import ${kind} from the template (multipart field "file"): every row is validated; any invalid row imports nothing (422 with a row-by-row report)`,
          consumes: ['multipart/form-data'],
          querystring: ImportQuery,
          response: { 200: ImportResult, 413: ImportTooLarge, 422: ImportRejected, ...errorResponses(400, 401, 403) },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const file = await readUploadedFile(req);
        const outcome = await service.run(actor, kind, file.data, req.query.dryRun, req.query.language);
        if (outcome.ok) return outcome.result;
        const fields = Object.fromEntries(outcome.errors.map((error) => [`rows.${error.row}.${error.field}`, error.message]));
        const rows = new Set(outcome.errors.map((error) => error.row)).size;
        return reply.code(422).send({
          error: { code: 'rule_violated' as const, message: `${rows} row(s) have errors; nothing was imported`, fields },
          rows: outcome.errors,
        });
      },
    );
  }
};
