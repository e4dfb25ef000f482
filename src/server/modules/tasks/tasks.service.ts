import { deadlineWarnings } from '../../../shared/schemas/deadlines.js';
import {
  COMPLETED_TASK_STATUSES,
  isTaskOverdue,
  type DueDateChange,
  type DueDateChangeInput,
  type DueDateDecisionInput,
  type Task,
  type TaskInput,
  type TaskListQuery,
  type TaskStatus,
  type TaskStatusChange,
  type TaskStatusEvent,
  type TaskUpdate,
} from '../../../shared/schemas/tasks.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { DomainError, forbidden, invalidField, notFound, readableReference, ruleViolated, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope } from '../../policy/scope.js';
import { attachmentsRepo } from '../attachments/attachments.repo.js';
import type { AttachmentOwner } from '../attachments/attachments.service.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { commitmentsRepo } from '../commitments/commitments.repo.js';
import { findReadableCommitment, recomputeCommitmentStatus } from '../commitments/commitments.service.js';
import { createdByOf, requireUnits, unitRefs } from '../engagements/engagements.refs.js';
import { notify } from '../notifications/notices.js';
import { notificationsRepo } from '../notifications/notifications.repo.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { isTaskClosed, tasksPolicy as can } from './tasks.policy.js';
import { tasksRepo, type DueDateChangeRow, type TaskInsert, type TaskRow } from './tasks.repo.js';
import { unitsInView } from '../org-units/unit-view.js';

/** Attachments of a task (its evidence) hang on this entity name. */
export const TASK_ENTITY = 'task';

async function present(ex: Executor, actor: Actor, rows: TaskRow[]): Promise<Task[]> {
  const [units, scope, pending, commitmentDueDates] = await Promise.all([
    unitRefs(ex, rows.flatMap((row) => [row.responsibleUnitId, row.assigningUnitId])),
    writeScope(ex, actor),
    tasksRepo.withPendingDueDateChange(ex, rows.map((row) => row.id)),
    commitmentsRepo.dueDatesOf(ex, [...new Set(rows.flatMap((row) => (row.commitmentId ? [row.commitmentId] : [])))]),
  ]);
  const today = todayIso();
  return rows.map((row) => {
    const status = row.status as TaskStatus;
    const waiting = pending.has(row.id);
    const commitmentDueDate = (row.commitmentId && commitmentDueDates.get(row.commitmentId)) || null;
    return {
      id: row.id,
      commitmentId: row.commitmentId,
      parentTaskId: row.parentTaskId,
      isMilestone: row.isMilestone,
      title: row.title,
      objective: row.objective,
      responsibleUnit: units.get(row.responsibleUnitId)!,
      responsiblePerson: row.responsiblePerson,
      assigningUnit: units.get(row.assigningUnitId)!,
      accountableTo: row.accountableTo,
      checkedBy: row.checkedBy,
      expectedOutput: row.expectedOutput,
      expectedOutcome: row.expectedOutcome,
      startDate: row.startDate,
      dueDate: row.dueDate,
      originalDueDate: row.originalDueDate,
      commitmentDueDate,
      deadlineWarnings: deadlineWarnings('dueDate', row.dueDate, 'commitment_due', commitmentDueDate),
      slipCount: row.slipCount,
      status,
      statusChangedAt: toIso(row.statusChangedAt)!,
      completedAt: row.completedAt,
      overdue: isTaskOverdue({ dueDate: row.dueDate, status }, today),
      version: row.version,
      createdAt: toIso(row.createdAt)!,
      updatedAt: toIso(row.updatedAt)!,
      abilities: {
        update: can.update(actor, scope, row),
        changeStatus: can.changeStatus(actor, scope, row),
        requestDueDateChange: can.requestDueDateChange(actor, scope, row, waiting),
        decideDueDateChange: can.decideDueDateChange(actor, scope, row, waiting),
      },
    };
  });
}

