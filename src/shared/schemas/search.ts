import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';

/** The record types global search covers, in the order their groups are shown. */
export const SEARCH_TYPES = [
  'engagements',
  'agreements',
  'commitments',
  'tasks',
  'activities',
  'outcomes',
  'partners',
  'org-units',
  'support-requests',
] as const;
export const SearchType = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchType>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'Type something to search for').max(200),
  type: SearchType.optional().describe('Only this type, paged with page and pageSize'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(5).describe('Hits per type'),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

const Text = z.object({ vi: z.string(), en: z.string() });

export const SearchHit = z.object({
  id: Uuid,
  title: Text,
  /** The unit (or code) that places the record, in both languages. */
  detail: Text.nullable(),
  /** The record's main date: start, signing or due date. */
  date: IsoDate.nullable(),
  /** The web app's page of the record (an outcome opens its activity). */
  path: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchGroup = z.object({ type: SearchType, total: z.int(), items: z.array(SearchHit) });
export type SearchGroup = z.infer<typeof SearchGroup>;

export const SearchResults = z.object({
  q: z.string(),
  page: z.int(),
  pageSize: z.int(),
  /** One group per type the actor may read, each as that type's own list would answer the same search. */
  groups: z.array(SearchGroup),
});
export type SearchResults = z.infer<typeof SearchResults>;
