import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiTokenCreated, ApiToken, LoginInput, Me, PasswordChange, ApiTokenInput, SessionState } from '../../../shared/schemas/auth.js';
import { Locale } from '../../../shared/schemas/users.js';
import { actorOf, SESSION_COOKIE } from '../../http/auth.js';
import { errorResponses } from '../../http/openapi.js';
import { SESSION_TTL_MS, type AuthService } from './auth.service.js';

const tags = ['auth'];

export const authRoutes = (auth: AuthService, { secureCookies, loginRateLimit }: { secureCookies: boolean; loginRateLimit: number }): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Sign in with e-mail and password; sets the session cookie', security: [], body: LoginInput, response: { 200: Me, ...errorResponses(400, 401, 429) } },
      config: { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, me } = await auth.login(req.body, req.ip);
      // Secure whenever the request came over HTTPS (as a trusted proxy reports it), or always when configured so.
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies || req.protocol === 'https', maxAge: SESSION_TTL_MS / 1000 });
      return me;
    },
  );

  app.post('/auth/logout', { schema: { tags, summary: 'Sign out: ends the session', security: [], response: { 204: z.null() } } }, async (req, reply) => {
    if (req.sessionToken) await auth.logout(req.sessionToken, req.ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.get(
    '/auth/session',
    { schema: { tags, summary: 'The signed-in user, or null when no session is open (200 either way; /me answers 401)', security: [], response: { 200: SessionState } } },
    async (req) => ({ me: req.actor ? await auth.me(req.actor.userId) : null, timeZone: auth.timeZone(), demoData: await auth.demoData() }),
  );

  app.get('/me', { schema: { tags, summary: 'The signed-in user and what they may do', response: { 200: Me, ...errorResponses(401) } } }, async (req) =>
    auth.me(actorOf(req).userId),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change one\'s own name or language',
        body: z.object({ name: z.string().trim().min(1).max(200).optional(), locale: Locale.optional() }),
        response: { 200: Me, ...errorResponses(400, 401) },
      },
    },
    async (req) => auth.updateProfile(actorOf(req), req.body),
  );

  app.post(
    '/me/password',
    { schema: { tags, summary: 'Change one\'s own password; other sessions and every personal API token end', body: PasswordChange, response: { 204: z.null(), ...errorResponses(400, 401) } } },
    async (req, reply) => {
      await auth.changePassword(actorOf(req), req.body, req.sessionToken ?? undefined);
      return reply.code(204).send(null);
    },
  );

  app.get('/me/tokens', { schema: { tags, summary: 'Personal API tokens (secrets are never shown again)', response: { 200: z.object({ items: z.array(ApiToken) }), ...errorResponses(401) } } }, async (req) =>
    auth.listTokens(actorOf(req)),
  );

  app.post(
    '/me/tokens',
    { schema: { tags, summary: 'Create a personal API token for integrations (Authorization: Bearer)', body: ApiTokenInput, response: { 201: ApiTokenCreated, ...errorResponses(400, 401) } } },
    async (req, reply) => reply.code(201).send(await auth.createToken(actorOf(req), req.body)),
  );

  app.delete(
    '/me/tokens/:tokenId',
    { schema: { tags, summary: 'Revoke a personal API token', params: z.object({ tokenId: z.uuid() }), response: { 204: z.null(), ...errorResponses(401, 404) } } },
    async (req, reply) => {
      await auth.revokeToken(actorOf(req), req.params.tokenId);
      return reply.code(204).send(null);
    },
  );
};
