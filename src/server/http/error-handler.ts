import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../shared/schemas/common.js';
import { DomainError, LimitExceeded, TooManyAttempts } from '../lib/errors.js';

/** The only place that knows HTTP status codes. */
export const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rule_violated: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

const body = (code: ErrorCode, message: string, fields?: Record<string, string>): ErrorBody => ({
  error: fields ? { code, message, fields } : { code, message },
});

const fieldPath = (instancePath: string, missingProperty?: unknown) =>
  [...instancePath.split('/').filter(Boolean), ...(typeof missingProperty === 'string' ? [missingProperty] : [])].join('.') || '_';

/** The first string holding a NUL character, by field path: PostgreSQL text cannot store one. */
function nulField(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '_' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulField(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Router failures (a malformed or overlong URL) answer like any other bad input; pass as Fastify's `frameworkErrors`. */
export const frameworkErrors = (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
  reply.code(STATUS.invalid).type('application/json; charset=utf-8').send(body('invalid', error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long' : 'The URL is malformed'));
};

export function registerErrorHandler(app: FastifyInstance) {
  // Refused before validation: a NUL would otherwise fail in the database as a 500.
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['params', request.params], ['query', request.query], ['body', request.body]] as const) {
      const field = nulField(value);
      if (field) throw new DomainError('invalid', `Invalid ${part}: ${field} contains a NUL character`, { [field]: 'NUL characters are not allowed' });
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A failure after a handler chose another type (a file being sent) must still answer in JSON.
    reply.type('application/json; charset=utf-8');
    if (error instanceof DomainError) {
      if (error instanceof TooManyAttempts) reply.header('retry-after', String(error.retryAfterSeconds));
      const answer = body(error.code, error.message, error.fields);
      return reply.code(STATUS[error.code]).send(error instanceof LimitExceeded ? { error: { ...answer.error, limit: error.limit } } : answer);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const path = fieldPath(issue.instancePath, (issue.params as { missingProperty?: unknown })?.missingProperty);
        fields[path] ??= issue.message ?? 'Invalid value';
      }
      const summary = Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join('; ');
      return reply.code(400).send(body('invalid', `Invalid ${error.validationContext ?? 'request'}: ${summary}`, fields));
    }
    if (error.statusCode === 429) return reply.code(429).send(body('rate_limited', 'Too many requests; slow down and try again shortly'));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(body('payload_too_large', 'The request is too large'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code: ErrorCode = error.statusCode === 404 ? 'not_found' : error.statusCode === 401 ? 'unauthenticated' : error.statusCode === 403 ? 'forbidden' : 'invalid';
      return reply.code(error.statusCode === 415 ? 415 : STATUS[code]).send(body(code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(body('internal', 'Internal error'));
  });

  app.setNotFoundHandler((request, reply) => reply.code(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}`)));
}
