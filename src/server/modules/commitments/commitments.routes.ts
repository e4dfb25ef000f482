import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Commitment,
  CommitmentBulkInput,
  CommitmentInput,
  CommitmentList,
  CommitmentListQuery,
  CommitmentUpdate,
  SplitInput,
  SplitResult,
} from '../../../shared/schemas/commitments.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { commitmentsService } from './commitments.service.js';

const tags = ['commitments'];
const params = z.object({ commitmentId: z.uuid() });

export const commitmentsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = commitmentsService(db);

  app.get(
    '/commitments',
    {
      schema: {
        tags,
        summary: 'Commitments the actor reaches, by due date; filter by source, owner or co-owner unit, status, overdue, due period; q ignores accents',
        querystring: CommitmentListQuery,
        response: { 200: CommitmentList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.post(
    '/commitments',
    { schema: { tags, summary: 'Record a commitment from an agreement or engagement (HQ, or a unit editor for their own unit)', body: CommitmentInput, response: { 201: Commitment, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.post(
    '/commitments/bulk',
    {
      schema: {
        tags,
        summary: 'Record several commitments (e.g. accepted split candidates) all or nothing; errors name items.N.field',
        body: CommitmentBulkInput,
        response: { 201: z.object({ items: z.array(Commitment) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createMany(actorOf(req), req.body.items)),
  );

  app.post(
    '/commitments/split',
    {
      schema: {
        tags,
        summary: 'Suggest commitments in a pasted text: one per sentence, bullet or clause with a deadline or an obligation verb (vi/en); stores nothing',
        body: SplitInput,
        response: { 200: SplitResult, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.split(actorOf(req), req.body),
  );

  app.get('/commitments/:commitmentId', { schema: { tags, summary: 'One commitment with its units and task progress', params, response: { 200: Commitment, ...errorResponses(401, 403, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.commitmentId),
  );

  app.patch(
    '/commitments/:commitmentId',
    {
      schema: {
        tags,
        summary: "Edit a commitment (owner unit or HQ); the status follows its tasks; send the version you read (409 when stale)",
        params,
        body: CommitmentUpdate,
        response: { 200: Commitment, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.update(actorOf(req), req.params.commitmentId, req.body),
  );
};
