import { and, asc, count, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CommitmentListQuery } from '../../../shared/schemas/commitments.js';
import { COMPLETED_TASK_STATUSES } from '../../../shared/schemas/tasks.js';
import type { Executor } from '../../db/client.js';
import { agreementParties, agreements, commitmentCoOwners, commitments, engagements, partners, sourceDocuments, tasks } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { Region } from '../../../shared/schemas/regions.js';
import { regionFilter } from '../regions/regions.repo.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';

export type CommitmentRow = typeof commitments.$inferSelect;
export type CommitmentInsert = Omit<typeof commitments.$inferInsert, 'id'>;

const searchable = sql`${commitments.title} || ' ' || coalesce(${commitments.sourceQuote}, '') || ' ' || coalesce(${commitments.indicatorCode}, '')`;

/** Commitments owned or co-owned by any of the units. */
const involvesUnits = (unitIds: string[]): SQL =>
  unitIds.length === 0
    ? sql`false`
    : or(
        inArray(commitments.ownerUnitId, unitIds),
        sql`EXISTS (SELECT 1 FROM ${commitmentCoOwners} WHERE ${commitmentCoOwners.commitmentId} = ${commitments.id} AND ${inArray(commitmentCoOwners.unitId, unitIds)})`,
      )!;

/**
 * Commitments concerning a country: made at an engagement with it, or under an agreement with a party of it
 * (a foreign party's country code, as the agreement list's countryCode filter reads it).
 */
export const concernsCountry = (countryCode: string): SQL =>
  or(
    sql`EXISTS (SELECT 1 FROM ${engagements} e WHERE e.id = ${commitments.engagementId} AND ${countryCode} = ANY(e.country_codes))`,
    sql`EXISTS (SELECT 1 FROM ${agreementParties} p JOIN ${partners} f ON f.id = p.partner_id WHERE p.agreement_id = ${commitments.agreementId} AND f.country_code = ${countryCode})`,
  )!;

/** Commitments concerning a country of the MOFA region, by the same two ways. */
export const concernsRegion = (region: Region): SQL =>
  or(
    sql`EXISTS (SELECT 1 FROM ${engagements} e WHERE e.id = ${commitments.engagementId} AND ${regionFilter.anyCountry(sql`e.country_codes`, region)})`,
    sql`EXISTS (SELECT 1 FROM ${agreementParties} p JOIN ${partners} f ON f.id = p.partner_id WHERE p.agreement_id = ${commitments.agreementId} AND ${regionFilter.country(sql`f.country_code`, region)})`,
  )!;

export interface CommitmentFilter extends Partial<Pick<CommitmentListQuery, 'view'>>, Omit<CommitmentListQuery, 'view'> {
  scope: UnitScope;
  today: string;
  /** The unit filter resolved by the service (in the mapped view with the units it succeeded). */
  unitIds?: string[];
}

