import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AgreementStatistics, DatasetCatalogue, PublicAgreements } from '../../../shared/schemas/open-data.js';
import type { Db } from '../../db/client.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { agreementsCsv, openDataService, statisticsCsv } from './open-data.service.js';

const tags = ['open data'];
/** Anyone may read; a generous limit per address keeps scrapers from crowding out people. */
const config = { rateLimit: { max: 120, timeWindow: '1 minute' } };
const CSV = 'text/csv; charset=utf-8';
const attachment = (name: string) => `attachment; filename="econdip-${name}.csv"`;

export const openDataRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = openDataService(db);
  const publicRoute = { tags, security: [] };

  app.get('/public/datasets', { config, schema: { ...publicRoute, summary: 'The open data sets, with their stable download addresses (no sign-in)', response: { 200: DatasetCatalogue, ...errorResponses(429) } } }, async () =>
    service.catalogue(),
  );

  app.get('/public/datasets/agreements.json', { config, schema: { ...publicRoute, summary: 'Published cooperation agreements: title, parties, date, fields (no sign-in)', response: { 200: PublicAgreements, ...errorResponses(429) } } }, async () =>
    service.agreements(),
  );

  app.get(
    '/public/datasets/agreements.csv',
    { config, schema: { ...publicRoute, summary: 'Published cooperation agreements as CSV (no sign-in)', response: { 200: fileResponse(CSV, 'One agreement a row'), ...errorResponses(429) } } },
    async (_req, reply) => reply.header('content-type', CSV).header('content-disposition', attachment('agreements')).send(agreementsCsv((await service.agreements()).items)),
  );

  app.get(
    '/public/datasets/agreement-statistics.json',
    { config, schema: { ...publicRoute, summary: 'Published agreements by year, country and field (no sign-in)', response: { 200: AgreementStatistics, ...errorResponses(429) } } },
    async () => service.statistics(),
  );

  app.get(
    '/public/datasets/agreement-statistics.csv',
    { config, schema: { ...publicRoute, summary: 'Published agreements by year, country and field, as CSV (no sign-in)', response: { 200: fileResponse(CSV, 'One year, country and field a row'), ...errorResponses(429) } } },
    async (_req, reply) => reply.header('content-type', CSV).header('content-disposition', attachment('agreement-statistics')).send(statisticsCsv((await service.statistics()).items)),
  );
};
