import { and, asc, count, desc, eq, gte, inArray, lt, lte, max, min, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { CLOSED_TASK_STATUSES, type TaskListQuery } from '../../../shared/schemas/tasks.js';
import type { Executor } from '../../db/client.js';
import { commitments, dueDateChanges, tasks, taskStatusEvents, users } from '../../db/schema/index.js';
import { concernsCountry } from '../commitments/commitments.repo.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskInsert = Omit<typeof tasks.$inferInsert, 'id'>;
export type DueDateChangeRow = typeof dueDateChanges.$inferSelect;

const searchable = sql`${tasks.title} || ' ' || ${tasks.objective} || ' ' || ${tasks.responsiblePerson} || ' ' || ${tasks.expectedOutput} || ' ' || ${tasks.expectedOutcome}`;

/** Tasks a unit is responsible for or assigned: both sides follow them. */
const involvesUnits = (unitIds: string[]): SQL =>
  unitIds.length === 0 ? sql`false` : or(inArray(tasks.responsibleUnitId, unitIds), inArray(tasks.assigningUnitId, unitIds))!;

const closed = [...CLOSED_TASK_STATUSES];

export interface TaskFilter extends Omit<TaskListQuery, 'view'> {
  scope: UnitScope;
  today: string;
  /** The unit filters resolved by the service (in the mapped view with the units they succeeded). */
  unitIds?: string[];
  responsibleUnitIds?: string[];
  assigningUnitIds?: string[];
}

export const tasksRepo = {
  list: async (ex: Executor, filter: TaskFilter) => {
    const conditions = and(
      filter.scope.all ? undefined : involvesUnits(filter.scope.unitIds),
      filter.commitmentId ? eq(tasks.commitmentId, filter.commitmentId) : undefined,
      filter.countryCode
        ? sql`EXISTS (SELECT 1 FROM ${commitments} WHERE ${commitments.id} = ${tasks.commitmentId} AND ${concernsCountry(filter.countryCode)})`
        : undefined,
      filter.parentTaskId ? eq(tasks.parentTaskId, filter.parentTaskId) : undefined,
      filter.unitIds ? involvesUnits(filter.unitIds) : undefined,
      filter.responsibleUnitIds ? inArray(tasks.responsibleUnitId, filter.responsibleUnitIds) : undefined,
      filter.assigningUnitIds ? inArray(tasks.assigningUnitId, filter.assigningUnitIds) : undefined,
      filter.status ? eq(tasks.status, filter.status) : undefined,
      filter.overdue === undefined
        ? undefined
        : filter.overdue
          ? and(lt(tasks.dueDate, filter.today), notInArray(tasks.status, closed))
          : or(gte(tasks.dueDate, filter.today), inArray(tasks.status, closed)),
      filter.dueFrom ? gte(tasks.dueDate, filter.dueFrom) : undefined,
      filter.dueTo ? lte(tasks.dueDate, filter.dueTo) : undefined,
      filter.excludeDemo ? eq(tasks.demo, false) : undefined,
      filter.q ? matchesText(searchable, filter.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(tasks)
        .where(conditions)
        .orderBy(...phraseFirst(searchable, filter.q), asc(tasks.dueDate), asc(tasks.title), asc(tasks.id))
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(tasks).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) =>
    ex.select().from(tasks).where(eq(tasks.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(tasks).where(eq(tasks.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: TaskInsert) =>
    ex.insert(tasks).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<TaskInsert>) =>
    ex
      .update(tasks)
      .set({ ...values, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(tasks.id, id), eq(tasks.version, version)))
      .returning()
      .then(([row]) => row),

  /** The earliest start and latest due date among a task's sub-tasks (null without any). */
  childBounds: (ex: Executor, id: string) =>
    ex
      .select({ firstStart: min(tasks.startDate), lastDue: max(tasks.dueDate) })
      .from(tasks)
      .where(eq(tasks.parentTaskId, id))
      .then(([row]) => row ?? { firstStart: null, lastDue: null }),

  insertStatusEvent: (ex: Executor, values: Omit<typeof taskStatusEvents.$inferInsert, 'id'>) =>
    ex.insert(taskStatusEvents).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  timeline: (ex: Executor, taskId: string) =>
    ex
      .select({ event: taskStatusEvents, actorName: users.name, actorUnitId: users.unitId })
      .from(taskStatusEvents)
      .leftJoin(users, eq(users.id, taskStatusEvents.actorUserId))
      .where(eq(taskStatusEvents.taskId, taskId))
      .orderBy(asc(taskStatusEvents.at), asc(taskStatusEvents.id)),

  insertDueDateChange: (ex: Executor, values: Omit<typeof dueDateChanges.$inferInsert, 'id'>) =>
    ex.insert(dueDateChanges).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  dueDateChangesOf: (ex: Executor, taskId: string) =>
    ex.select().from(dueDateChanges).where(eq(dueDateChanges.taskId, taskId)).orderBy(desc(dueDateChanges.requestedAt), desc(dueDateChanges.id)),

  /** The task a due-date change belongs to, to find it by its id alone. */
  taskIdOfDueDateChange: (ex: Executor, id: string) =>
    ex.select({ taskId: dueDateChanges.taskId }).from(dueDateChanges).where(eq(dueDateChanges.id, id)).then(([row]) => row?.taskId),

  findDueDateChange: (ex: Executor, taskId: string, id: string) =>
    ex
      .select()
      .from(dueDateChanges)
      .where(and(eq(dueDateChanges.id, id), eq(dueDateChanges.taskId, taskId)))
      .for('update')
      .then(([row]) => row),

  /** Of these tasks, those with a due-date change waiting for a decision. */
  withPendingDueDateChange: (ex: Executor, taskIds: string[]) =>
    taskIds.length === 0
      ? Promise.resolve(new Set<string>())
      : ex
          .selectDistinct({ taskId: dueDateChanges.taskId })
          .from(dueDateChanges)
          .where(and(inArray(dueDateChanges.taskId, taskIds), eq(dueDateChanges.decision, 'pending')))
          .then((rows) => new Set(rows.map((row) => row.taskId))),

  /** Names of the users who requested or decided due-date changes. */
  userNames: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve(new Map<string, string>())
      : ex
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, ids))
          .then((rows) => new Map(rows.map((row) => [row.id, row.name]))),

  findPendingDueDateChange: (ex: Executor, taskId: string) =>
    ex
      .select()
      .from(dueDateChanges)
      .where(and(eq(dueDateChanges.taskId, taskId), eq(dueDateChanges.decision, 'pending')))
      .then(([row]) => row),

  /** Records a decision once: only a pending request moves, so a second decision updates nothing. */
  decideDueDateChange: (ex: Executor, id: string, values: Pick<DueDateChangeRow, 'decision' | 'decidedBy' | 'decisionNote'>) =>
    ex
      .update(dueDateChanges)
      .set({ ...values, decidedAt: new Date() })
      .where(and(eq(dueDateChanges.id, id), eq(dueDateChanges.decision, 'pending')))
      .returning()
      .then(([row]) => row),
};
