import type { FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { DomainError } from '../lib/errors.js';

/** Deeper JSON is refused before it is parsed: nothing the API takes nests beyond a few levels. */
export const MAX_JSON_DEPTH = 400;

/** Whether arrays and objects in JSON text nest deeper than `limit` (brackets inside strings do not count). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** JSON bodies: Fastify's parser (prototype poisoning refused), behind the depth limit. */
export function registerJsonBodies(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (nestsDeeperThan(body as string, MAX_JSON_DEPTH)) {
      done(new DomainError('invalid', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`, { _: 'Too deeply nested' }), undefined);
      return;
    }
    void parse(request, body as string, done);
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Paths of the keys of `input` that validation dropped from `output`: the fields no schema names. */
export function droppedKeys(input: unknown, output: unknown, path: string[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.length === output.length ? input.flatMap((item, index) => droppedKeys(item, output[index], [...path, String(index)])) : [];
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.keys(input).flatMap((key) => (Object.hasOwn(output, key) ? droppedKeys(input[key], output[key], [...path, key]) : [[...path, key].join('.')]));
}

/**
 * The zod validator, refusing request bodies with fields the schema does not name (400 naming each), so a typo or
 * a field from another version is never silently ignored, on every route present and future.
 */
export const strictBodyValidatorCompiler: typeof validatorCompiler = (route) => {
  const validate = validatorCompiler(route);
  if (route.httpPart !== 'body') return validate;
  return (data) => {
    // The zod validator answers synchronously with { value } or { error }.
    const result = validate(data) as { value?: unknown; error?: Error };
    if (result.error || !('value' in result)) return result;
    const unknown = droppedKeys(data, result.value);
    if (unknown.length === 0) return result;
    const fields = Object.fromEntries(unknown.map((path) => [path, 'Unknown field']));
    return { error: new DomainError('invalid', `Invalid body: unknown field(s) ${unknown.join(', ')}`, fields) };
  };
};
