import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { healthService } from './health.service.js';

const Health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['pglite', 'postgres']), version: z.string() });

export const healthRoutes = (database: Database): FastifyPluginAsyncZod => async (app) => {
  const service = healthService(database);
  app.get('/health', { schema: { tags: ['system'], summary: 'Liveness and database reachability (no sign-in needed)', security: [], response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    const { ok, health } = await service.check();
    return reply.code(ok ? 200 : 503).send(health);
  });
};
