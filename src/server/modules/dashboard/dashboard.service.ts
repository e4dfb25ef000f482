import type {
  CommitmentCounts,
  DashboardFilter,
  DashboardQuery,
  DashboardRecords,
  DashboardRecordsQuery,
  ImplementationDashboard,
  PromisedVsDelivered,
  TaskSummary,
} from '../../../shared/schemas/dashboard.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import { forbidden } from '../../lib/errors.js';
import { inScope, readScope } from '../../policy/scope.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { dashboardPolicy as can } from './dashboard.policy.js';
import { dashboardRepo, type CountsRow, type ImplementationFilter, type PromiseSource, type TaskSummaryRow } from './dashboard.repo.js';
import { unitsInView } from '../org-units/unit-view.js';

const EXCERPT = 20;

export const toTaskSummary = (row: TaskSummaryRow): TaskSummary => ({
  id: row.id,
  title: row.title,
  status: row.status,
  startDate: row.start_date,
  dueDate: row.due_date,
  originalDueDate: row.original_due_date,
  slipCount: row.slip_count,
  completedAt: row.completed_at,
  commitmentId: row.commitment_id,
  responsibleUnit: { id: row.ru_id, code: row.ru_code, name: { vi: row.ru_name_vi, en: row.ru_name_en } },
  assigningUnit: { id: row.au_id, code: row.au_code, name: { vi: row.au_name_vi, en: row.au_name_en } },
});

const toCounts = ({ total, fulfilled, overdue }: CountsRow): CommitmentCounts => ({
  total,
  fulfilled,
  overdue,
  fulfilmentRate: total === 0 ? null : Math.round((fulfilled / total) * 10_000) / 10_000,
});

/**
 * What a source promised (its commitments the actor reaches) and what has been delivered (their tasks the actor
 * could open), on `asOf`. The caller has checked that the actor reads the source itself.
 */
export async function promisedOf(ex: Executor, actor: Actor, source: PromiseSource, asOf: string): Promise<Pick<PromisedVsDelivered, 'asOf' | 'totals' | 'commitments'>> {
  const scope = await readScope(ex, actor);
  const commitments = (await dashboardRepo.promisedCommitments(ex, source, asOf)).filter((c) => inScope(scope, c.unit_ids));
  const tasks =
    commitments.length === 0
      ? []
      : (await dashboardRepo.commitmentTaskSummaries(ex, commitments.map((c) => c.id), 10_000))
          // Only tasks the reader could open, as on /tasks: responsible or assigning unit in scope.
          .filter((row) => inScope(scope, [row.ru_id, row.au_id]))
          .map(toTaskSummary);
  const fulfilled = commitments.filter((c) => c.fulfilled).length;
  const overdue = commitments.filter((c) => c.overdue).length;
  return {
    asOf,
    totals: toCounts({ total: commitments.length, fulfilled, overdue }),
    commitments: commitments.map((c) => ({
      id: c.id,
      title: c.title,
      sourceQuote: c.source_quote,
      agreementId: c.agreement_id,
      ownerUnit: { id: c.unit_id, code: c.unit_code, name: { vi: c.unit_name_vi, en: c.unit_name_en } },
      dueDate: c.due_date,
      status: c.status,
      fulfilled: c.fulfilled,
      overdue: c.overdue,
      tasks: tasks.filter((t) => t.commitmentId === c.id),
    })),
  };
}

export function dashboardService(db: Db) {
  /** Applies the actor's read scope and expands a unit filter to the units it succeeded. */
  const resolve = async (actor: Actor, query: DashboardFilter): Promise<ImplementationFilter> => {
    if (!can.read(actor)) throw forbidden();
    const scope = await readScope(db, actor);
    return {
      asOf: query.asOf ?? todayIso(),
      from: query.from,
      to: query.to,
      partnerId: query.partnerId,
      field: query.field,
      excludeDemo: query.excludeDemo,
      unitIds: await unitsInView(db, query.unitId, query.view),
      scopeUnitIds: scope.all ? undefined : scope.unitIds,
    };
  };

  return {
    /** Commitments total/fulfilled/overdue per group, with the overdue and slipping tasks. Throws `forbidden`. */
    implementation: async (actor: Actor, query: DashboardQuery): Promise<ImplementationDashboard> => {
      const filter = await resolve(actor, query);
      const [groups, totals, overdueTotal, overdue, slippingTotal, slipping] = await Promise.all([
        dashboardRepo.commitmentCountsByGroup(db, filter, query.groupBy),
        dashboardRepo.commitmentCounts(db, filter),
        dashboardRepo.count(db, { metric: 'tasks.overdue', filter }),
        dashboardRepo.metricTaskSummaries(db, { metric: 'tasks.overdue', filter }, EXCERPT),
        dashboardRepo.count(db, { metric: 'tasks.slipping', filter }),
        dashboardRepo.metricTaskSummaries(db, { metric: 'tasks.slipping', filter }, EXCERPT),
      ]);
      return {
        asOf: filter.asOf,
        groupBy: query.groupBy,
        totals: toCounts(totals),
        groups: groups.map((g) => ({ key: g.key, label: { vi: g.label_vi, en: g.label_en }, commitments: toCounts(g) })),
        overdueTasks: { total: overdueTotal, items: overdue.map(toTaskSummary) },
        slippingTasks: { total: slippingTotal, items: slipping.map(toTaskSummary) },
      };
    },

    /** The records a named figure counts, under the same filters and group. Throws `forbidden`. */
    records: async (actor: Actor, query: DashboardRecordsQuery): Promise<DashboardRecords> => {
      const filter = await resolve(actor, query);
      const selection = { metric: query.metric, filter, group: query.groupBy && query.groupKey ? { by: query.groupBy, key: query.groupKey } : undefined };
      const [rows, total] = await Promise.all([dashboardRepo.records(db, selection, query.page, query.pageSize), dashboardRepo.count(db, selection)]);
      const entity = query.metric.startsWith('tasks.') ? 'task' : 'commitment';
      return {
        metric: query.metric,
        items: rows.map((r) => ({
          entity,
          id: r.id,
          title: r.title,
          status: r.status,
          dueDate: r.due_date,
          unit: { id: r.unit_id, code: r.unit_code, name: { vi: r.unit_name_vi, en: r.unit_name_en } },
          slipCount: r.slip_count,
          commitmentId: r.commitment_id,
          engagementId: r.engagement_id,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** An engagement's promises and the tasks delivering them; a unit user sees its units' commitments. Throws `not_found`. */
    promisedVsDelivered: async (actor: Actor, engagementId: string, asOf = todayIso()): Promise<PromisedVsDelivered> => {
      if (!can.read(actor)) throw forbidden();
      // The page of an engagement answers exactly like the engagement itself.
      const engagement = await findReadableEngagement(db, actor, engagementId);
      return {
        engagement: { id: engagement.id, title: { vi: engagement.titleVi, en: engagement.titleEn }, startDate: engagement.startDate, endDate: engagement.endDate },
        ...(await promisedOf(db, actor, { engagementId }, asOf)),
      };
    },
  };
}
