import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/schemas/common.js';

/** Documents the error responses a route can give, all in the one error shape. */
export const errorResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, ErrorBody]));

/**
 * A file download (an Excel workbook, an attached document): documented as binary content of its media type.
 * Handlers send a Buffer, which Fastify writes as it is, without the serializer; hence the Buffer type.
 */
export const fileResponse = (mediaTypes: string | string[], description: string) =>
  z.string().meta({ description, contentMediaType: [mediaTypes].flat().join(',') }) as unknown as z.ZodType<Buffer>;

type JsonSchema = Record<string, unknown>;

/** A response documented by `fileResponse` becomes binary content of its media type instead of a JSON string. */
function asFileContent(schema: JsonSchema): JsonSchema {
  const mediaTypes = schema.contentMediaType;
  if (typeof mediaTypes !== 'string') return schema;
  const content = Object.fromEntries(mediaTypes.split(',').map((mediaType) => [mediaType.trim(), { schema: { type: 'string', format: 'binary' } }]));
  return { description: schema.description, content };
}

const API_PREFIX = /^\/api\/v\d+/;
const pascal = (words: string) =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');

/**
 * A stable operationId from the method and path, so generated clients keep their names while the API grows:
 * `GET /api/v1/agreements/:agreementId/events` → `getAgreementsByAgreementIdEvents`.
 */
export function operationIdFor(method: string, url: string): string {
  const segments = url.replace(API_PREFIX, '').split('/').filter(Boolean);
  const words = segments.map((segment) => (segment.startsWith(':') ? `By${pascal(segment.slice(1))}` : pascal(segment)));
  return method.toLowerCase() + words.join('');
}

/** The zod → JSON Schema transform, plus the operationId every operation needs (a route may still name its own). */
export const documentRoute: typeof jsonSchemaTransform = (input) => {
  const output = jsonSchemaTransform(input);
  const method = Array.isArray(input.route.method) ? input.route.method[0]! : input.route.method;
  const responses = output.schema.response as Record<string, JsonSchema> | undefined;
  const response = responses && Object.fromEntries(Object.entries(responses).map(([status, schema]) => [status, asFileContent(schema)]));
  return { ...output, schema: { operationId: operationIdFor(method, input.url), ...output.schema, ...(response && { response }) } };
};
