import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { DomainError } from '../lib/errors.js';

export const SESSION_COOKIE = 'econdip_session';

/** Resolves a request's credentials to its actor (the auth service's `authenticate`). */
export type Authenticate = (credential: { session?: string; bearer?: string }) => Promise<Actor | null>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every signed-in request; routes read it through `actorOf(req)`. */
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** The signed-in actor, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Sign in first');
  return request.actor;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const refuse = (reply: FastifyReply, status: 401 | 403, message: string) =>
  reply.code(status).send({ error: { code: status === 401 ? 'unauthenticated' : 'forbidden', message } });

/** A route is public when its OpenAPI operation says so (`security: []`); every other one needs a credential. */
const isPublic = (request: FastifyRequest) => {
  const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return Array.isArray(security) && security.length === 0;
};

/**
 * Resolves exactly one credential per request: an Authorization header must be a live `Bearer` API token (the
 * cookie is then ignored, and anything else is a 401), else the session cookie, whose unsafe requests must come
 * from this origin. Anonymous requests to protected routes answer 401 before their input is parsed or validated.
 */
export function registerAuth(app: FastifyInstance, authenticate: Authenticate) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const bearer = /^bearer\s+(\S+)\s*$/i.exec(header)?.[1];
      request.actor = bearer ? await authenticate({ bearer }) : null;
      if (!request.actor) return refuse(reply, 401, 'The Authorization header holds no valid API token');
      return;
    }
    const session = request.cookies[SESSION_COOKIE];
    if (session && UNSAFE.has(request.method) && !sameOrigin(request)) return refuse(reply, 403, 'Cross-site request refused');
    request.sessionToken = session ?? null;
    request.actor = session ? await authenticate({ session }) : null;
    // Routes without a schema are the not-found handler's: it answers 404 to everyone.
    if (!request.actor && request.url.startsWith('/api/v1/') && request.routeOptions.schema && !isPublic(request)) return refuse(reply, 401, 'Sign in first');
  });
}
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin ?? request.headers.referer;
  if (!origin) return true; // non-browser clients send no Origin; browsers always send it on cross-site writes
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
