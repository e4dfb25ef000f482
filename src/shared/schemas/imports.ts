import { z } from 'zod';
import { NUMBER_REFUSALS } from '../numbers.js';

export const IMPORT_KINDS = ['engagements', 'agreements'] as const;
export const ImportKind = z.enum(IMPORT_KINDS);

export const IMPORT_LANGUAGES = ['vi', 'en'] as const;
/** The language of a template: its headers, drop-down labels and instructions, and how its numbers are typed. */
export const ImportLanguage = z.enum(IMPORT_LANGUAGES).default('vi').describe('The template\'s language: headers, drop-down labels, and how numbers are written (vi 1.250.000,5; en 1,250,000.5)');
export type ImportKind = z.infer<typeof ImportKind>;

/** Stable codes of row problems, for the UI to translate; the English `message` gives the detail. */
export const IMPORT_ERROR_CODES = [
  'required',
  'invalid_value',
  'invalid_date',
  'invalid_number',
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
export const ImportRowError = z.object({
  row: z.int(),
  field: z.string(),
  column: z.string().optional().describe('The column\'s header in the template\'s language'),
  code: ImportErrorCode,
  message: z.string(),
  value: z.string().optional().describe('The cell as it was typed'),
  reason: z.enum(NUMBER_REFUSALS).optional().describe('Why a number was refused (with `invalid_number`)'),
});
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

/** A file over the import limits (413): `limit` says which bound and what was found, when it is the row count. */
export const ImportTooLarge = z.object({
  error: z.object({
    code: z.literal('payload_too_large'),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    limit: z
      .object({
        name: z.literal('rows'),
        max: z.int().describe('Data rows one file may hold (ECONDIP_IMPORT_MAX_ROWS)'),
        found: z.int().describe('Data rows read before reading stopped: the file holds at least this many'),
      })
      .optional(),
  }),
});
export type ImportTooLarge = z.infer<typeof ImportTooLarge>;
