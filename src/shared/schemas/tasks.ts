import { z } from 'zod';
import { IsoDate, ListQuery, listOf, QueryFlag, Uuid } from './common.js';
import { CountryCode } from './partners.js';
import { DeadlineWarning } from './deadlines.js';
import { UnitView } from './org-units.js';
import { EventActor, UnitRef } from './engagements.js';

export const TASK_STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'completed', 'completed_with_changes', 'not_pursued'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const COMPLETED_TASK_STATUSES: readonly TaskStatus[] = ['completed', 'completed_with_changes'];
/** Statuses after which a task can no longer be overdue. */
export const CLOSED_TASK_STATUSES: readonly TaskStatus[] = [...COMPLETED_TASK_STATUSES, 'not_pursued'];

/** Overdue: past the due date and not closed; `today` as YYYY-MM-DD. */
export const isTaskOverdue = (task: { dueDate: string; status: TaskStatus }, today: string): boolean =>
  task.dueDate < today && !CLOSED_TASK_STATUSES.includes(task.status);

export const Task = z.object({
  id: Uuid,
  commitmentId: Uuid.nullable(),
  parentTaskId: Uuid.nullable(),
  isMilestone: z.boolean(),
  title: z.string(),
  objective: z.string(),
  responsibleUnit: UnitRef,
  responsiblePerson: z.string(),
  assigningUnit: UnitRef,
  accountableTo: z.string(),
  checkedBy: z.string(),
  expectedOutput: z.string(),
  expectedOutcome: z.string(),
  startDate: IsoDate,
  dueDate: IsoDate,
  originalDueDate: IsoDate,
  /** The due date of the commitment the task delivers, which its own should not pass. */
  commitmentDueDate: IsoDate.nullable(),
  /** The due date falls after the commitment's: shown to people, never refused. */
  deadlineWarnings: z.array(DeadlineWarning),
  slipCount: z.int(),
  status: TaskStatus,
  statusChangedAt: z.string(),
  completedAt: IsoDate.nullable(),
  overdue: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the actor may do with this task, by the rules the server enforces. */
  abilities: z.object({
    /** Edit the definition (assigning unit or HQ). */
    update: z.boolean(),
    /** Report status and upload evidence (responsible unit or HQ). */
    changeStatus: z.boolean(),
    /** Ask to move the due date: responsible side, task open, no request pending. */
    requestDueDateChange: z.boolean(),
    /** Approve or reject the pending request: assigning side, a request pending. */
    decideDueDateChange: z.boolean(),
  }),
});
export type Task = z.infer<typeof Task>;

/** A required text that names the clear it belongs to when missing, so the 400 lists each missing clear. */
const clear = (name: string, max = 2000) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `Seven clears: the ${name} is required` : `The ${name} must be text`) })
    .trim()
    .min(1, `Seven clears: the ${name} is required`)
    .max(max);

const clearDate = (name: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `Seven clears: the ${name} is required` : 'Expected a date as YYYY-MM-DD') }).pipe(IsoDate);

/** The seven clears: objective, responsible unit (and person), task, timeline, accountability, output, outcome. */
const sevenClears = {
  objective: clear('objective'),
  responsibleUnitId: z.uuid({ error: (issue) => (issue.input === undefined ? 'Seven clears: the responsible unit is required' : 'Expected a unit id') }),
  responsiblePerson: clear('responsible person', 200),
  title: clear('task', 500),
  startDate: clearDate('timeline start date'),
  dueDate: clearDate('timeline due date'),
  accountableTo: clear('accountability (who answers to whom)', 300),
  checkedBy: clear('accountability (who checks)', 300),
  expectedOutput: clear('expected output'),
  expectedOutcome: clear('expected outcome'),
};

const dueNotBeforeStart = { message: 'The due date cannot be before the start date', path: ['dueDate'] };

export const TaskInput = z
  .object({
    ...sevenClears,
    commitmentId: Uuid.nullable().optional(),
    parentTaskId: Uuid.nullable().optional().describe('Makes this a sub-task or milestone; its dates must fall within the parent\'s'),
    isMilestone: z.boolean().default(false),
    assigningUnitId: Uuid.optional().describe('HQ only: the unit the task is assigned on behalf of (default: your unit)'),
  })
  .refine((t) => t.dueDate >= t.startDate, dueNotBeforeStart);
