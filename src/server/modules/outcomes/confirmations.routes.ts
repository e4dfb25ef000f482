import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConfirmationClaim, ConfirmationDecision, ConfirmationResult, ConfirmationTokenParams } from '../../../shared/schemas/outcomes.js';
import type { Db } from '../../db/client.js';
import { errorResponses } from '../../http/openapi.js';
import { confirmationsService } from './confirmations.service.js';

const tags = ['confirmations'];
// Public and unauthenticated: slow down anyone guessing links.
const config = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** The page a business reaches from its e-mail, without an account. */
export const confirmationsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = confirmationsService(db);

  app.get(
    '/confirmations/:token',
    {
      config,
      schema: {
        tags,
        security: [],
        summary: 'Public: what the business is asked to confirm; 404 for an unknown link, 410 when used, replaced or expired',
        params: ConfirmationTokenParams,
        response: { 200: ConfirmationClaim, ...errorResponses(400, 404, 410, 429) },
      },
    },
    async (req) => service.claim(req.params.token),
  );

  app.post(
    '/confirmations/:token',
    {
      config,
      schema: {
        tags,
        security: [],
        summary: 'Public: confirm, correct (with the right figure) or deny the outcome; the link then stops working',
        params: ConfirmationTokenParams,
        body: ConfirmationDecision,
        response: { 200: ConfirmationResult, ...errorResponses(400, 404, 410, 429) },
      },
    },
    async (req) => service.decide(req.params.token, req.body),
  );
};
