import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Settings, SettingsUpdate } from '../../../shared/schemas/settings.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { settingsService } from './settings.service.js';

const tags = ['settings'];

export const settingsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = settingsService(db);

  app.get('/settings', { schema: { tags, summary: 'The system settings (admins), such as the row cap of exports', response: { 200: Settings, ...errorResponses(401, 403) } } }, async (req) =>
    service.get(actorOf(req)),
  );

  app.patch(
    '/settings',
    { schema: { tags, summary: 'Change system settings (admins); send the version you read (409 when stale)', body: SettingsUpdate, response: { 200: Settings, ...errorResponses(400, 401, 403, 409) } } },
    async (req) => service.update(actorOf(req), req.body),
  );
};
