import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CountryViewQuery, RegionView } from '../../../shared/schemas/countries.js';
import { Region, RegionCountries } from '../../../shared/schemas/regions.js';
import { countryViewService } from '../countries/country-view.service.js';
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

  const view = countryViewService(db);
  app.get(
    '/regions/:region',
    {
      schema: {
        tags: ['partners'],
        summary:
          "A MOFA region: the country page's counts over the region's countries for [from, to) (default this year), each with the list filter whose total it is, its latest records, and a table of each country's counts with their own filters",
        params: z.object({ region: Region }),
        querystring: CountryViewQuery,
        response: { 200: RegionView, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => view.region(actorOf(req), req.params.region, req.query),
  );
};