/** The DTOs of a task's due-date changes, with who requested and decided each by name. */
async function toDueDateChanges(ex: Executor, task: TaskRow, rows: DueDateChangeRow[]): Promise<DueDateChange[]> {
  const commitmentDueDate = task.commitmentId ? (await commitmentsRepo.dueDatesOf(ex, [task.commitmentId])).get(task.commitmentId) : undefined;
  const names = await tasksRepo.userNames(ex, [...new Set(rows.flatMap((row) => [row.requestedBy, row.decidedBy].filter((id): id is string => id !== null)))]);
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  return rows.map((row) => ({
    id: row.id,
    taskId: row.taskId,
    fromDate: row.fromDate,
    toDate: row.toDate,
    reason: row.reason,
    requestedBy: person(row.requestedBy),
    requestedAt: toIso(row.requestedAt)!,
    decision: row.decision as DueDateChange['decision'],
    decidedBy: person(row.decidedBy),
    decidedAt: toIso(row.decidedAt),
    decisionNote: row.decisionNote,
    deadlineWarnings: deadlineWarnings('toDate', row.toDate, 'commitment_due', commitmentDueDate),
  }));
}
const toDueDateChange = async (ex: Executor, task: TaskRow, row: DueDateChangeRow) => (await toDueDateChanges(ex, task, [row]))[0]!;

/** Readable: the task, or `not_found` when absent or neither its responsible nor assigning unit is the actor's. */
export async function findReadableTask(ex: Executor, actor: Actor, id: string, forUpdate = false): Promise<TaskRow> {
  if (!can.read(actor)) throw forbidden();
  const row = forUpdate ? await tasksRepo.findByIdForUpdate(ex, id) : await tasksRepo.findById(ex, id);
  if (!row || !inScope(await readScope(ex, actor), [row.responsibleUnitId, row.assigningUnitId])) throw notFound('Task');
  return row;
}

/** The readable task, locked, when the policy lets the actor act on it; `forbidden` otherwise. */
async function findTaskActingFor(ex: Executor, actor: Actor, id: string, side: 'responsible' | 'assigning'): Promise<TaskRow> {
  const row = await findReadableTask(ex, actor, id, true);
  const allowed = side === 'responsible' ? can.changeStatus : can.update;
  if (!allowed(actor, await writeScope(ex, actor), row)) throw forbidden(side === 'responsible' ? ONLY_RESPONSIBLE : ONLY_ASSIGNING);
  return row;
}

const ONLY_RESPONSIBLE = 'Only the responsible unit (or HQ) reports on this task';
const ONLY_ASSIGNING = 'Only the assigning unit (or HQ) changes what this task is and when it is due';

/** Where the task's evidence is uploaded: the responsible unit (or HQ) adds, whoever reads the task reads. */
export const taskEvidence: AttachmentOwner = {
  entity: TASK_ENTITY,
  assertReadable: (ex, actor, taskId) => findReadableTask(ex, actor, taskId),
  assertWritable: (ex, actor, taskId) => findTaskActingFor(ex, actor, taskId, 'responsible'),
};

/** A sub-task's timeline must fall within its parent's. Throws `rule_violated`. */
function checkWithinParent(parent: TaskRow, startDate: string, dueDate: string) {
  if (startDate < parent.startDate || dueDate > parent.dueDate) {
    throw ruleViolated(`A sub-task's dates must fall within its parent's (${parent.startDate} to ${parent.dueDate})`, {
      [startDate < parent.startDate ? 'startDate' : 'dueDate']: 'outside_parent',
    });
  }
}

/** A task's new timeline must still hold all of its sub-tasks. Throws `rule_violated` on `field`. */
async function checkHoldsChildren(ex: Executor, taskId: string, startDate: string, dueDate: string, field: { start: string; due: string }) {
  const { firstStart, lastDue } = await tasksRepo.childBounds(ex, taskId);
  if (firstStart && firstStart < startDate) throw ruleViolated(`A sub-task starts on ${firstStart}, before ${startDate}`, { [field.start]: 'excludes_subtask' });
  if (lastDue && lastDue > dueDate) throw ruleViolated(`A sub-task is due on ${lastDue}, after ${dueDate}`, { [field.due]: 'excludes_subtask' });
}

