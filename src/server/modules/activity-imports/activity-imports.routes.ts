import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActivityImportQuery } from '../../../shared/schemas/activity-imports.js';
import { ImportLanguage, ImportRun } from '../../../shared/schemas/imports.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { readUploadedFile } from '../../http/upload.js';
import type { JobSignal } from '../../jobs/signal.js';
import { importRunsService } from '../imports/import-runs.service.js';
import { activityImportsService, type ImportLimits } from './activity-imports.service.js';

const tags = ['imports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const activityImportsRoutes = (db: Db, limits: ImportLimits, signal?: JobSignal): FastifyPluginAsyncZod => async (app) => {
  const service = activityImportsService(db, limits);
  const runs = importRunsService(db, limits, signal);
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
        summary: 'Upload a unit\'s activities to import from the template (multipart field "file", 5 MB): the import runs in the background (202); follow it at GET /imports/{id}. Any invalid row imports nothing; re-importing a row never duplicates it',
        consumes: ['multipart/form-data'],
        querystring: ActivityImportQuery,
        response: { 202: ImportRun, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const file = await readUploadedFile(req);
      return reply.code(202).send(await runs.submit(actor, file.data, { kind: 'activities', ...req.query }));
    },
  );
};
