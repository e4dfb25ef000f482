import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LocalizedName } from '../../../shared/schemas/common.js';
import { CountryView, CountryViewQuery } from '../../../shared/schemas/countries.js';
import { CountryCode } from '../../../shared/schemas/partners.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { allCountries } from './countries.service.js';
import { countryViewService } from './country-view.service.js';

const CountryList = z.object({ items: z.array(z.object({ code: z.string(), name: LocalizedName })) });

export const countriesRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const items = allCountries();
  const view = countryViewService(db);
  app.get(
    '/countries',
    { schema: { tags: ['reference'], summary: 'ISO 3166-1 countries with Vietnamese and English names', security: [], response: { 200: CountryList } } },
    async () => ({ items }),
  );

  app.get(
    '/countries/:iso2',
    {
      schema: {
        tags: ['partners'],
        summary:
          'A country in 360°: names, MOFA region, partnership level and its history, FTAs, missions, and for [from, to) (default this year) the counts of engagements, agreements signed, open and overdue commitments, activities, outcomes and market notes the user may read, each with the list filter whose total it is, and the first five records of each',
        params: z.object({ iso2: CountryCode.describe('ISO 3166-1 alpha-2 code, upper case') }),
        querystring: CountryViewQuery,
        response: { 200: CountryView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => view.get(actorOf(req), req.params.iso2, req.query),
  );
};