const recomputeFor = async (tx: Executor, actor: Actor, row: Pick<TaskRow, 'commitmentId' | 'parentTaskId'>) => {
  if (row.commitmentId && !row.parentTaskId) await recomputeCommitmentStatus(tx, actor, row.commitmentId);
};

export function tasksService(db: Db) {
  const load = async (ex: Executor, actor: Actor, id: string) => (await present(ex, actor, [(await tasksRepo.findById(ex, id))!]))[0]!;

  return {
    /** Tasks the actor reaches: all for HQ and leadership, else those their unit's lineage is responsible for or assigned. */
    list: async (actor: Actor, query: TaskListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const [unitIds, responsibleUnitIds, assigningUnitIds] = await Promise.all(
        [query.unitId, query.responsibleUnitId, query.assigningUnitId].map((unitId) => unitsInView(db, unitId, query.view)),
      );
      const { rows, total } = await tasksRepo.list(db, { ...query, unitIds, responsibleUnitIds, assigningUnitIds, scope: await readScope(db, actor), today: todayIso() });
      return { items: await present(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await findReadableTask(db, actor, id);
      return load(db, actor, id);
    },

    /**
     * Creates a task with the seven clears. HQ assigns to any unit; a unit editor only to their own unit, on
     * their own behalf. Throws `forbidden`, `invalid`, `rule_violated` (sub-task outside its parent's dates).
     */
    create: (actor: Actor, input: TaskInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        if (!can.assignAny(actor)) {
          if (input.assigningUnitId && input.assigningUnitId !== actor.unitId) throw forbidden('A unit assigns tasks on its own behalf only');
          if (!inScope(await writeScope(tx, actor), [input.responsibleUnitId])) throw forbidden('You can assign tasks to your own unit only; HQ assigns to any unit');
        }
        const assigningUnitId = input.assigningUnitId ?? actor.unitId;
        if (!assigningUnitId) throw invalidField('assigningUnitId', 'Name the unit that assigns the task');
        await requireUnits(tx, [input.responsibleUnitId], 'responsibleUnitId');
        await requireUnits(tx, [assigningUnitId], 'assigningUnitId');

        let commitmentId = input.commitmentId ?? null;
        if (input.parentTaskId) {
          const parent = await readableReference(() => findReadableTask(tx, actor, input.parentTaskId!), 'parentTaskId', 'Unknown task');
          if (commitmentId && commitmentId !== parent.commitmentId) throw invalidField('commitmentId', "A sub-task belongs to its parent's commitment");
          checkWithinParent(parent, input.startDate, input.dueDate);
          commitmentId = parent.commitmentId;
        } else if (commitmentId) {
          await readableReference(() => findReadableCommitment(tx, actor, commitmentId!), 'commitmentId', 'Unknown commitment');
        }

        const row = await insertTask(tx, actor, {
          commitmentId,
          parentTaskId: input.parentTaskId ?? null,
          isMilestone: input.isMilestone,
          title: input.title,
          objective: input.objective,
          responsibleUnitId: input.responsibleUnitId,
          responsiblePerson: input.responsiblePerson,
          assigningUnitId,
          accountableTo: input.accountableTo,
          checkedBy: input.checkedBy,
          expectedOutput: input.expectedOutput,
          expectedOutcome: input.expectedOutcome,
          startDate: input.startDate,
          dueDate: input.dueDate,
        });
        await tellAssigned(tx, actor, row);
        return load(tx, actor, row.id);
      }),

    /**
     * Edits a task's definition (assigning unit or HQ). The due date moves only through an approved change:
     * a new one here is `rule_violated`. Throws `conflict` when stale.
     */
    update: (actor: Actor, id: string, input: TaskUpdate) =>
      db.transaction(async (tx) => {
        const before = await findTaskActingFor(tx, actor, id, 'assigning');
        if (before.version !== input.version) throw staleVersion('This task');
        if (input.dueDate !== undefined && input.dueDate !== before.dueDate) {
          throw ruleViolated('Moving a due date needs the approval of the assigning unit: request a due-date change', { dueDate: 'needs_approval' });
        }
        if (input.responsibleUnitId && input.responsibleUnitId !== before.responsibleUnitId) {
          await requireUnits(tx, [input.responsibleUnitId], 'responsibleUnitId');
          if (!can.assignAny(actor) && !inScope(await writeScope(tx, actor), [input.responsibleUnitId])) throw forbidden('You can assign tasks to your own unit only; HQ assigns to any unit');
        }
        if (input.startDate && input.startDate !== before.startDate) {
          if (input.startDate > before.dueDate) throw invalidField('startDate', 'The start date cannot be after the due date');
          const parent = before.parentTaskId ? await tasksRepo.findById(tx, before.parentTaskId) : undefined;
          if (parent) checkWithinParent(parent, input.startDate, before.dueDate);
          await checkHoldsChildren(tx, id, input.startDate, before.dueDate, { start: 'startDate', due: 'dueDate' });
        }
        const movesCommitment = input.commitmentId !== undefined && input.commitmentId !== before.commitmentId;
        if (movesCommitment) {
          if (before.parentTaskId) throw invalidField('commitmentId', "A sub-task belongs to its parent's commitment");
          if (input.commitmentId) await readableReference(() => findReadableCommitment(tx, actor, input.commitmentId!), 'commitmentId', 'Unknown commitment');
        }
        const after = await tasksRepo.update(tx, id, input.version, {
          title: input.title,
          objective: input.objective,
          responsibleUnitId: input.responsibleUnitId,
          responsiblePerson: input.responsiblePerson,
          accountableTo: input.accountableTo,
          checkedBy: input.checkedBy,
          expectedOutput: input.expectedOutput,
          expectedOutcome: input.expectedOutcome,
          startDate: input.startDate,
          commitmentId: input.commitmentId,
          isMilestone: input.isMilestone,
        });
        if (!after) throw staleVersion('This task');
        await auditRepo.insert(tx, { actor, action: 'task.updated', entity: 'task', entityId: id, ...changedFields(before, after) });
        if (after.responsibleUnitId !== before.responsibleUnitId) await tellAssigned(tx, actor, after);
        if (movesCommitment) {
          await recomputeFor(tx, actor, before);
          await recomputeFor(tx, actor, after);
        }
        return load(tx, actor, id);
      }),

    /**
     * Reports a status with its rationale (and evidence, required to complete), appending to the timeline and
     * re-deriving the commitment's status. Responsible unit or HQ only. Throws `conflict` when stale,
     * `rule_violated` when completing without evidence, `invalid` for an attachment of another record.
     */
    changeStatus: (actor: Actor, id: string, input: TaskStatusChange) =>
      db.transaction(async (tx) => {
        const before = await findTaskActingFor(tx, actor, id, 'responsible');
        if (before.version !== input.version) throw staleVersion('This task');
        const completes = COMPLETED_TASK_STATUSES.includes(input.status);
        if (completes && !input.evidenceUrl && !input.attachmentId) {
          throw ruleViolated('A completed task needs evidence: a link or a document uploaded to the task', { evidence: 'required' });
        }
        if (input.attachmentId && !(await attachmentsRepo.findFor(tx, TASK_ENTITY, id, input.attachmentId))) {
          throw invalidField('attachmentId', 'No such document among this task\'s uploads');
        }
        await recordStatus(tx, actor, before, input);
        return load(tx, actor, id);
      }),

    /** The status history, oldest first; the database refuses edits to it. */
    timeline: async (actor: Actor, id: string): Promise<{ items: TaskStatusEvent[] }> => {
      await findReadableTask(db, actor, id);
      const rows = await tasksRepo.timeline(db, id);
      const units = await unitRefs(db, rows.flatMap((row) => (row.actorUnitId ? [row.actorUnitId] : [])));
      return {
        items: rows.map(({ event, actorName, actorUnitId }) => ({
          id: event.id,
          fromStatus: event.fromStatus as TaskStatus | null,
          toStatus: event.toStatus as TaskStatus,
          rationale: event.rationale,
          evidenceUrl: event.evidenceUrl,
          attachmentId: event.attachmentId,
          actor: event.actorUserId ? { id: event.actorUserId, name: actorName ?? '', unit: (actorUnitId && units.get(actorUnitId)) || null } : null,
          at: toIso(event.at)!,
        })),
      };
    },

    dueDateChanges: async (actor: Actor, id: string) => {
      const task = await findReadableTask(db, actor, id);
      return { items: await toDueDateChanges(db, task, await tasksRepo.dueDateChangesOf(db, id)) };
    },

    /**
     * Asks the assigning unit to move the due date (responsible unit or HQ). One request waits at a time.
     * Throws `invalid`, `rule_violated` (pending request, closed task, outside the parent's or sub-tasks' dates).
     */
    requestDueDateChange: (actor: Actor, id: string, input: DueDateChangeInput) =>
      db.transaction(async (tx) => {
        const task = await findTaskActingFor(tx, actor, id, 'responsible');
        if (await tasksRepo.findPendingDueDateChange(tx, id)) throw ruleViolated('A due-date change for this task is already waiting for a decision', { toDate: 'pending' });
        if (isTaskClosed(task)) {
          throw ruleViolated('A closed task keeps its due date', { toDate: 'closed' });
        }
        if (input.toDate === task.dueDate) throw invalidField('toDate', 'The task is already due on that date');
        if (input.toDate < task.startDate) throw invalidField('toDate', 'The due date cannot be before the start date');
        await checkDueDateFits(tx, task, input.toDate);
        const row = await tasksRepo.insertDueDateChange(tx, {
          taskId: id,
          fromDate: task.dueDate,
          toDate: input.toDate,
          reason: input.reason,
          requestedBy: createdByOf(actor),
          decision: 'pending',
        });
        await auditRepo.insert(tx, { actor, action: 'due_date_change.requested', entity: 'due_date_change', entityId: row.id, after: row });
        const deciders = await notificationsRepo.usersOfUnit(tx, task.assigningUnitId, ['unit_editor']);
        await notify(tx, deciders, { kind: 'due_date_change.requested', facts: await dueDateFacts(tx, task, row), entity: 'task', entityId: id }, { except: actor });
        return toDueDateChange(tx, task, row);
      }),

    /**
     * Approves or rejects a pending request (assigning unit or HQ, so a responsible unit cannot approve its own
     * request unless it also assigned the task). Approval moves the due date, keeps the original, and counts a
     * slip when the date moves later. Throws `forbidden`, `not_found`, `conflict` (already decided).
     */
    decideDueDateChange: (actor: Actor, id: string, changeId: string, input: DueDateDecisionInput) =>
      db.transaction(async (tx) => {
        const task = await findTaskActingFor(tx, actor, id, 'assigning');
        const change = await tasksRepo.findDueDateChange(tx, id, changeId);
        if (!change) throw notFound('Due-date change');
        if (change.decision !== 'pending') throw new DomainError('conflict', `This request was already ${change.decision}`, { decision: change.decision });
        if (input.decision === 'approved') {
          await checkDueDateFits(tx, task, change.toDate);
          await moveDueDate(tx, actor, task, change.toDate);
        }
        const decided = await tasksRepo.decideDueDateChange(tx, changeId, { decision: input.decision, decidedBy: createdByOf(actor), decisionNote: input.note ?? null });
        if (!decided) throw new DomainError('conflict', 'This request was already decided');
        await auditRepo.insert(tx, { actor, action: `due_date_change.${input.decision}`, entity: 'due_date_change', entityId: changeId, before: { decision: 'pending' }, after: { decision: decided.decision, decisionNote: decided.decisionNote } });
        const requesters = await notificationsRepo.usersOfUnit(tx, task.responsibleUnitId);
        await notify(tx, requesters, { kind: `due_date_change.${input.decision}`, facts: await dueDateFacts(tx, task, decided), entity: 'task', entityId: id }, { except: actor });
        return toDueDateChange(tx, task, decided);
      }),
  };
}

/** Tells the responsible unit it was given a task. */
async function tellAssigned(tx: Executor, actor: Actor, task: TaskRow) {
  const assigning = (await orgUnitsRepo.findById(tx, task.assigningUnitId))!;
  const facts = { taskTitle: task.title, dueDate: task.dueDate, assigningUnit: { vi: assigning.nameVi, en: assigning.nameEn } };
  await notify(tx, await notificationsRepo.usersOfUnit(tx, task.responsibleUnitId), { kind: 'task.assigned', facts, entity: 'task', entityId: task.id }, { except: actor });
}

async function dueDateFacts(tx: Executor, task: TaskRow, change: DueDateChangeRow) {
  const unit = (await orgUnitsRepo.findById(tx, task.responsibleUnitId))!;
  const note = change.decision === 'pending' ? change.reason : change.decisionNote;
  return { taskTitle: task.title, fromDate: change.fromDate, toDate: change.toDate, responsibleUnit: { vi: unit.nameVi, en: unit.nameEn }, note };
}

/** A new due date must stay within the parent's timeline and still hold every sub-task. */
async function checkDueDateFits(ex: Executor, task: TaskRow, dueDate: string) {
  const parent = task.parentTaskId ? await tasksRepo.findById(ex, task.parentTaskId) : undefined;
  if (parent) checkWithinParent(parent, task.startDate, dueDate);
  await checkHoldsChildren(ex, task.id, task.startDate, dueDate, { start: 'toDate', due: 'toDate' });
}

/**
 * Applies a checked status report: the task's status and version, the timeline entry and audit row, then the
 * commitment's derived status. `at` back-dates the entry (demo data); the API always records now.
 */
export async function recordStatus(tx: Executor, actor: Actor, before: TaskRow, input: Omit<TaskStatusChange, 'version'>, at = new Date()): Promise<TaskRow> {
  const completes = COMPLETED_TASK_STATUSES.includes(input.status);
  const after = await tasksRepo.update(tx, before.id, before.version, {
    status: input.status,
    statusChangedAt: at,
    completedAt: completes ? todayIso(at) : null,
  });
  if (!after) throw staleVersion('This task');
  const event = await tasksRepo.insertStatusEvent(tx, {
    taskId: before.id,
    fromStatus: before.status,
    toStatus: input.status,
    rationale: input.rationale,
    evidenceUrl: input.evidenceUrl ?? null,
    attachmentId: input.attachmentId ?? null,
    actorUserId: createdByOf(actor),
    at,
  });
  await auditRepo.insert(tx, {
    actor,
    action: 'task.status_changed',
    entity: 'task',
    entityId: before.id,
    before: { status: before.status },
    after: { status: after.status, rationale: event.rationale, evidenceUrl: event.evidenceUrl, attachmentId: event.attachmentId },
  });
  await recomputeFor(tx, actor, after);
  return after;
}

/** Moves an approved due date: the original stays, and a later date counts as a slip. */
export async function moveDueDate(tx: Executor, actor: Actor, task: TaskRow, toDate: string): Promise<TaskRow> {
  const after = await tasksRepo.update(tx, task.id, task.version, {
    dueDate: toDate,
    slipCount: toDate > task.dueDate ? task.slipCount + 1 : task.slipCount,
  });
  if (!after) throw staleVersion('This task');
  await auditRepo.insert(tx, { actor, action: 'task.due_date_moved', entity: 'task', entityId: task.id, ...changedFields(task, after) });
  return after;
}

/** Inserts a checked task with its audit row, and re-derives its commitment's status. */
export async function insertTask(tx: Executor, actor: Actor, values: Omit<TaskInsert, 'originalDueDate' | 'status' | 'createdBy'>): Promise<TaskRow> {
  const row = await tasksRepo.insert(tx, { ...values, originalDueDate: values.dueDate, status: 'not_started', createdBy: createdByOf(actor) });
  await auditRepo.insert(tx, { actor, action: 'task.created', entity: 'task', entityId: row.id, after: row });
  await recomputeFor(tx, actor, row);
  return row;
}
