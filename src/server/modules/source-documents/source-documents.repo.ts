import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { SourceDocumentListQuery } from '../../../shared/schemas/source-documents.js';
import type { Executor } from '../../db/client.js';
import { engagements, sourceDocuments } from '../../db/schema/index.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import { newId } from '../../lib/ids.js';

export type SourceDocumentRow = typeof sourceDocuments.$inferSelect;
export type SourceDocumentInsert = Omit<typeof sourceDocuments.$inferInsert, 'id'>;

const searchable = sql`${sourceDocuments.titleVi} || ' ' || ${sourceDocuments.titleEn} || ' ' || coalesce(${sourceDocuments.number}, '') || ' ' || ${sourceDocuments.issuer}`;

export const sourceDocumentsRepo = {
  list: async (ex: Executor, filter: SourceDocumentListQuery) => {
    const conditions = and(
      filter.kind ? eq(sourceDocuments.kind, filter.kind) : undefined,
      filter.from ? gte(sourceDocuments.issuedDate, filter.from) : undefined,
      filter.to ? lt(sourceDocuments.issuedDate, filter.to) : undefined,
      filter.engagementId ? eq(sourceDocuments.engagementId, filter.engagementId) : undefined,
      filter.excludeDemo ? eq(sourceDocuments.demo, false) : undefined,
      filter.q ? matchesText(searchable, filter.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(sourceDocuments)
        .where(conditions)
        .orderBy(...phraseFirst(searchable, filter.q), desc(sourceDocuments.issuedDate), asc(sourceDocuments.titleVi), asc(sourceDocuments.id))
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(sourceDocuments).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) => ex.select().from(sourceDocuments).where(eq(sourceDocuments.id, id)).then(([row]) => row),

  /** The first document recorded under a number and symbol as printed (222/2025/QH15). */
  findByNumber: (ex: Executor, number: string) =>
    ex.select().from(sourceDocuments).where(eq(sourceDocuments.number, number)).orderBy(asc(sourceDocuments.createdAt), asc(sourceDocuments.id)).limit(1).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(sourceDocuments).where(eq(sourceDocuments.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: SourceDocumentInsert) =>
    ex.insert(sourceDocuments).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<SourceDocumentInsert>) =>
    ex
      .update(sourceDocuments)
      .set({ ...values, version: sql`${sourceDocuments.version} + 1`, updatedAt: new Date() })
      .where(and(eq(sourceDocuments.id, id), eq(sourceDocuments.version, version)))
      .returning()
      .then(([row]) => row),

  /** Titles of the engagements the documents record the conclusions of. */
  engagementTitles: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve(new Map<string, { id: string; title: { vi: string; en: string } }>())
      : ex
          .select({ id: engagements.id, titleVi: engagements.titleVi, titleEn: engagements.titleEn })
          .from(engagements)
          .where(inArray(engagements.id, ids))
          .then((rows) => new Map(rows.map((row) => [row.id, { id: row.id, title: { vi: row.titleVi, en: row.titleEn } }]))),

};
