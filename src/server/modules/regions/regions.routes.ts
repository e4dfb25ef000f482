import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RegionCountries } from '../../../shared/schemas/regions.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { regionsService } from './regions.service.js';

export const regionsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = regionsService(db);
  app.get(
    '/regions',
    { schema: { tags: ['reference'], summary: 'MOFA\'s regional groupings with the countries in each', response: { 200: RegionCountries, ...errorResponses(401, 403) } } },
    async (req) => service.list(actorOf(req)),
  );
};
