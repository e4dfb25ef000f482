import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  SupportRequestAnswer,
  SupportRequestClose,
  SupportRequestDecision,
  SupportRequestDetail,
  SupportRequestInput,
  SupportRequestList,
  SupportRequestListQuery,
  SupportRequestUpdate,
} from '../../../shared/schemas/support-requests.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { supportRequestsService, type SupportRequestAction } from './support-requests.service.js';

const tags = ['support-requests'];
const params = z.object({ supportRequestId: z.uuid() });
const writeErrors = errorResponses(400, 401, 403, 404, 409, 422);

const ACTIONS: { action: SupportRequestAction; body: z.ZodType<{ answer?: string; version: number }>; summary: string }[] = [
  { action: 'accept', body: SupportRequestDecision, summary: 'The mission asked accepts the request (optionally with a note)' },
  { action: 'decline', body: SupportRequestDecision, summary: 'The mission asked declines the request, saying why (answer)' },
  { action: 'answer', body: SupportRequestAnswer, summary: 'The mission asked answers the request' },
  { action: 'close', body: SupportRequestClose, summary: 'The requesting unit closes the request' },
];

export const supportRequestsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = supportRequestsService(db);

  app.get(
    '/support-requests',
    { schema: { tags, summary: 'Requests the actor\'s units sent or received (HQ and leaders: all)', querystring: SupportRequestListQuery, response: { 200: SupportRequestList, ...errorResponses(400, 401, 403) } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.post(
    '/support-requests',
    { schema: { tags, summary: 'Ask a current mission abroad for support', body: SupportRequestInput, response: { 201: SupportRequestDetail, ...errorResponses(400, 401, 403, 422) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.get(
    '/support-requests/:supportRequestId',
    { schema: { tags, summary: 'One request with the activities that answered it', params, response: { 200: SupportRequestDetail, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => service.get(actorOf(req), req.params.supportRequestId),
  );

  app.patch(
    '/support-requests/:supportRequestId',
    { schema: { tags, summary: 'The requester edits an open request; send the version you read', params, body: SupportRequestUpdate, response: { 200: SupportRequestDetail, ...writeErrors } } },
    async (req) => service.update(actorOf(req), req.params.supportRequestId, req.body),
  );

  for (const { action, body, summary } of ACTIONS) {
    app.post(`/support-requests/:supportRequestId/${action}`, { schema: { tags, summary, params, body, response: { 200: SupportRequestDetail, ...writeErrors } } }, async (req) =>
      service.act(actorOf(req), req.params.supportRequestId, action, req.body),
    );
  }
};
