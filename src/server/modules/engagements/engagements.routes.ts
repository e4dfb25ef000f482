import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Engagement, EngagementInput, EngagementList, EngagementListQuery, EngagementUpdate } from '../../../shared/schemas/engagements.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { attachmentRoutes } from '../attachments/attachments.routes.js';
import { engagementsService, findReadableEngagement, findWritableEngagement } from './engagements.service.js';

const tags = ['engagements'];
const params = z.object({ engagementId: z.uuid() });

export const engagementsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = engagementsService(db);

  app.get(
    '/engagements',
    {
      schema: {
        tags,
        summary: 'High-level engagements the actor reaches; from/to select those overlapping the period; q ignores accents',
        querystring: EngagementListQuery,
        response: { 200: EngagementList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get('/engagements/:engagementId', { schema: { tags, summary: 'One engagement', params, response: { 200: Engagement, ...errorResponses(400, 401, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.engagementId),
  );

  app.post(
    '/engagements',
    { schema: { tags, summary: 'Record an engagement (HQ; a unit editor: led by their unit)', body: EngagementInput, response: { 201: Engagement, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/engagements/:engagementId',
    {
      schema: {
        tags,
        summary: 'Edit an engagement (HQ, or its lead or participating unit); send the version you read (409 when stale)',
        params,
        body: EngagementUpdate,
        response: { 200: Engagement, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.update(actorOf(req), req.params.engagementId, req.body),
  );

  await app.register(
    attachmentRoutes(db, {
      resource: '/engagements',
      param: 'engagementId',
      tags,
      owner: { entity: 'engagement', assertReadable: findReadableEngagement, assertWritable: findWritableEngagement },
    }),
  );
};
