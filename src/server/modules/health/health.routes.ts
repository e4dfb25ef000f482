import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { APP_VERSION } from '../../version.js';

const Health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['pglite', 'postgres']), version: z.string() });

export const healthRoutes = (database: Database): FastifyPluginAsyncZod => async (app) => {
  app.get('/health', { schema: { tags: ['system'], summary: 'Liveness and database reachability (no sign-in needed)', response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    const ok = await database.db.execute(sql`SELECT 1`).then(() => true, () => false);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database: database.kind, version: APP_VERSION });
  });
};
