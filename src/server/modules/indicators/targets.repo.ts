import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { indicatorTargets, reportedValueRevisions, reportedValues } from '../../db/schema/index.js';
import { translateDbError, DomainError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { pageOffset } from '../../db/search.js';

export type ReportedValueRow = typeof reportedValues.$inferSelect;
export type ReportedValueInsert = Omit<typeof reportedValues.$inferInsert, 'id'>;
export type RevisionRow = typeof reportedValueRevisions.$inferSelect;
export type TargetRow = typeof indicatorTargets.$inferSelect;
export type TargetInsert = Omit<typeof indicatorTargets.$inferInsert, 'id'>;

const duplicateValue = new DomainError('conflict', 'A figure for this indicator and period exists; revise it instead', { from: 'duplicate' });
const duplicateTarget = new DomainError('conflict', 'A target for this indicator, period and unit exists; edit it instead', { indicatorCode: 'duplicate' });

export const reportedValuesRepo = {
  /** Figures of an indicator whose period lies within [from, to). */
  within: (ex: Executor, code: string, from: string, to: string) =>
    ex
      .select()
      .from(reportedValues)
      .where(and(eq(reportedValues.indicatorCode, code), gte(reportedValues.periodStart, from), lte(reportedValues.periodEnd, to)))
      .orderBy(asc(reportedValues.periodStart), asc(reportedValues.periodEnd)),

  list: async (ex: Executor, filter: { indicatorCode?: string; from?: string; to?: string; page: number; pageSize: number }) => {
    const where = and(
      filter.indicatorCode ? eq(reportedValues.indicatorCode, filter.indicatorCode) : undefined,
      filter.from ? gte(reportedValues.periodEnd, filter.from) : undefined,
      filter.to ? lte(reportedValues.periodStart, filter.to) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex.select().from(reportedValues).where(where).orderBy(asc(reportedValues.indicatorCode), desc(reportedValues.periodStart), asc(reportedValues.periodEnd)).limit(filter.pageSize).offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(reportedValues).where(where),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) => ex.select().from(reportedValues).where(eq(reportedValues.id, id)).then(([row]) => row),
  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(reportedValues).where(eq(reportedValues.id, id)).for('update').then(([row]) => row),
  findByPeriod: (ex: Executor, code: string, from: string, to: string) =>
    ex
      .select()
      .from(reportedValues)
      .where(and(eq(reportedValues.indicatorCode, code), eq(reportedValues.periodStart, from), eq(reportedValues.periodEnd, to)))
      .for('update')
      .then(([row]) => row),

  insert: (ex: Executor, values: ReportedValueInsert) =>
    ex
      .insert(reportedValues)
      .values({ ...values, id: newId() })
      .returning()
      .then(([row]) => row!)
      .catch((error: unknown) => translateDbError(error, { unique: duplicateValue })),

  /** Keeps the current figure as a revision, then writes the new one; undefined when the version moved. */
  revise: async (ex: Executor, current: ReportedValueRow, version: number, values: Partial<ReportedValueInsert>, changedBy: string | null) => {
    const [row] = await ex
      .update(reportedValues)
      .set({ ...values, version: sql`${reportedValues.version} + 1`, updatedAt: new Date() })
      .where(and(eq(reportedValues.id, current.id), eq(reportedValues.version, version)))
      .returning();
    if (!row) return undefined;
    await ex.insert(reportedValueRevisions).values({
      id: newId(),
      reportedValueId: current.id,
      version: current.version,
      value: current.value,
      source: current.source,
      publishedOn: current.publishedOn,
      note: current.note,
      changedBy,
    });
    return row;
  },

  delete: (ex: Executor, id: string, version: number) =>
    ex.delete(reportedValues).where(and(eq(reportedValues.id, id), eq(reportedValues.version, version))).returning({ id: reportedValues.id }).then((rows) => rows.length > 0),

  revisionsOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([] as RevisionRow[])
      : ex.select().from(reportedValueRevisions).where(inArray(reportedValueRevisions.reportedValueId, ids)).orderBy(desc(reportedValueRevisions.version)),
};

export const targetsRepo = {
  list: async (ex: Executor, filter: { year?: number; half?: number | null; indicatorCode?: string; unitId?: string; national?: boolean; page: number; pageSize: number }) => {
    const where = and(
      filter.year ? eq(indicatorTargets.year, filter.year) : undefined,
      filter.half === null ? isNull(indicatorTargets.half) : filter.half ? eq(indicatorTargets.half, filter.half) : undefined,
      filter.indicatorCode ? eq(indicatorTargets.indicatorCode, filter.indicatorCode) : undefined,
      filter.unitId ? eq(indicatorTargets.unitId, filter.unitId) : undefined,
      filter.national === true ? isNull(indicatorTargets.unitId) : filter.national === false ? gt(sql`coalesce(${indicatorTargets.unitId}::text, '')`, '') : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(indicatorTargets)
        .where(where)
        .orderBy(desc(indicatorTargets.year), sql`${indicatorTargets.half} NULLS FIRST`, asc(indicatorTargets.indicatorCode), asc(indicatorTargets.id))
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(indicatorTargets).where(where),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },
  findById: (ex: Executor, id: string) => ex.select().from(indicatorTargets).where(eq(indicatorTargets.id, id)).then(([row]) => row),
  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(indicatorTargets).where(eq(indicatorTargets.id, id)).for('update').then(([row]) => row),
  insert: (ex: Executor, values: TargetInsert) =>
    ex
      .insert(indicatorTargets)
      .values({ ...values, id: newId() })
      .returning()
      .then(([row]) => row!)
      .catch((error: unknown) => translateDbError(error, { unique: duplicateTarget })),
  update: (ex: Executor, id: string, version: number, values: Partial<TargetInsert>) =>
    ex
      .update(indicatorTargets)
      .set({ ...values, version: sql`${indicatorTargets.version} + 1`, updatedAt: new Date() })
      .where(and(eq(indicatorTargets.id, id), eq(indicatorTargets.version, version)))
      .returning()
      .then(([row]) => row),
  delete: (ex: Executor, id: string, version: number) =>
    ex.delete(indicatorTargets).where(and(eq(indicatorTargets.id, id), eq(indicatorTargets.version, version))).returning({ id: indicatorTargets.id }).then((rows) => rows.length > 0),
};
