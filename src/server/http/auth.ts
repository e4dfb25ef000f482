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

/**
 * Resolves the session cookie or Bearer token on every request, and refuses cross-site writes:
 * a cookie-authenticated unsafe request must come from this origin.
 */
export function registerAuth(app: FastifyInstance, authenticate: Authenticate) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    const bearer = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
    const session = request.cookies[SESSION_COOKIE];
    if (!bearer && session && UNSAFE.has(request.method) && !sameOrigin(request)) {
      return reply.code(403).send({ error: { code: 'forbidden', message: 'Cross-site request refused' } });
    }
    request.sessionToken = session ?? null;
    request.actor = await authenticate({ session, bearer });
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
