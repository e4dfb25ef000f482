import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchQuery, SearchResults } from '../../../shared/schemas/search.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { searchService } from './search.service.js';

export const searchRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = searchService(db);
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search every record type at once, accents and case ignored ("ha noi" finds "Hà Nội"); each type answers as its own list would for the caller',
        querystring: SearchQuery,
        response: { 200: SearchResults, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.search(actorOf(req), req.query),
  );
};
