import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../../shared/schemas/common.js';
import { DashboardQuery, DashboardRecords, DashboardRecordsQuery, ImplementationDashboard, PromisedVsDelivered } from '../../../shared/schemas/dashboard.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { dashboardService } from './dashboard.service.js';

const tags = ['dashboard'];

export const dashboardRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = dashboardService(db);

  app.get(
    '/dashboard/implementation',
    {
      schema: {
        tags,
        summary: 'Commitments total, fulfilled and overdue per engagement, partner, unit, field or half-year, with overdue and slipping tasks',
        querystring: DashboardQuery,
        response: { 200: ImplementationDashboard, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.implementation(actorOf(req), req.query),
  );

  app.get(
    '/dashboard/implementation/records',
    {
      schema: {
        tags,
        summary: 'The commitments or tasks behind one dashboard figure (metric), under the same filters and group',
        querystring: DashboardRecordsQuery,
        response: { 200: DashboardRecords, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.records(actorOf(req), req.query),
  );

  app.get(
    '/engagements/:engagementId/promised-vs-delivered',
    {
      schema: {
        tags,
        summary: "An engagement's commitments (promised) with their tasks and statuses (delivered)",
        params: z.object({ engagementId: z.uuid() }),
        querystring: z.object({ asOf: IsoDate.optional() }),
        response: { 200: PromisedVsDelivered, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => service.promisedVsDelivered(actorOf(req), req.params.engagementId, req.query.asOf),
  );
};
