import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditListQuery, RecordHistoryParams, RecordHistoryQuery } from '../../../shared/schemas/audit.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { auditService } from './audit.service.js';

export const auditRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = auditService(db);
  app.get(
    '/audit',
    { schema: { tags: ['audit'], summary: 'The audit log of every write, newest first (HQ coordinator, admin)', querystring: AuditListQuery, response: { 200: AuditList, ...errorResponses(400, 401, 403) } } },
    async (req) => service.list(actorOf(req), req.query),
  );
  app.get(
    '/history/:entity/:entityId',
    {
      schema: {
        tags: ['audit'],
        summary: "One record's changes from the audit log, newest first: who changed what, before and after; for whoever may read the record",
        params: RecordHistoryParams,
        querystring: RecordHistoryQuery,
        response: { 200: AuditList, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.history(actorOf(req), req.params.entity, req.params.entityId, req.query),
  );
};
