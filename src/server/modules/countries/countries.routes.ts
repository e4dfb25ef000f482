import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LocalizedName } from '../../../shared/schemas/common.js';
import { allCountries } from './countries.service.js';

const CountryList = z.object({ items: z.array(z.object({ code: z.string(), name: LocalizedName })) });

export const countriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const items = allCountries();
  app.get(
    '/countries',
    { schema: { tags: ['reference'], summary: 'ISO 3166-1 countries with Vietnamese and English names', security: [], response: { 200: CountryList } } },
    async () => ({ items }),
  );
};
