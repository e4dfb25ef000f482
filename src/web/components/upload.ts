import type { z } from 'zod';
import { ErrorBody } from '../../shared/schemas/common.js';
import { ImportTooLarge } from '../../shared/schemas/imports.js';
import { ApiError } from '../lib/api.js';

/** The answer to a multipart upload: `ok` with the parsed body, or the error body as sent. */
export async function postFile(path: string, file: File): Promise<Response> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
  return response;
}

export async function toApiError(response: Response, json?: unknown): Promise<ApiError> {
  const body: unknown = json ?? (await response.json().catch(() => null));
  const tooLarge = ImportTooLarge.safeParse(body);
  if (tooLarge.success) return new ApiError(response.status, 'payload_too_large', tooLarge.data.error.message, tooLarge.data.error.fields, tooLarge.data.error.limit);
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.fields);
  return new ApiError(response.status, response.status === 413 ? 'payload_too_large' : 'internal', response.statusText);
}

/** Uploads one file (multipart field `file`) and checks the answer against the contract. */
export async function uploadFile<S extends z.ZodType>(path: string, file: File, schema: S): Promise<z.infer<S>> {
  const response = await postFile(path, file);
  if (!response.ok) throw await toApiError(response);
  return schema.parse(await response.json());
}
