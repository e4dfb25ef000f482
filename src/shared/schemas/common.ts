import { z } from 'zod';

/** A calendar date as YYYY-MM-DD that exists on the calendar (rejects 2025-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, 'Not a valid calendar date');

export const Uuid = z.uuid();

/** A record's version for optimistic concurrency: a positive PostgreSQL integer. */
export const Version = z.int().min(1).max(2_147_483_647);

export const ListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.int(), page: z.int(), pageSize: z.int() });

export const ErrorCode = z.enum([
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'gone',
  'payload_too_large',
  'rule_violated',
  'rate_limited',
  'internal',
  /** A part of the server the request needs is not installed or not running (e.g. LibreOffice for PDF). */
  'unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const LocalizedName = z.object({
  vi: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});

/** A yes/no query-string parameter, written `true` or `false`. */
export const QueryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
