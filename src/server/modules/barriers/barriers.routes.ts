import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Barrier, BarrierInput, BarrierList, BarrierListQuery, BarrierStatusChangeInput, BarrierUpdate } from '../../../shared/schemas/barriers.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { barriersService } from './barriers.service.js';

const tags = ['barriers'];
const params = z.object({ barrierId: z.uuid() });

export const barriersRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = barriersService(db);

  app.get(
    '/barriers',
    {
      schema: {
        tags,
        summary: 'Market-access barriers of the actor\'s units and those affecting their province (HQ and leadership: all), by country, region, sector, status, measure type',
        querystring: BarrierListQuery,
        response: { 200: BarrierList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.post(
    '/barriers',
    { schema: { tags, summary: 'Record an open barrier for the actor\'s unit (HQ: any unit)', body: BarrierInput, response: { 201: Barrier, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.get(
    '/barriers/:barrierId',
    { schema: { tags, summary: 'One barrier with its affected provinces and businesses, action plan and status history', params, response: { 200: Barrier, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => service.get(actorOf(req), req.params.barrierId),
  );

  app.patch(
    '/barriers/:barrierId',
    { schema: { tags, summary: 'The following unit (or HQ) edits a barrier; lists sent replace the lists; send the version you read', params, body: BarrierUpdate, response: { 200: Barrier, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => service.update(actorOf(req), req.params.barrierId, req.body),
  );

  app.post(
    '/barriers/:barrierId/status',
    {
      schema: {
        tags,
        summary: 'Move a barrier to partly resolved, resolved or back to open, dated and with a note; the history only grows',
        params,
        body: BarrierStatusChangeInput,
        response: { 200: Barrier, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.changeStatus(actorOf(req), req.params.barrierId, req.body),
  );
};
