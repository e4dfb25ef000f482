import { z } from 'zod';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The lists that export with the filters they are shown with. */
export const EXPORTABLE_LISTS = ['engagements', 'agreements', 'commitments', 'tasks', 'activities', 'outcomes', 'partners', 'support-requests', 'indicator-records', 'market-notes'] as const;
export type ExportableList = (typeof EXPORTABLE_LISTS)[number];

/** Added to a list's own filters: the file format and the language of its headers and labels. */
export const ExportOptions = z.object({
  format: ExportFormat.default('xlsx'),
  lang: z.enum(['vi', 'en']).default('vi'),
});
export type ExportOptions = z.infer<typeof ExportOptions>;
