import { sql, type SQL } from 'drizzle-orm';
import type { DashboardGroupBy, DashboardMetric } from '../../../shared/schemas/dashboard.js';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { pageOffset } from '../../db/search.js';
import { CLOSED_TASK_STATUSES, DONE_TASK_STATUSES } from './implementation-state.js';
import { timeZone } from '../../lib/clock.js';

/** Filters already resolved by the service: unit ids expanded to their lineage, scope applied. */
export interface ImplementationFilter {
  asOf: string;
  from?: string;
  to?: string;
  /** Records must touch one of these units (the filter unit and its predecessors); undefined: any. */
  unitIds?: string[];
  /** The actor's read scope; undefined: everything. */
  scopeUnitIds?: string[];
  partnerId?: string;
  field?: string;
  /** Leave out records invented for the demonstration. */
  excludeDemo?: boolean;
}

export type FactEntity = 'commitment' | 'task';

/** A unit's tasks that need action on a day: overdue, or open and due within some days. */
export type UnitTasks = { unitIds: string[]; asOf: string } & ({ due: 'overdue' } | { due: 'soon'; withinDays: number });

// The one definition of "open", "overdue" and "fulfilled", as SQL over table aliases, shared by the dashboard,
// the inbox and the reminder scan so that their numbers agree. Constants only, never user input: safe to inline.
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Task alias `t` is open (not completed, not dropped). */
export const taskIsOpen = (t: string): SQL => sql.raw(`${t}.status NOT IN (${quoted(CLOSED_TASK_STATUSES)})`);

export const taskIsOverdue = (t: string, asOf: string): SQL => sql`(${taskIsOpen(t)} AND ${sql.raw(t)}.due_date < ${asOf}::date)`;

/** Commitment alias `c` is fulfilled: marked so, or it has tasks and every one is completed. */
export const commitmentIsFulfilled = (c: string): SQL =>
  sql.raw(
    `(${c}.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = ${c}.id)` +
      ` AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = ${c}.id AND ft.status NOT IN (${quoted(DONE_TASK_STATUSES)}))))`,
  );

/** Commitment alias `c` is overdue on `asOf`: not fulfilled, and past its due date (none is never past) or with an overdue open task. */
export const commitmentIsOverdue = (c: string, asOf: string): SQL =>
  sql`(NOT ${commitmentIsFulfilled(c)} AND (coalesce(${sql.raw(c)}.due_date < ${asOf}::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = ${sql.raw(c)}.id AND ${taskIsOverdue('ot', asOf)})))`;

/** A uuid[] literal; ids come from validated input or the database. */
export const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

function unitTasksWhere(selection: UnitTasks): SQL {
  const mine = sql`t.responsible_unit_id = ANY(${uuidArray(selection.unitIds)})`;
  switch (selection.due) {
    case 'overdue':
      return sql`${mine} AND ${taskIsOverdue('t', selection.asOf)}`;
    case 'soon':
      return sql`${mine} AND ${taskIsOpen('t')} AND t.due_date BETWEEN ${selection.asOf}::date AND ${selection.asOf}::date + ${selection.withinDays}::int`;
  }
}

const fieldsOf = sql.raw(`CASE WHEN cardinality(c.fields) > 0 THEN c.fields ELSE coalesce(a.fields, '{}'::text[]) END`);

/**
 * One row per commitment or task with the same columns, so filters, groupings and metrics are written once.
 * `unit_ids`: the units a record belongs to (owner and co-owners; responsible and assigning unit).
 */
