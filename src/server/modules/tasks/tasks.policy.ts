import { CLOSED_TASK_STATUSES, type TaskStatus } from '../../../shared/schemas/tasks.js';
import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

type TaskSides = { responsibleUnitId: string; assigningUnitId: string; status: string };

/** The actor edits for this unit (`scope` is the actor's write scope). */
const actsFor = (actor: Actor, scope: UnitScope, unitId: string) => editsOwnUnit(actor) && inScope(scope, [unitId]);

/** The assigning unit (or HQ) changes what the task is. */
const update = (actor: Actor, scope: UnitScope, task: TaskSides) => actsFor(actor, scope, task.assigningUnitId);
/** The responsible unit (or HQ) reports status and uploads evidence. */
const changeStatus = (actor: Actor, scope: UnitScope, task: TaskSides) => actsFor(actor, scope, task.responsibleUnitId);

/** Completed or dropped: the due date no longer moves. */
export const isTaskClosed = (task: { status: string }) => CLOSED_TASK_STATUSES.includes(task.status as TaskStatus);

/** Actor-level checks, and per-record ones given the actor's write scope. */
export const tasksPolicy = {
  read: (actor: Actor) => isInternal(actor),
  /** Unit editors create tasks for their own unit; the assigning unit is theirs. */
  create: (actor: Actor) => editsOwnUnit(actor),
  /** HQ assigns tasks to any unit, e.g. a lobbying task to an embassy. */
  assignAny: (actor: Actor) => editsEverything(actor),
  update,
  changeStatus,
  /** The responsible unit asks to move the due date of an open task, one request at a time. */
  requestDueDateChange: (actor: Actor, scope: UnitScope, task: TaskSides, pending: boolean) => changeStatus(actor, scope, task) && !isTaskClosed(task) && !pending,
  /** The assigning unit decides a pending request. */
  decideDueDateChange: (actor: Actor, scope: UnitScope, task: TaskSides, pending: boolean) => update(actor, scope, task) && pending,
};
