import { z } from 'zod';
import { IsoDate, ListQuery, listOf, LocalizedName, QueryFlag, Uuid, Version } from './common.js';
import { CommitmentCounts, PromisedCommitment } from './dashboard.js';

/**
 * The kinds of document that give the tasks commitments come from: the conclusions of a conference, a Prime
 * Minister's directive (Chỉ thị), a Government, National Assembly or Politburo resolution, a notice of conclusions
 * (Thông báo kết luận).
 */
export const SOURCE_DOCUMENT_KINDS = [
  'conference_conclusions',
  'pm_directive',
  'government_resolution',
  'national_assembly_resolution',
  'politburo_resolution',
  'conclusion_notice',
] as const;
export const SourceDocumentKind = z.enum(SOURCE_DOCUMENT_KINDS);
export type SourceDocumentKind = z.infer<typeof SourceDocumentKind>;

const HttpUrl = z.url({ protocol: /^https?$/, error: 'Expected an http(s) link' }).max(2000);

export const SourceDocument = z.object({
  id: Uuid,
  kind: SourceDocumentKind,
  /** Number and symbol as printed, e.g. 222/2025/QH15 or 59-NQ/TW; null for conference conclusions without one. */
  number: z.string().nullable(),
  issuedDate: IsoDate,
  issuer: z.string(),
  title: LocalizedName,
  text: z.string().nullable(),
  url: z.string().nullable(),
  /** The conference (or other engagement) whose conclusions the document records. */
  engagement: z.object({ id: Uuid, title: LocalizedName }).nullable(),
  /** Invented for the demonstration data set. */
  demo: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

const sourceDocumentFields = {
  kind: SourceDocumentKind,
  number: z.string().trim().min(1).max(100).nullable().optional(),
  issuedDate: IsoDate,
  issuer: z.string().trim().min(1).max(300),
  title: LocalizedName,
  text: z.string().trim().max(100_000).nullable().optional(),
  url: HttpUrl.nullable().optional(),
  engagementId: Uuid.nullable().optional(),
};

export const SourceDocumentInput = z.object(sourceDocumentFields);
export type SourceDocumentInput = z.infer<typeof SourceDocumentInput>;

export const SourceDocumentUpdate = z.object(sourceDocumentFields).partial().extend({ version: Version });
export type SourceDocumentUpdate = z.infer<typeof SourceDocumentUpdate>;

export const SourceDocumentListQuery = ListQuery.extend({
  kind: SourceDocumentKind.optional(),
  from: IsoDate.optional().describe('Issued on or after this day'),
  to: IsoDate.optional().describe('Exclusive: issued before this day'),
  engagementId: Uuid.optional(),
  excludeDemo: QueryFlag.optional().describe('true: leave out records invented for the demonstration'),
});
export type SourceDocumentListQuery = z.infer<typeof SourceDocumentListQuery>;

export const SourceDocumentList = listOf(SourceDocument);

/** The commitments a source document gave (promised) with the tasks delivering them, as on an engagement's page. */
export const SourceDocumentPromised = z.object({
  sourceDocument: z.object({ id: Uuid, title: LocalizedName, issuedDate: IsoDate }),
  asOf: IsoDate,
  totals: CommitmentCounts,
  commitments: z.array(PromisedCommitment),
});
export type SourceDocumentPromised = z.infer<typeof SourceDocumentPromised>;
