import { z } from 'zod';

export const IMPORT_KINDS = ['engagements', 'agreements'] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;

/** Stable codes of row problems, for the UI to translate; the English `message` gives the detail. */
export const IMPORT_ERROR_CODES = [
  'required',
  'invalid_value',
  'invalid_date',
  'out_of_range',
  'unknown_unit',
  'unknown_country',
  'unknown_partner',
  'unknown_province',
  'unknown_reference',
  'duplicate_in_file',
  'locked_period',
  'forbidden',
  'rule_violated',
  'no_rows',
] as const;
export const ImportErrorCode = z.enum(IMPORT_ERROR_CODES);
export type ImportErrorCode = z.infer<typeof ImportErrorCode>;

/** One problem in one spreadsheet row; `row` is the Excel row number (the header is row 1). */
export const ImportRowError = z.object({ row: z.int(), field: z.string(), code: ImportErrorCode, message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportResult = z.object({
  kind: ImportKind,
  dryRun: z.boolean(),
  rows: z.int(),
  created: z.int(),
  /** Rows already present (same title and date): never imported twice. */
  skipped: z.int(),
  ids: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportRejected = z.object({
  error: z.object({ code: z.literal('rule_violated'), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
  rows: z.array(ImportRowError),
});
