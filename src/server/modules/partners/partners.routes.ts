import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FtaList, Partner, PartnerDetail, PartnerInput, PartnerList, PartnerListQuery, PartnerUpdate } from '../../../shared/schemas/partners.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { partnersService } from './partners.service.js';

const tags = ['partners'];
const params = z.object({ partnerId: z.uuid() });

export const partnersRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = partnersService(db);

  app.get(
    '/partners',
    { schema: { tags, summary: 'Countries, international organisations, foreign localities and companies; q ignores accents', querystring: PartnerListQuery, response: { 200: PartnerList, ...errorResponses(400, 401, 403) } } },
    async (req) => service.list(actorOf(req), req.query),
  );

  app.get(
    '/partners/:partnerId',
    { schema: { tags, summary: 'A partner; a country also with its partnership level and the FTAs covering it', params, response: { 200: PartnerDetail, ...errorResponses(400, 401, 403, 404) } } },
    async (req) => service.get(actorOf(req), req.params.partnerId),
  );

  app.post(
    '/partners',
    { schema: { tags, summary: 'Create a partner (HQ; unit editors: foreign localities and companies)', body: PartnerInput, response: { 201: Partner, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.patch(
    '/partners/:partnerId',
    { schema: { tags, summary: 'Edit a partner (HQ); send the version you read (409 when stale)', params, body: PartnerUpdate, response: { 200: Partner, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (req) => service.update(actorOf(req), req.params.partnerId, req.body),
  );

  app.get(
    '/ftas',
    { schema: { tags: ['reference'], summary: 'Free-trade agreements Viet Nam has signed, joined or is negotiating', response: { 200: FtaList, ...errorResponses(401, 403) } } },
    async (req) => service.ftas(actorOf(req)),
  );
};
