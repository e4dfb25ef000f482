import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgreementDetail,
  AgreementInput,
  AgreementList,
  AgreementListQuery,
  AgreementPublication,
  AgreementStats,
  AgreementStatsQuery,
  AgreementStatusChange,
  AgreementUpdate,
} from '../../../shared/schemas/agreements.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { agreementsService } from './agreements.service.js';

const tags = ['agreements'];
const params = z.object({ agreementId: z.uuid() });

export const agreementsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = agreementsService(db);

  app.get(
    '/agreements',
    { schema: { tags, summary: 'Agreements the actor reaches; from/to filter the signing date; q ignores accents', querystring: AgreementListQuery, response: { 200: AgreementList, ...errorResponses(400, 401, 403) } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/agreements/stats',
    {
      schema: {
        tags,
        summary: 'Counts by kind, field, partner, unit or month (e.g. agreements signed in H1-2025); each bucket carries the list filter behind it',
        querystring: AgreementStatsQuery,
        response: { 200: AgreementStats, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.stats(actorOf(req), req.query),
  );

  app.get('/agreements/:agreementId', { schema: { tags, summary: 'One agreement with its lifecycle events', params, response: { 200: AgreementDetail, ...errorResponses(400, 401, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.agreementId),
  );

  app.post(
    '/agreements',
    { schema: { tags, summary: 'Record an agreement, owned by your unit (HQ may choose the owner)', body: AgreementInput, response: { 201: AgreementDetail, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/agreements/:agreementId',
    { schema: { tags, summary: 'Edit an agreement\'s details and parties; send the version you read (409 when stale)', params, body: AgreementUpdate, response: { 200: AgreementDetail, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => service.update(actorOf(req), req.params.agreementId, req.body),
  );

  app.post(
    '/agreements/:agreementId/status',
    {
      schema: {
        tags,
        summary: 'Move the agreement along negotiating → signed → in_force → implementing → completed | expired | terminated (422 otherwise)',
        params,
        body: AgreementStatusChange,
        response: { 200: AgreementDetail, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.changeStatus(actorOf(req), req.params.agreementId, req.body),
  );

  app.put(
    '/agreements/:agreementId/publication',
    {
      schema: {
        tags,
        summary: 'Publish a signed agreement on the open-data page (title, parties, date, fields), or withdraw it (HQ; 422 while negotiating)',
        params,
        body: AgreementPublication,
        response: { 200: AgreementDetail, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.setPublication(actorOf(req), req.params.agreementId, req.body),
  );
};