export const facts = (entity: FactEntity, asOf: string): SQL =>
  entity === 'commitment'
    ? sql`SELECT c.id, c.title, c.status, c.due_date, c.owner_unit_id AS unit_id,
              ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, ${fieldsOf} AS all_fields,
              coalesce(c.due_date, e.start_date, a.signed_date, (c.created_at AT TIME ZONE ${timeZone()})::date) AS ref_date,
              NULL::int AS slip_count, NULL::uuid AS commitment_id,
              ${commitmentIsFulfilled('c')} AS fulfilled, ${commitmentIsOverdue('c', asOf)} AS overdue, false AS slipping, c.demo
            FROM commitments c
            LEFT JOIN agreements a ON a.id = c.agreement_id
            LEFT JOIN engagements e ON e.id = coalesce(c.engagement_id, a.engagement_id)`
    : sql`SELECT t.id, t.title, t.status, t.due_date, t.responsible_unit_id AS unit_id,
              ARRAY[t.responsible_unit_id, t.assigning_unit_id] AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, ${fieldsOf} AS all_fields,
              t.due_date AS ref_date, t.slip_count, t.commitment_id,
              t.status IN (${sql.raw(DONE_TASK_STATUSES.map((s) => `'${s}'`).join(', '))}) AS fulfilled,
              ${taskIsOverdue('t', asOf)} AS overdue, t.slip_count > 0 AS slipping, t.demo
            FROM tasks t
            LEFT JOIN commitments c ON c.id = t.commitment_id
            LEFT JOIN agreements a ON a.id = c.agreement_id`;

export const PARTNER_IDS_OF_F = `SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = f.engagement_id
   UNION SELECT ap.partner_id FROM agreement_parties ap WHERE ap.agreement_id = f.agreement_id AND ap.partner_id IS NOT NULL`;

