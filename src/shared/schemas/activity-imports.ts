import { z } from 'zod';
import { Uuid } from './common.js';
import { ImportLanguage } from './imports.js';

export const ActivityImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false).describe('Validate only; import nothing'),
  unitId: Uuid.optional().describe("The reporting unit (HQ only); default the importer's unit"),
  language: ImportLanguage,
});
export type ActivityImportQuery = z.infer<typeof ActivityImportQuery>;

export const ActivityImportResult = z.object({
  unitId: Uuid,
  dryRun: z.boolean(),
  rows: z.int(),
  /** Activities created (on a dry run: that would be created). */
  created: z.int(),
  /** Rows imported before (same normalised content): never imported twice. */
  skipped: z.int(),
  ids: z.array(Uuid),
});
export type ActivityImportResult = z.infer<typeof ActivityImportResult>;
