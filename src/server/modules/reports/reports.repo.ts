import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { pageOffset } from '../../db/search.js';
import { reportFigures, reports, users } from '../../db/schema/index.js';

export type ReportRow = typeof reports.$inferSelect;
export type ReportInsert = typeof reports.$inferInsert;
export type ReportFigureRow = typeof reportFigures.$inferSelect;
export type ReportFigureInsert = typeof reportFigures.$inferInsert;

export const reportsRepo = {
  insert: (ex: Executor, values: ReportInsert) => ex.insert(reports).values(values).returning().then(([row]) => row!),

  findById: (ex: Executor, id: string) => ex.select().from(reports).where(eq(reports.id, id)).then(([row]) => row),
  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(reports).where(eq(reports.id, id)).for('update').then(([row]) => row),

  /** `unitIds`: only the unit reports of these units (a unit's reader); undefined: every report. */
  list: async (ex: Executor, filter: { status?: string; period?: string; template?: string; unitId?: string; unitIds?: string[]; page: number; pageSize: number }) => {
    const where = and(
      filter.status ? eq(reports.status, filter.status) : undefined,
      filter.period ? eq(reports.period, filter.period) : undefined,
      filter.template ? eq(reports.template, filter.template) : undefined,
      filter.unitId ? eq(reports.unitId, filter.unitId) : undefined,
      filter.unitIds ? (filter.unitIds.length > 0 ? inArray(reports.unitId, filter.unitIds) : sql`false`) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex.select().from(reports).where(where).orderBy(desc(reports.createdAt), desc(reports.id)).limit(filter.pageSize).offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(reports).where(where),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** A versioned change; undefined when the version is stale. */
  update: (ex: Executor, id: string, version: number, values: Partial<ReportInsert>) =>
    ex
      .update(reports)
      .set({ ...values, version: sql`${reports.version} + 1`, updatedAt: new Date() })
      .where(and(eq(reports.id, id), eq(reports.version, version)))
      .returning()
      .then(([row]) => row),

  /** Generation progress: written by the job, not a user's change, so the version stays. */
  setProgress: (ex: Executor, id: string, values: Pick<Partial<ReportInsert>, 'progress' | 'status' | 'error' | 'generatedAt'>) =>
    ex.update(reports).set(values).where(eq(reports.id, id)).returning().then(([row]) => row),

  names: async (ex: Executor, ids: (string | null)[]) => {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map<string, string>();
    const rows = await ex.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
    return new Map(rows.map((row) => [row.id, row.name]));
  },

  figures: (ex: Executor, reportId: string) =>
    ex.select().from(reportFigures).where(eq(reportFigures.reportId, reportId)).orderBy(asc(reportFigures.section), asc(reportFigures.position), asc(reportFigures.base)),

  insertFigures: async (ex: Executor, rows: ReportFigureInsert[]) => {
    if (rows.length > 0) await ex.insert(reportFigures).values(rows);
  },

  deleteFigures: (ex: Executor, reportId: string) => ex.delete(reportFigures).where(eq(reportFigures.reportId, reportId)),
};
