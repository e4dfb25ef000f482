import { z } from 'zod';
import { IsoDate, ListQuery, LocalizedName, QueryFlag, Uuid } from './common.js';
import { UNIT_VIEWS } from './org-units.js';

export const UnitName = z.object({ id: Uuid, code: z.string(), name: LocalizedName });
export type UnitName = z.infer<typeof UnitName>;

/** A task as the dashboard, the inbox and the promised-vs-delivered page list it. */
export const TaskSummary = z.object({
  id: Uuid,
  title: z.string(),
  status: z.string(),
  startDate: IsoDate,
  dueDate: IsoDate,
  originalDueDate: IsoDate,
  slipCount: z.int(),
  completedAt: IsoDate.nullable(),
  commitmentId: Uuid.nullable(),
  responsibleUnit: UnitName,
  assigningUnit: UnitName,
});
export type TaskSummary = z.infer<typeof TaskSummary>;

export const DASHBOARD_GROUPS = ['engagement', 'partner', 'unit', 'field', 'period'] as const;
export const DashboardGroupBy = z.enum(DASHBOARD_GROUPS);
export type DashboardGroupBy = z.infer<typeof DashboardGroupBy>;

/**
 * Every figure of the implementation dashboard, by name. Each is one query that can count or list its records:
 * commitments (fulfilled: status `fulfilled`, or every task completed; overdue: not fulfilled and past its due
 * date or with an open task past due) and tasks (overdue: open and past due; slipping: due date moved at least once).
 */
export const DASHBOARD_METRICS = ['commitments.total', 'commitments.fulfilled', 'commitments.overdue', 'tasks.overdue', 'tasks.slipping'] as const;
export const DashboardMetric = z.enum(DASHBOARD_METRICS);
export type DashboardMetric = z.infer<typeof DashboardMetric>;

export const DashboardFilter = z
  .object({
    from: IsoDate.optional().describe('Start of the period (inclusive): commitments by due date (else engagement or signing date), tasks by due date'),
    to: IsoDate.optional().describe('End of the period (exclusive)'),
    unitId: Uuid.optional().describe('Owner or co-owner unit (commitments), responsible or assigning unit (tasks); in the mapped view (the default) also the units it succeeded'),
    view: z.enum(UNIT_VIEWS).default('mapped'),
    partnerId: Uuid.optional(),
    field: z.string().trim().min(1).max(60).optional(),
    asOf: IsoDate.optional().describe('The day "overdue" is judged on; default today'),
    excludeDemo: QueryFlag.optional().describe('true: leave out commitments and tasks invented for the demonstration'),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { message: 'from must be before to', path: ['to'] });
export type DashboardFilter = z.infer<typeof DashboardFilter>;

export const DashboardQuery = DashboardFilter.safeExtend({ groupBy: DashboardGroupBy.default('unit') });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const CommitmentCounts = z.object({ total: z.int(), fulfilled: z.int(), overdue: z.int(), fulfilmentRate: z.number().nullable() });
export type CommitmentCounts = z.infer<typeof CommitmentCounts>;

export const DashboardGroup = z.object({
  /** Pass back as `groupKey` to list the records behind a number; `none` groups records with no value. */
  key: z.string(),
  label: LocalizedName,
  commitments: CommitmentCounts,
});
export type DashboardGroup = z.infer<typeof DashboardGroup>;

export const TaskListExcerpt = z.object({ total: z.int(), items: z.array(TaskSummary) });
export type TaskListExcerpt = z.infer<typeof TaskListExcerpt>;

export const ImplementationDashboard = z.object({
  asOf: IsoDate,
  groupBy: DashboardGroupBy,
  /** Totals over all records; with partner or field grouping a record can count in several groups. */
  totals: CommitmentCounts,
  groups: z.array(DashboardGroup),
  overdueTasks: TaskListExcerpt,
  slippingTasks: TaskListExcerpt,
});
export type ImplementationDashboard = z.infer<typeof ImplementationDashboard>;

export const DashboardRecordsQuery = DashboardFilter.safeExtend({
  metric: DashboardMetric,
  groupBy: DashboardGroupBy.optional(),
  groupKey: z.string().trim().min(1).max(100).optional(),
  page: ListQuery.shape.page,
  pageSize: ListQuery.shape.pageSize,
}).refine((q) => !q.groupKey || q.groupBy, { message: 'groupKey needs groupBy', path: ['groupKey'] });
export type DashboardRecordsQuery = z.infer<typeof DashboardRecordsQuery>;

export const DashboardRecord = z.object({
  entity: z.enum(['commitment', 'task']),
  id: Uuid,
  title: z.string(),
  status: z.string(),
  dueDate: IsoDate.nullable(),
  unit: UnitName,
  slipCount: z.int().nullable(),
  commitmentId: Uuid.nullable(),
  engagementId: Uuid.nullable(),
});
export type DashboardRecord = z.infer<typeof DashboardRecord>;

export const DashboardRecords = z.object({
  metric: DashboardMetric,
  items: z.array(DashboardRecord),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type DashboardRecords = z.infer<typeof DashboardRecords>;

export const PromisedCommitment = z.object({
  id: Uuid,
  title: z.string(),
  sourceQuote: z.string().nullable(),
  agreementId: Uuid.nullable(),
  ownerUnit: UnitName,
  dueDate: IsoDate.nullable(),
  status: z.string(),
  fulfilled: z.boolean(),
  overdue: z.boolean(),
  tasks: z.array(TaskSummary),
});
export type PromisedCommitment = z.infer<typeof PromisedCommitment>;

export const PromisedVsDelivered = z.object({
  engagement: z.object({ id: Uuid, title: LocalizedName, startDate: IsoDate, endDate: IsoDate }),
  asOf: IsoDate,
  totals: CommitmentCounts,
  commitments: z.array(PromisedCommitment),
});
export type PromisedVsDelivered = z.infer<typeof PromisedVsDelivered>;
