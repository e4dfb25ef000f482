import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeleteQuery } from '../../../shared/schemas/activities.js';
import { ConfirmationRequest, Outcome, OutcomeFilterQuery, OutcomeInput, OutcomeList, OutcomeListQuery, OutcomeTotals, OutcomeUpdate } from '../../../shared/schemas/outcomes.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { outcomesService } from './outcomes.service.js';

const tags = ['outcomes'];
const params = z.object({ outcomeId: z.uuid() });

export const outcomesRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = outcomesService(db);

  app.get(
    '/outcomes',
    {
      schema: {
        tags,
        summary: 'Outcomes of the activities the actor reaches; with the totals filters and counted=true, the records behind a total',
        querystring: OutcomeListQuery,
        response: { 200: OutcomeList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/outcomes/totals',
    {
      schema: {
        tags,
        summary: 'Exact totals per kind and currency (denied never count; corrected count as corrected); confirmedOnly=true keeps confirmed ones',
        querystring: OutcomeFilterQuery,
        response: { 200: OutcomeTotals, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.totals(actorOf(req), req.query),
  );

  app.get('/outcomes/:outcomeId', { schema: { tags, summary: 'One outcome with its confirmation status', params, response: { 200: Outcome, ...errorResponses(400, 401, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.outcomeId),
  );

  app.post(
    '/outcomes',
    {
      schema: {
        tags,
        summary: 'Record an outcome of an activity ("three clears": figure, product, business); it stays unconfirmed until the business answers',
        body: OutcomeInput,
        response: { 201: Outcome, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/outcomes/:outcomeId',
    {
      schema: {
        tags,
        summary: 'Edit an outcome; changing the claim resets its confirmation; send the version you read (409 when stale)',
        params,
        body: OutcomeUpdate,
        response: { 200: Outcome, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req) => service.update(actorOf(req), req.params.outcomeId, req.body),
  );

  app.delete(
    '/outcomes/:outcomeId',
    { schema: { tags, summary: 'Delete an outcome; send the version you read', params, querystring: DeleteQuery, response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (req, reply) => {
      await service.remove(actorOf(req), req.params.outcomeId, req.query.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/outcomes/:outcomeId/confirmation-requests',
    {
      schema: {
        tags,
        summary: 'E-mail the business contact a single-use confirmation link valid 7 days; earlier links stop working (resend = new request)',
        params,
        response: { 201: ConfirmationRequest, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.requestConfirmation(actorOf(req), req.params.outcomeId)),
  );

  app.get(
    '/outcomes/:outcomeId/confirmation-requests/open',
    {
      schema: {
        tags,
        summary: 'The open confirmation request with its link, for the unit that asked (to open or pass on when no mail server delivers it); 404 when none is open',
        params,
        response: { 200: ConfirmationRequest, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => service.openConfirmationRequest(actorOf(req), req.params.outcomeId),
  );
};
