import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeleteQuery } from '../../../shared/schemas/activities.js';
import {
  PartnershipChange,
  PartnershipChangeInput,
  PartnershipChangeList,
  PartnershipChangeQuery,
  PartnershipChangeUpdate,
  PartnershipList,
} from '../../../shared/schemas/partners.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { partnershipsService } from './partnerships.service.js';

const tags = ['partnerships'];
const params = z.object({ changeId: z.uuid() });

export const partnershipsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = partnershipsService(db);

  app.get(
    '/partnerships',
    { schema: { tags, summary: 'Viet Nam\'s current comprehensive strategic, strategic and comprehensive partnerships: each country\'s latest change', response: { 200: PartnershipList, ...errorResponses(401, 403) } } },
    async (req) => service.current(actorOf(req)),
  );

  app.get(
    '/partnership-changes',
    {
      schema: {
        tags,
        summary: 'Dated partnership changes (upgrades and new frameworks) in [from, to), by country, region or level; total is the "relations upgraded" count',
        querystring: PartnershipChangeQuery,
        response: { 200: PartnershipChangeList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.changes(actorOf(req), req.query),
  );

  app.post(
    '/partnership-changes',
    { schema: { tags, summary: 'Record a partnership change (HQ)', body: PartnershipChangeInput, response: { 201: PartnershipChange, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/partnership-changes/:changeId',
    { schema: { tags, summary: 'Correct a partnership change (HQ); send the version you read (409 when stale)', params, body: PartnershipChangeUpdate, response: { 200: PartnershipChange, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => service.update(actorOf(req), req.params.changeId, req.body),
  );

  app.delete(
    '/partnership-changes/:changeId',
    { schema: { tags, summary: 'Remove a partnership change recorded in error (HQ); send the version you read', params, querystring: DeleteQuery, response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req, reply) => {
      await service.remove(actorOf(req), req.params.changeId, req.query.version);
      return reply.code(204).send(null);
    },
  );
};
