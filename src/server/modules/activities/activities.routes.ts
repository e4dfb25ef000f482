import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Activity,
  ActivityInput,
  ActivityList,
  ActivityListQuery,
  ActivitySummary,
  ActivitySummaryQuery,
  ActivityUpdate,
  DeleteQuery,
  FormalismQuery,
  FormalismReport,
} from '../../../shared/schemas/activities.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { activitiesService } from './activities.service.js';

const tags = ['activities'];
const params = z.object({ activityId: z.uuid() });

export const activitiesRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = activitiesService(db);

  app.get(
    '/activities',
    {
      schema: {
        tags,
        summary: 'Activities the actor reaches (a province also sees those that supported it); view=mapped rolls former units up to today\'s',
        querystring: ActivityListQuery,
        response: { 200: ActivityList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/activities/summary',
    {
      schema: {
        tags,
        summary: 'Activity counts per unit, type or country with the list filters; each bucket drills down to GET /activities',
        querystring: ActivitySummaryQuery,
        response: { 200: ActivitySummary, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.summary(actorOf(req), req.query),
  );

  app.get(
    '/activities/formalism',
    {
      schema: {
        tags,
        summary: 'Per unit, the share of activities with no output or outcome 30 days after their end (HQ); drill down with flagged=no_result',
        querystring: FormalismQuery,
        response: { 200: FormalismReport, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.formalism(actorOf(req), req.query),
  );

  app.get('/activities/:activityId', { schema: { tags, summary: 'One activity with its outputs', params, response: { 200: Activity, ...errorResponses(400, 401, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.activityId),
  );

  app.post(
    '/activities',
    {
      schema: {
        tags,
        summary: 'Record an activity with its outputs (a unit editor: of their unit; HQ: of any unit)',
        body: ActivityInput,
        response: { 201: Activity, ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/activities/:activityId',
    {
      schema: {
        tags,
        summary: 'Edit an activity (its unit or HQ); send the version you read (409 when stale); 422 when its period is locked',
        params,
        body: ActivityUpdate,
        response: { 200: Activity, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.update(actorOf(req), req.params.activityId, req.body),
  );

  app.delete(
    '/activities/:activityId',
    {
      schema: {
        tags,
        summary: 'Delete an activity with its outputs and outcomes; send the version you read',
        params,
        querystring: DeleteQuery,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req, reply) => {
      await service.remove(actorOf(req), req.params.activityId, req.query.version);
      return reply.code(204).send(null);
    },
  );
};
