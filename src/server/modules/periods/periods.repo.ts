import { and, asc, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { PeriodListQuery, SubmissionListQuery } from '../../../shared/schemas/periods.js';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { notifications, orgUnits, periodSubmissions, reportingPeriods, users } from '../../db/schema/index.js';
import { DomainError, translateDbError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { pageOffset } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';
import { uuidArray } from '../dashboard/dashboard.repo.js';

export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type SubmissionRow = typeof periodSubmissions.$inferSelect;
export type UnitRow = typeof orgUnits.$inferSelect;
type PeriodInsert = Omit<typeof reportingPeriods.$inferInsert, 'id'>;
type SubmissionInsert = Omit<typeof periodSubmissions.$inferInsert, 'id'>;
export type FigureColumn = 'activities' | 'without_result' | 'supported' | 'outcomes' | 'confirmed';

const duplicatePeriod = new DomainError('conflict', 'A period of this kind already exists for these dates', { kind: 'duplicate' });
const duplicateSubmission = new DomainError('conflict', 'This unit already has a submission for this period', { unitId: 'duplicate' });

export const REMINDER_KIND = 'period.reminder' as const;

const withVersionBump = <T extends { version: unknown; updatedAt: unknown }>(table: T) => ({ version: sql`${table.version} + 1`, updatedAt: new Date() });

export const periodsRepo = {
  list: async (ex: Executor, query: PeriodListQuery) => {
    const conditions = and(
      query.kind ? eq(reportingPeriods.kind, query.kind) : undefined,
      query.year ? and(gte(reportingPeriods.startDate, `${query.year}-01-01`), sql`${reportingPeriods.startDate} < ${`${query.year + 1}-01-01`}`) : undefined,
      query.open === undefined ? undefined : eq(reportingPeriods.open, query.open),
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(reportingPeriods)
        .where(conditions)
        .orderBy(desc(reportingPeriods.startDate), asc(reportingPeriods.endDate))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(reportingPeriods).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) => ex.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).for('update').then(([row]) => row),

  insert: async (ex: Executor, values: PeriodInsert) => {
    try {
      const [row] = await ex.insert(reportingPeriods).values({ ...values, id: newId() }).returning();
      return row!;
    } catch (error) {
      return translateDbError(error, { unique: duplicatePeriod });
    }
  },

  update: (ex: Executor, id: string, version: number, values: Partial<PeriodInsert>) =>
    ex
      .update(reportingPeriods)
      .set({ ...values, ...withVersionBump(reportingPeriods) })
      .where(and(eq(reportingPeriods.id, id), eq(reportingPeriods.version, version)))
      .returning()
      .then(([row]) => row),
};

export const submissionsRepo = {
  list: async (ex: Executor, periodId: string, query: SubmissionListQuery, scope: UnitScope) => {
    const conditions = and(
      eq(periodSubmissions.periodId, periodId),
      scope.all ? undefined : scope.unitIds.length > 0 ? inArray(periodSubmissions.unitId, scope.unitIds) : sql`false`,
      query.status ? eq(periodSubmissions.status, query.status) : undefined,
      query.unitType ? eq(orgUnits.type, query.unitType) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ submission: periodSubmissions, unit: orgUnits })
        .from(periodSubmissions)
        .innerJoin(orgUnits, eq(orgUnits.id, periodSubmissions.unitId))
        .where(conditions)
        .orderBy(asc(orgUnits.type), asc(orgUnits.nameVi))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(periodSubmissions).innerJoin(orgUnits, eq(orgUnits.id, periodSubmissions.unitId)).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** Every submission of a period, for the completeness board. */
  allOfPeriod: (ex: Executor, periodId: string) => ex.select().from(periodSubmissions).where(eq(periodSubmissions.periodId, periodId)),

  findById: (ex: Executor, periodId: string, id: string) =>
    ex
      .select({ submission: periodSubmissions, unit: orgUnits })
      .from(periodSubmissions)
      .innerJoin(orgUnits, eq(orgUnits.id, periodSubmissions.unitId))
      .where(and(eq(periodSubmissions.periodId, periodId), eq(periodSubmissions.id, id)))
      .then(([row]) => row),

  /** The period a submission belongs to, to find it by its id alone. */
  periodIdOf: (ex: Executor, id: string) =>
    ex.select({ periodId: periodSubmissions.periodId }).from(periodSubmissions).where(eq(periodSubmissions.id, id)).then(([row]) => row?.periodId),

  findByIdForUpdate: (ex: Executor, periodId: string, id: string) =>
    ex
      .select()
      .from(periodSubmissions)
      .where(and(eq(periodSubmissions.periodId, periodId), eq(periodSubmissions.id, id)))
      .for('update')
      .then(([row]) => row),

  insert: async (ex: Executor, values: SubmissionInsert) => {
    try {
      const [row] = await ex.insert(periodSubmissions).values({ ...values, id: newId() }).returning();
      return row!;
    } catch (error) {
      return translateDbError(error, { unique: duplicateSubmission });
    }
  },

  update: (ex: Executor, id: string, version: number, values: Partial<SubmissionInsert>) =>
    ex
      .update(periodSubmissions)
      .set({ ...values, ...withVersionBump(periodSubmissions) })
      .where(and(eq(periodSubmissions.id, id), eq(periodSubmissions.version, version)))
      .returning()
      .then(([row]) => row),

  /**
   * The records behind a unit's report, matching the activity and outcome list filters they drill down to:
   * activities of `unitIds` starting in [start, end), those flagged with no result on `today` (nothing recorded
   * 30 days after the end), activities of other units supporting one of `unitIds`, and the outcomes of the
   * unit's activities (all, and those the business confirmed or corrected).
   */
  figureRecords: (ex: Executor, unitIds: string[], start: string, end: string, today: string) =>
    selectRows<Record<FigureColumn, string[]>>(
      ex,
      sql`WITH a AS (
            SELECT act.id, act.end_date FROM activities act
            WHERE act.unit_id = ANY(${uuidArray(unitIds)}) AND act.start_date >= ${start}::date AND act.start_date < ${end}::date
          )
          SELECT coalesce((SELECT array_agg(a.id::text ORDER BY a.id) FROM a), '{}'::text[]) AS activities,
                 coalesce((SELECT array_agg(a.id::text ORDER BY a.id) FROM a WHERE a.end_date <= ${today}::date - 30
                    AND NOT EXISTS (SELECT 1 FROM activity_outputs o WHERE o.activity_id = a.id)
                    AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.activity_id = a.id)), '{}'::text[]) AS without_result,
                 coalesce((SELECT array_agg(DISTINCT act.id::text) FROM activities act JOIN activity_provinces ap ON ap.activity_id = act.id
                    WHERE ap.unit_id = ANY(${uuidArray(unitIds)}) AND NOT act.unit_id = ANY(${uuidArray(unitIds)})
                      AND act.start_date >= ${start}::date AND act.start_date < ${end}::date), '{}'::text[]) AS supported,
                 coalesce((SELECT array_agg(o.id::text ORDER BY o.id) FROM outcomes o JOIN a ON a.id = o.activity_id), '{}'::text[]) AS outcomes,
                 coalesce((SELECT array_agg(o.id::text ORDER BY o.id) FROM outcomes o JOIN a ON a.id = o.activity_id
                    WHERE o.confirmation_status IN ('confirmed', 'corrected')), '{}'::text[]) AS confirmed`,
    ).then(([row]) => row!),

  /** Of the given activities and outcomes, those edited after `since`. */
  editedSince: (ex: Executor, activityIds: string[], outcomeIds: string[], since: Date) =>
    selectRows<{ id: string }>(
      ex,
      sql`SELECT id::text FROM activities WHERE id = ANY(${uuidArray(activityIds)}) AND updated_at > ${since.toISOString()}::timestamptz
          UNION ALL
          SELECT id::text FROM outcomes WHERE id = ANY(${uuidArray(outcomeIds)}) AND updated_at > ${since.toISOString()}::timestamptz`,
    ).then((rows) => new Set(rows.map((row) => row.id))),

  /** What names the given activities and outcomes in a list of changes (records since deleted are absent). */
  describeRecords: (ex: Executor, activityIds: string[], outcomeIds: string[]) =>
    selectRows<{ id: string; activity_id: string; activity_title: string; outcome_kind: string | null; business_name: string | null }>(
      ex,
      sql`SELECT a.id::text, a.id::text AS activity_id, a.title AS activity_title, NULL AS outcome_kind, NULL AS business_name
            FROM activities a WHERE a.id = ANY(${uuidArray(activityIds)})
          UNION ALL
          SELECT o.id::text, a.id::text, a.title, o.kind, coalesce(p.name_vi, o.business_name)
            FROM outcomes o JOIN activities a ON a.id = o.activity_id LEFT JOIN partners p ON p.id = o.business_partner_id
            WHERE o.id = ANY(${uuidArray(outcomeIds)})`,
    ),

  /** Whether the unit's users already got this period's reminder on `day` (UTC). */
  remindedOn: (ex: Executor, periodId: string, unitId: string, day: string) =>
    ex
      .select({ total: count() })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(
        and(
          eq(notifications.kind, REMINDER_KIND),
          eq(notifications.entityId, periodId),
          eq(users.unitId, unitId),
          gte(notifications.createdAt, new Date(`${day}T00:00:00Z`)),
          sql`${notifications.createdAt} < ${`${day}T00:00:00Z`}::timestamptz + interval '1 day'`,
        ),
      )
      .then(([row]) => (row?.total ?? 0) > 0),
};

export const periodLocksRepo = {
  /** Each unit (`origin`) with itself and every unit that succeeded it, directly or not (`id`). */
  successors: (ex: Executor, unitIds: string[]) =>
    selectRows<{ origin: string; id: string }>(
      ex,
      sql`WITH RECURSIVE lineage(origin, id, depth) AS (
            SELECT u, u, 0 FROM unnest(${uuidArray(unitIds)}) AS u
            UNION
            SELECT l.origin, s.successor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.predecessor_id = l.id WHERE l.depth < 20
          )
          SELECT DISTINCT origin, id FROM lineage`,
    ),

  /** The approved reports of some units, with their periods' dates. */
  approvedReports: (ex: Executor, unitIds: string[]) =>
    ex
      .select({ periodId: reportingPeriods.id, label: reportingPeriods.label, unitId: periodSubmissions.unitId, startDate: reportingPeriods.startDate, endDate: reportingPeriods.endDate })
      .from(periodSubmissions)
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, periodSubmissions.periodId))
      .where(and(inArray(periodSubmissions.unitId, unitIds), eq(periodSubmissions.status, 'approved'))),
};
