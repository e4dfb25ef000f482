import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../../shared/schemas/common.js';
import {
  OrgUnitDetail,
  OrgUnitInput,
  OrgUnitList,
  OrgUnitListQuery,
  OrgUnitSummary,
  OrgUnitUpdate,
  ReorganisationInput,
} from '../../../shared/schemas/org-units.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { orgUnitsService } from './org-units.service.js';

const tags = ['org-units'];
const params = z.object({ orgUnitId: z.uuid() });
const ListQuery = OrgUnitListQuery.extend({
  history: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Include units of every period, not only those valid on asOf'),
});

export const orgUnitsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = orgUnitsService(db);

  app.get(
    '/org-units',
    {
      schema: {
        tags,
        summary: 'Units valid on a date (default today), each with its parent on that date; q ignores accents',
        querystring: ListQuery,
        response: { 200: OrgUnitList, ...errorResponses(400, 401) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/org-units/:orgUnitId',
    {
      schema: {
        tags,
        summary: 'A unit with its parents by period, predecessors, successors and the current units it rolls up to',
        params,
        querystring: z.object({ asOf: IsoDate.optional() }),
        response: { 200: OrgUnitDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => service.get(actorOf(req), req.params.orgUnitId, req.query.asOf),
  );

  app.post('/org-units', { schema: { tags, summary: 'Create a unit (HQ coordinator)', body: OrgUnitInput, response: { 201: OrgUnitSummary, ...errorResponses(400, 401, 403, 409) } } }, async (req, reply) =>
    reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/org-units/:orgUnitId',
    { schema: { tags, summary: 'Edit a unit\'s names and codes; send the version you read (409 when stale)', params, body: OrgUnitUpdate, response: { 200: OrgUnitSummary, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => service.update(actorOf(req), req.params.orgUnitId, req.body),
  );

  app.post(
    '/org-units/reorganisations',
    {
      schema: {
        tags,
        summary: 'Record a merger, split or rename: predecessors end on the date and roll up to the successors',
        body: ReorganisationInput,
        response: { 201: z.object({ effectiveDate: IsoDate, closed: z.array(z.uuid()), successors: z.array(z.uuid()) }), ...errorResponses(400, 401, 403, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.reorganise(actorOf(req), req.body)),
  );
};
