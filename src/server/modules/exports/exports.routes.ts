import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EXPORTABLE_LISTS, ExportOptions } from '../../../shared/schemas/exports.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { EXPORT_MEDIA_TYPES, exportQuery, exportsService } from './exports.service.js';

const tags = ['exports'];

export const exportsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = exportsService(db);

  for (const list of EXPORTABLE_LISTS) {
    app.get(
      `/exports/${list}`,
      {
        schema: {
          tags,
          summary: `The ${list} list as CSV or XLSX, with the list's own filters; over the admins' row cap (default 5,000) answers 422; every export is audited`,
          querystring: exportQuery(list).extend(ExportOptions.shape),
          response: { 200: fileResponse(Object.values(EXPORT_MEDIA_TYPES), 'The file, headers and labels in the chosen language'), ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (req, reply) => {
        const { file, mediaType, filename } = await service.exportList(actorOf(req), list, req.query as ExportOptions & Record<string, unknown>);
        return reply.header('content-type', mediaType).header('content-disposition', `attachment; filename="${filename}"`).send(file);
      },
    );
  }
};