export type TaskInput = z.infer<typeof TaskInput>;

/** `dueDate` is accepted only to refuse it: moving a due date goes through a due-date change. */
export const TaskUpdate = z
  .object({
    objective: sevenClears.objective,
    responsibleUnitId: Uuid,
    responsiblePerson: sevenClears.responsiblePerson,
    title: sevenClears.title,
    startDate: IsoDate,
    dueDate: IsoDate,
    accountableTo: sevenClears.accountableTo,
    checkedBy: sevenClears.checkedBy,
    expectedOutput: sevenClears.expectedOutput,
    expectedOutcome: sevenClears.expectedOutcome,
    commitmentId: Uuid.nullable(),
    isMilestone: z.boolean(),
  })
  .partial()
  .extend({ version: z.int().min(1) });
export type TaskUpdate = z.infer<typeof TaskUpdate>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const TaskListQuery = ListQuery.extend({
  commitmentId: Uuid.optional(),
  parentTaskId: Uuid.optional(),
  unitId: Uuid.optional().describe('Responsible or assigning unit; in the mapped view the unit filters also select the units they succeeded'),
  countryCode: CountryCode.optional().describe('Delivering a commitment concerning this country (see the commitment list)'),
  responsibleUnitId: Uuid.optional(),
  assigningUnitId: Uuid.optional(),
  status: TaskStatus.optional(),
  overdue: booleanFlag.optional().describe('Past the due date and not completed or dropped'),
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  excludeDemo: QueryFlag.optional().describe('true: leave out tasks invented for the demonstration (the total counts without them too)'),
  view: UnitView,
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const TaskList = listOf(Task);

export const TaskStatusChange = z.object({
  status: TaskStatus,
  rationale: z.string().trim().min(1, 'Every status change needs a rationale').max(5000),
  evidenceUrl: z.url({ protocol: /^https?$/, error: 'Expected an http(s) link' }).max(2000).optional(),
  attachmentId: Uuid.optional().describe('A file uploaded to this task'),
  version: z.int().min(1),
});
export type TaskStatusChange = z.infer<typeof TaskStatusChange>;

export const TaskStatusEvent = z.object({
  id: Uuid,
  fromStatus: TaskStatus.nullable(),
  toStatus: TaskStatus,
  rationale: z.string(),
  evidenceUrl: z.string().nullable(),
  attachmentId: Uuid.nullable(),
  actor: EventActor.nullable(),
  at: z.string(),
});
export type TaskStatusEvent = z.infer<typeof TaskStatusEvent>;

export const TaskTimeline = z.object({ items: z.array(TaskStatusEvent) });

export const DUE_DATE_DECISIONS = ['pending', 'approved', 'rejected'] as const;
export const DueDateDecision = z.enum(DUE_DATE_DECISIONS);

export const PersonRef = z.object({ id: Uuid, name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const DueDateChange = z.object({
  id: Uuid,
  taskId: Uuid,
  fromDate: IsoDate,
  toDate: IsoDate,
  reason: z.string(),
  requestedBy: PersonRef.nullable(),
  requestedAt: z.string(),
  decision: DueDateDecision,
  decidedBy: PersonRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** The requested date falls after the commitment's due date: the assigning unit (or HQ) decides knowing it. */
  deadlineWarnings: z.array(DeadlineWarning),
});
export type DueDateChange = z.infer<typeof DueDateChange>;

export const DueDateChangeList = z.object({ items: z.array(DueDateChange) });

export const DueDateChangeInput = z.object({
  toDate: IsoDate,
  reason: z.string().trim().min(1, 'Moving a due date needs a reason').max(5000),
});
export type DueDateChangeInput = z.infer<typeof DueDateChangeInput>;

export const DueDateDecisionInput = z.object({
  decision: z.enum(['approved', 'rejected']),
  note: z.string().trim().max(5000).optional(),
});
export type DueDateDecisionInput = z.infer<typeof DueDateDecisionInput>;
