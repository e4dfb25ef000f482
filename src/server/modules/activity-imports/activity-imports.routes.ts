import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActivityImportQuery, ActivityImportResult } from '../../../shared/schemas/activity-imports.js';
import { ImportLanguage, ImportRejected, ImportTooLarge } from '../../../shared/schemas/imports.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { readUploadedFile } from '../../http/upload.js';
import { activityImportsService, type ImportLimits } from './activity-imports.service.js';

const tags = ['imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const activityImportsRoutes = (db: Db, limits: ImportLimits): FastifyPluginAsyncZod => async (app) => {
  const service = activityImportsService(db, limits);
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });

  app.get(
    '/imports/templates/activities.xlsx',
    { schema: { tags, summary: 'The Excel template for a unit\'s activities: header row, drop-downs (types, countries, provinces) and instructions in the language asked for', querystring: z.object({ language: ImportLanguage }), response: { 200: fileResponse(XLSX, 'The Excel template'), ...errorResponses(401, 403) } } },
    async (req, reply) =>
      reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="econdip-activities.xlsx"').send(await service.template(actorOf(req), req.query.language)),
  );

  app.post(
    '/imports/activities',
    {
      schema: {
        tags,
        summary: 'Import a unit\'s activities from the template (multipart field "file", 5 MB): any invalid row imports nothing (422 with a row-by-row report); re-importing a row never duplicates it',
        consumes: ['multipart/form-data'],
        querystring: ActivityImportQuery,
        response: { 200: ActivityImportResult, 413: ImportTooLarge, 422: ImportRejected, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await readUploadedFile(req);
      const outcome = await service.run(actor, file.data, req.query);
      if (outcome.ok) return outcome.result;
      const rows = new Set(outcome.errors.map((error) => error.row)).size;
      return reply.code(422).send({
        error: { code: 'rule_violated' as const, message: `${rows} row(s) have errors; nothing was imported`, fields: Object.fromEntries(outcome.errors.map((e) => [`rows.${e.row}.${e.field}`, e.message])) },
        rows: outcome.errors,
      });
    },
  );
};
