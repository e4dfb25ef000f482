import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AgreementStatistics, DatasetCatalogue, PublicAgreements, type AgreementStatistic, type PublicAgreement } from '../../../shared/schemas/open-data.js';
import type { Db } from '../../db/client.js';
import { toCsv } from '../../lib/csv.js';
import { errorResponses, fileResponse } from '../../http/openapi.js';
import { openDataService } from './open-data.service.js';

const tags = ['open data'];
/** Anyone may read; a generous limit per address keeps scrapers from crowding out people. */
const config = { rateLimit: { max: 120, timeWindow: '1 minute' } };
const CSV = 'text/csv; charset=utf-8';
const list = (values: (string | null)[]) => values.filter(Boolean).join('; ');

const agreementsCsv = (items: PublicAgreement[]) =>
  toCsv(
    ['id', 'title_vi', 'title_en', 'kind', 'signed_date', 'signed_place', 'fields', 'vietnamese_parties_vi', 'vietnamese_parties_en', 'foreign_parties_vi', 'foreign_parties_en', 'foreign_countries', 'published_at'],
    items.map((item) => [
      item.id,
      item.title.vi,
      item.title.en,
      item.kind,
      item.signedDate,
      item.signedPlace,
      list(item.fields),
      list(item.vietnameseParties.map((party) => party.vi)),
      list(item.vietnameseParties.map((party) => party.en)),
      list(item.foreignParties.map((party) => party.name.vi)),
      list(item.foreignParties.map((party) => party.name.en)),
      list([...new Set(item.foreignParties.map((party) => party.countryCode))]),
      item.publishedAt,
    ]),
  );

const statisticsCsv = (items: AgreementStatistic[]) =>
  toCsv(
    ['year', 'country_code', 'country_vi', 'country_en', 'field', 'agreements'],
    items.map((item) => [item.year, item.countryCode, item.country?.vi ?? null, item.country?.en ?? null, item.field, item.agreements]),
  );

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
