import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REGIONS, RegionCountries, type Region } from '../../../shared/schemas/regions.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { forbidden } from '../../lib/errors.js';
import { isInternal } from '../../policy/roles.js';
import { regionsRepo } from './regions.repo.js';

export const regionsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/regions',
    { schema: { tags: ['reference'], summary: 'MOFA\'s regional groupings with the countries in each', response: { 200: RegionCountries, ...errorResponses(401, 403) } } },
    async (req) => {
      if (!isInternal(actorOf(req))) throw forbidden();
      const rows = await regionsRepo.all(db);
      return { items: REGIONS.map((region: Region) => ({ region, countryCodes: rows.filter((r) => r.region === region).map((r) => r.countryCode) })) };
    },
  );
};