const filterOf = (filter: ImplementationFilter): SQL => {
  const conditions: SQL[] = [sql`true`];
  if (filter.scopeUnitIds) conditions.push(sql`f.unit_ids && ${uuidArray(filter.scopeUnitIds)}`);
  if (filter.unitIds) conditions.push(sql`f.unit_ids && ${uuidArray(filter.unitIds)}`);
  if (filter.partnerId) conditions.push(sql`${filter.partnerId}::uuid IN (${sql.raw(PARTNER_IDS_OF_F)})`);
  if (filter.field) conditions.push(sql`${filter.field} = ANY(f.all_fields)`);
  if (filter.excludeDemo) conditions.push(sql`NOT f.demo`);
  if (filter.from) conditions.push(sql`f.ref_date >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`f.ref_date < ${filter.to}::date`);
  return sql.join(conditions, sql` AND `);
};

/** The groups a record falls in: (key, label_vi, label_en), `none` when it has no value. */
const GROUPS: Record<DashboardGroupBy, SQL> = {
  engagement: sql.raw(`SELECT coalesce(e.id::text, 'none') AS key, coalesce(e.title_vi, 'Không gắn với hoạt động đối ngoại') AS label_vi,
      coalesce(e.title_en, 'No engagement') AS label_en FROM (SELECT 1) one LEFT JOIN engagements e ON e.id = f.engagement_id`),
  partner: sql.raw(`SELECT coalesce(p.id::text, 'none') AS key, coalesce(p.name_vi, 'Không có đối tác') AS label_vi,
      coalesce(p.name_en, 'No partner') AS label_en FROM (SELECT 1) one LEFT JOIN partners p ON p.id IN (${PARTNER_IDS_OF_F})`),
  unit: sql.raw(`SELECT u.id::text AS key, u.name_vi AS label_vi, u.name_en AS label_en FROM org_units u WHERE u.id = f.unit_id`),
  field: sql.raw(`SELECT coalesce(x.field, 'none') AS key, coalesce(x.field, 'none') AS label_vi, coalesce(x.field, 'none') AS label_en
      FROM (SELECT 1) one LEFT JOIN unnest(f.all_fields) AS x(field) ON true`),
  period: sql.raw(`SELECT key, key AS label_vi, key AS label_en
      FROM (SELECT to_char(f.ref_date, 'YYYY') || CASE WHEN extract(month FROM f.ref_date) <= 6 THEN '-H1' ELSE '-H2' END AS key) k`),
};

/** Every named figure: which records it counts and the condition on them. */
export const METRICS: Record<DashboardMetric, { entity: FactEntity; where: SQL }> = {
  'commitments.total': { entity: 'commitment', where: sql`true` },
  'commitments.fulfilled': { entity: 'commitment', where: sql`f.fulfilled` },
  'commitments.overdue': { entity: 'commitment', where: sql`f.overdue` },
  'tasks.overdue': { entity: 'task', where: sql`f.overdue` },
  'tasks.slipping': { entity: 'task', where: sql`f.slipping` },
};

export interface MetricSelection {
  metric: DashboardMetric;
  filter: ImplementationFilter;
  group?: { by: DashboardGroupBy; key: string };
}

const selectionOf = ({ metric, filter, group }: MetricSelection): SQL => {
  const { entity, where } = METRICS[metric];
  const inGroup = group ? sql`EXISTS (SELECT 1 FROM (${GROUPS[group.by]}) g WHERE g.key = ${group.key})` : sql`true`;
  return sql`FROM (${facts(entity, filter.asOf)}) f WHERE ${filterOf(filter)} AND ${where} AND ${inGroup}`;
};

export interface CountsRow {
  total: number;
  fulfilled: number;
  overdue: number;
}
export interface GroupCountsRow extends CountsRow {
  key: string;
  label_vi: string;
  label_en: string;
}

export interface RecordRow {
  id: string;
  title: string;
  status: string;
  due_date: string | null;
  unit_id: string;
  unit_code: string;
  unit_name_vi: string;
  unit_name_en: string;
  slip_count: number | null;
  commitment_id: string | null;
  engagement_id: string | null;
}

export interface TaskSummaryRow {
  id: string;
  title: string;
  status: string;
  start_date: string;
  due_date: string;
  original_due_date: string;
  slip_count: number;
  completed_at: string | null;
  commitment_id: string | null;
  ru_id: string;
  ru_code: string;
  ru_name_vi: string;
  ru_name_en: string;
  au_id: string;
  au_code: string;
  au_name_vi: string;
  au_name_en: string;
}

const commitmentCounts = sql.raw(
  `count(DISTINCT f.id)::int AS total, (count(DISTINCT f.id) FILTER (WHERE f.fulfilled))::int AS fulfilled,
   (count(DISTINCT f.id) FILTER (WHERE f.overdue))::int AS overdue`,
);

/** Where promises come from: an engagement (with what was signed and concluded at it) or a source document. */
export type PromiseSource = { engagementId: string } | { sourceDocumentId: string };

export const dashboardRepo = {
  /** The commitment figures (total, fulfilled, overdue) of each group; counted by the same filters as `records`. */
  commitmentCountsByGroup: (ex: Executor, filter: ImplementationFilter, groupBy: DashboardGroupBy) =>
    selectRows<GroupCountsRow>(
      ex,
      sql`SELECT g.key, g.label_vi, g.label_en, ${commitmentCounts}
          FROM (${facts('commitment', filter.asOf)}) f CROSS JOIN LATERAL (${GROUPS[groupBy]}) g
          WHERE ${filterOf(filter)}
          GROUP BY g.key, g.label_vi, g.label_en
          ORDER BY count(DISTINCT f.id) DESC, g.label_vi`,
    ),

  commitmentCounts: (ex: Executor, filter: ImplementationFilter) =>
    selectRows<CountsRow>(ex, sql`SELECT ${commitmentCounts} FROM (${facts('commitment', filter.asOf)}) f WHERE ${filterOf(filter)}`).then(
      ([row]) => row ?? { total: 0, fulfilled: 0, overdue: 0 },
    ),

  /** How many records a named figure counts. */
  count: (ex: Executor, selection: MetricSelection) =>
    selectRows<{ total: number }>(ex, sql`SELECT count(*)::int AS total ${selectionOf(selection)}`).then(([row]) => row?.total ?? 0),

  /** The records behind a named figure: the drill-down. */
  records: (ex: Executor, selection: MetricSelection, page: number, pageSize: number) =>
    selectRows<RecordRow>(
      ex,
      sql`SELECT r.id, r.title, r.status, r.due_date::text AS due_date, r.unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi,
                 u.name_en AS unit_name_en, r.slip_count, r.commitment_id, r.engagement_id
          FROM (SELECT f.* ${selectionOf(selection)}) r JOIN org_units u ON u.id = r.unit_id
          ORDER BY r.due_date NULLS LAST, r.id
          LIMIT ${pageSize} OFFSET ${pageOffset(page, pageSize)}`,
    ),

  /** The tasks delivering some commitments, soonest due first. */
  commitmentTaskSummaries: (ex: Executor, commitmentIds: string[], limit: number) =>
    dashboardRepo.taskSummaries(ex, sql`t.commitment_id = ANY(${uuidArray(commitmentIds)})`, limit),

  /** Some units' overdue tasks, or their open tasks due within some days, soonest due first. */
  unitTaskSummaries: (ex: Executor, selection: UnitTasks, limit: number) => dashboardRepo.taskSummaries(ex, unitTasksWhere(selection), limit),

  countUnitTasks: (ex: Executor, selection: UnitTasks) => dashboardRepo.countTasks(ex, unitTasksWhere(selection)),

  /** Tasks matching a condition on alias `t`, soonest due first. */
  taskSummaries: (ex: Executor, where: SQL, limit: number) =>
    selectRows<TaskSummaryRow>(
      ex,
      sql`SELECT t.id, t.title, t.status, t.start_date::text AS start_date, t.due_date::text AS due_date,
                 t.original_due_date::text AS original_due_date, t.slip_count, t.completed_at::text AS completed_at, t.commitment_id,
                 ru.id AS ru_id, ru.code AS ru_code, ru.name_vi AS ru_name_vi, ru.name_en AS ru_name_en,
                 au.id AS au_id, au.code AS au_code, au.name_vi AS au_name_vi, au.name_en AS au_name_en
          FROM tasks t JOIN org_units ru ON ru.id = t.responsible_unit_id JOIN org_units au ON au.id = t.assigning_unit_id
          WHERE ${where}
          ORDER BY t.due_date, t.id
          LIMIT ${limit}`,
    ),

  countTasks: (ex: Executor, where: SQL) =>
    selectRows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM tasks t WHERE ${where}`).then(([row]) => row?.total ?? 0),

  /** The tasks a named task figure counts, as summaries (the dashboard's overdue and slipping lists). */
  metricTaskSummaries: (ex: Executor, selection: MetricSelection, limit: number) =>
    dashboardRepo.taskSummaries(ex, sql`t.id IN (SELECT f.id ${selectionOf(selection)})`, limit),

  /**
   * The commitments a source gave, with their state on `asOf`: an engagement's (directly, through agreements signed
   * at it, or through the conclusions recording it) or a source document's.
   */
  promisedCommitments: (ex: Executor, source: PromiseSource, asOf: string) =>
    selectRows<{
      id: string;
      title: string;
      source_quote: string | null;
      agreement_id: string | null;
      due_date: string | null;
      status: string;
      fulfilled: boolean;
      overdue: boolean;
      unit_ids: string[];
      unit_id: string;
      unit_code: string;
      unit_name_vi: string;
      unit_name_en: string;
    }>(
      ex,
      sql`SELECT c.id, c.title, c.source_quote, c.agreement_id, c.due_date::text AS due_date, c.status,
                 ${commitmentIsFulfilled('c')} AS fulfilled, ${commitmentIsOverdue('c', asOf)} AS overdue,
                 ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
                 u.id AS unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en
          FROM commitments c
          LEFT JOIN agreements a ON a.id = c.agreement_id
          LEFT JOIN source_documents sd ON sd.id = c.source_document_id
          JOIN org_units u ON u.id = c.owner_unit_id
          WHERE ${
            'engagementId' in source
              ? sql`c.engagement_id = ${source.engagementId} OR a.engagement_id = ${source.engagementId} OR sd.engagement_id = ${source.engagementId}`
              : sql`c.source_document_id = ${source.sourceDocumentId}`
          }
          ORDER BY c.due_date NULLS LAST, c.created_at, c.id`,
    ),
};
