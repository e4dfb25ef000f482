import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MarketNote,
  MarketNoteInput,
  MarketNoteList,
  MarketNoteListQuery,
  MarketNotePublish,
  MarketNoteUpdate,
  MarketSubscription,
  MarketSubscriptionInput,
  MarketSubscriptionList,
} from '../../../shared/schemas/market-notes.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { marketNotesService } from './market-notes.service.js';

const tags = ['market-notes'];
const params = z.object({ marketNoteId: z.uuid() });
const writeErrors = errorResponses(400, 401, 403, 404, 409);

export const marketNotesRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = marketNotesService(db);

  app.get(
    '/market-notes',
    {
      schema: {
        tags,
        summary: 'Market reports, sector briefs and alerts the actor may read: business users only published public notes sent to businesses; restricted notes only their unit, HQ and leadership',
        querystring: MarketNoteListQuery,
        response: { 200: MarketNoteList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.post(
    '/market-notes',
    { schema: { tags, summary: 'Write a draft note for the actor\'s unit (HQ: any unit)', body: MarketNoteInput, response: { 201: MarketNote, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.get(
    '/market-subscriptions',
    { schema: { tags, summary: 'My subscriptions to notes by country and sector', response: { 200: MarketSubscriptionList, ...errorResponses(401) } } },
    async (req) => service.subscriptions(actorOf(req)),
  );

  app.post(
    '/market-subscriptions',
    {
      schema: {
        tags,
        summary: 'Subscribe to notes on a country, a sector or both: a notification when one I may read is published',
        body: MarketSubscriptionInput,
        response: { 201: MarketSubscription, ...errorResponses(400, 401, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await service.subscribe(actorOf(req), req.body)),
  );

  app.delete(
    '/market-subscriptions/:subscriptionId',
    { schema: { tags, summary: 'End one of my subscriptions', params: z.object({ subscriptionId: z.uuid() }), response: { 204: z.null().describe('Ended'), ...errorResponses(400, 401, 404) } } },
    async (req, reply) => {
      await service.unsubscribe(actorOf(req), req.params.subscriptionId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/market-notes/:marketNoteId',
    { schema: { tags, summary: 'One note, when the actor may read it (otherwise 404, as for a missing one)', params, response: { 200: MarketNote, ...errorResponses(400, 401, 404) } } },
    async (req) => service.get(actorOf(req), req.params.marketNoteId),
  );

  app.patch(
    '/market-notes/:marketNoteId',
    { schema: { tags, summary: 'The writing unit edits a note; send the version you read', params, body: MarketNoteUpdate, response: { 200: MarketNote, ...writeErrors } } },
    async (req) => service.update(actorOf(req), req.params.marketNoteId, req.body),
  );

  app.post(
    '/market-notes/:marketNoteId/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft to its readers and notify the subscribers who may read it',
        params,
        body: MarketNotePublish,
        response: { 200: MarketNote, ...writeErrors },
      },
    },
    async (req) => service.publish(actorOf(req), req.params.marketNoteId, req.body.version),
  );
};
