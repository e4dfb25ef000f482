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

/** What an uploaded import holds: engagements or agreements, or a unit's activities. */
export const IMPORT_RUN_KINDS = [...IMPORT_KINDS, 'activities'] as const;
export const ImportRunKind = z.enum(IMPORT_RUN_KINDS);
export type ImportRunKind = z.infer<typeof ImportRunKind>;

/** queued → running → done (imported, or checked on a dry run), rejected (row errors: nothing imported) or failed (the file itself). */
export const IMPORT_RUN_STATES = ['queued', 'running', 'done', 'rejected', 'failed'] as const;
export const ImportRunState = z.enum(IMPORT_RUN_STATES);
export type ImportRunState = z.infer<typeof ImportRunState>;
export const isFinished = (state: ImportRunState) => state === 'done' || state === 'rejected' || state === 'failed';

/** An import running in the background: its state, rows read, validated and written so far, then its result. */
export const ImportRun = z.object({
  id: z.uuid(),
  kind: ImportRunKind,
  state: ImportRunState,
  dryRun: z.boolean(),
  unitId: z.uuid().nullable().describe('The reporting unit of an activities import'),
  progress: z.object({ read: z.int(), validated: z.int(), written: z.int() }).describe('Data rows read from the sheet, validated, and written so far'),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  result: z
    .object({ dryRun: z.boolean(), rows: z.int(), created: z.int().describe('Records created (on a dry run: that would be)'), skipped: z.int().describe('Rows recorded before: never imported twice'), ids: z.array(z.string()) })
    .nullable()
    .describe('When done'),
  rows: z.array(ImportRowError).describe('When rejected: every problem by row and column; nothing was imported'),
  error: z
    .object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional(), limit: ImportTooLarge.shape.error.shape.limit })
    .nullable()
    .describe('When failed: why the file could not be read (not a template: invalid; over a limit: payload_too_large)'),
});
export type ImportRun = z.infer<typeof ImportRun>;