export const commitmentsRepo = {
  list: async (ex: Executor, filter: CommitmentFilter) => {
    const conditions = and(
      filter.scope.all ? undefined : involvesUnits(filter.scope.unitIds),
      filter.agreementId ? eq(commitments.agreementId, filter.agreementId) : undefined,
      filter.engagementId ? eq(commitments.engagementId, filter.engagementId) : undefined,
      filter.sourceDocumentId ? eq(commitments.sourceDocumentId, filter.sourceDocumentId) : undefined,
      filter.unitIds ? involvesUnits(filter.unitIds) : undefined,
      filter.countryCode ? concernsCountry(filter.countryCode) : undefined,
      filter.region ? concernsRegion(filter.region) : undefined,
      filter.status ? eq(commitments.status, filter.status) : undefined,
      filter.overdue === undefined
        ? undefined
        : filter.overdue
          ? and(lt(commitments.dueDate, filter.today), inArray(commitments.status, ['open', 'partially_fulfilled']))
          : or(isNull(commitments.dueDate), gte(commitments.dueDate, filter.today), inArray(commitments.status, ['fulfilled', 'not_pursued'])),
      filter.dueFrom ? gte(commitments.dueDate, filter.dueFrom) : undefined,
      filter.dueTo ? lte(commitments.dueDate, filter.dueTo) : undefined,
      filter.excludeDemo ? eq(commitments.demo, false) : undefined,
      filter.q ? matchesText(searchable, filter.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(commitments)
        .where(conditions)
        .orderBy(...phraseFirst(searchable, filter.q), sql`${commitments.dueDate} ASC NULLS LAST`, asc(commitments.title), asc(commitments.id))
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(commitments).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) =>
    ex.select().from(commitments).where(eq(commitments.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(commitments).where(eq(commitments.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: CommitmentInsert) =>
    ex.insert(commitments).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<CommitmentInsert>) =>
    ex
      .update(commitments)
      .set({ ...values, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
      .where(and(eq(commitments.id, id), eq(commitments.version, version)))
      .returning()
      .then(([row]) => row),

  /** Due dates of the commitments that have one. */
  dueDatesOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve(new Map<string, string>())
      : ex
          .select({ id: commitments.id, dueDate: commitments.dueDate })
          .from(commitments)
          .where(inArray(commitments.id, ids))
          .then((rows) => new Map(rows.flatMap((row) => (row.dueDate ? [[row.id, row.dueDate] as const] : [])))),

  coOwnersOf: (ex: Executor, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : ex.select().from(commitmentCoOwners).where(inArray(commitmentCoOwners.commitmentId, ids)),

  setCoOwners: async (ex: Executor, id: string, unitIds: string[]) => {
    await ex.delete(commitmentCoOwners).where(eq(commitmentCoOwners.commitmentId, id));
    if (unitIds.length > 0) await ex.insert(commitmentCoOwners).values(unitIds.map((unitId) => ({ commitmentId: id, unitId })));
  },

  /** Top-level tasks per commitment and how many are completed; sub-tasks are parts of those. */
  progressOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : ex
          .select({
            commitmentId: tasks.commitmentId,
            tasks: count(),
            completed: count(sql`CASE WHEN ${inArray(tasks.status, [...COMPLETED_TASK_STATUSES])} THEN 1 END`),
          })
          .from(tasks)
          .where(and(inArray(tasks.commitmentId, ids), isNull(tasks.parentTaskId)))
          .groupBy(tasks.commitmentId),

  topLevelTaskStatuses: (ex: Executor, commitmentId: string) =>
    ex
      .select({ status: tasks.status })
      .from(tasks)
      .where(and(eq(tasks.commitmentId, commitmentId), isNull(tasks.parentTaskId)))
      .then((rows) => rows.map((row) => row.status)),

  /** Titles of the agreements, engagements and source documents commitments come from, for their small references, and the agreements' expiry dates. */
  sourcesOf: async (ex: Executor, agreementIds: string[], engagementIds: string[], sourceDocumentIds: string[]) => {
    const [agreementRows, engagementRows, documentRows] = await Promise.all([
      agreementIds.length === 0
        ? []
        : ex.select({ id: agreements.id, titleVi: agreements.titleVi, titleEn: agreements.titleEn, expiryDate: agreements.expiryDate }).from(agreements).where(inArray(agreements.id, agreementIds)),
      engagementIds.length === 0 ? [] : ex.select({ id: engagements.id, titleVi: engagements.titleVi, titleEn: engagements.titleEn }).from(engagements).where(inArray(engagements.id, engagementIds)),
      sourceDocumentIds.length === 0
        ? []
        : ex.select({ id: sourceDocuments.id, titleVi: sourceDocuments.titleVi, titleEn: sourceDocuments.titleEn }).from(sourceDocuments).where(inArray(sourceDocuments.id, sourceDocumentIds)),
    ]);
    const refs = (rows: { id: string; titleVi: string; titleEn: string }[]) => new Map(rows.map((row) => [row.id, { id: row.id, title: { vi: row.titleVi, en: row.titleEn } }]));
    const expiries = new Map(agreementRows.flatMap((row) => (row.expiryDate ? [[row.id, row.expiryDate] as const] : [])));
    return { agreements: refs(agreementRows), engagements: refs(engagementRows), sourceDocuments: refs(documentRows), expiries };
  },
};
