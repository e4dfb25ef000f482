import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BusinessOutcomeList, BusinessOutcomeListQuery, CompanyProfileUpdate } from '../../../shared/schemas/business.js';
import { Partner } from '../../../shared/schemas/partners.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { businessService } from './business.service.js';

const tags = ['business'];

/** The workspace of a business user: its company's outcomes and profile (its support requests are under /support-requests). */
export const businessRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = businessService(db);

  app.get(
    '/business/outcomes',
    {
      schema: {
        tags,
        summary: "Outcomes attributed to my company, with the answer it gave (confirmed, corrected, denied) or a pending confirmation (business users)",
        querystring: BusinessOutcomeListQuery,
        response: { 200: BusinessOutcomeList, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => service.outcomes(actorOf(req), req.query),
  );

  app.get(
    '/business/company',
    { schema: { tags, summary: "My company's profile (business users)", response: { 200: Partner, ...errorResponses(401, 403, 404) } } },
    async (req) => service.company(actorOf(req)),
  );

  app.patch(
    '/business/company',
    {
      schema: {
        tags,
        summary: "Edit my company's short name, website and description; send the version you read (business users)",
        body: CompanyProfileUpdate,
        response: { 200: Partner, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.updateCompany(actorOf(req), req.body),
  );
};
