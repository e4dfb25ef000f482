import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PasswordReset, User, UserInput, UserList, UserListQuery, UserUpdate } from '../../../shared/schemas/users.js';
import type { Db } from '../../db/client.js';
import { actorOf } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { usersService } from './users.service.js';

const tags = ['users'];
const params = z.object({ userId: z.uuid() });

export const usersRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  const service = usersService(db);

  app.get('/users', { schema: { tags, summary: 'List users (system admin)', querystring: UserListQuery, response: { 200: UserList, ...errorResponses(400, 401, 403) } } }, async (req) =>
    service.list(actorOf(req), req.query),
  );

  app.post('/users', { schema: { tags, summary: 'Create a user with a role and unit (system admin)', body: UserInput, response: { 201: User, ...errorResponses(400, 401, 403, 409, 422) } } }, async (req, reply) =>
    reply.code(201).send(await service.create(actorOf(req), req.body)),
  );

  app.get('/users/:userId', { schema: { tags, summary: 'One user', params, response: { 200: User, ...errorResponses(401, 404) } } }, async (req) =>
    service.get(actorOf(req), req.params.userId),
  );

  app.patch(
    '/users/:userId',
    { schema: { tags, summary: 'Edit or deactivate a user; send the version you read (409 when stale)', params, body: UserUpdate, response: { 200: User, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (req) => service.update(actorOf(req), req.params.userId, req.body),
  );

  app.post(
    '/users/:userId/password',
    { schema: { tags, summary: 'Set a new password for a user and sign them out everywhere', params, body: PasswordReset, response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => {
      await service.resetPassword(actorOf(req), req.params.userId, req.body.password);
      return reply.code(204).send(null);
    },
  );
};
