import type { Executor } from '../../db/client.js';
import { jobsRepo, type JobRequest, type JobRow } from '../../jobs/jobs.repo.js';
import type { JobHandlers } from '../../jobs/worker.js';
import { addDays } from '../../../shared/dates.js';
import { todayIso } from '../../lib/dates.js';
import { CLOSED_TASK_STATUSES } from '../dashboard/implementation-state.js';
import type { Mailer } from './mailer.js';
import type { TaskNoticeKind } from './messages.js';
import { EMAIL_JOB, notify } from './notices.js';
import { notificationsRepo } from './notifications.repo.js';

export const JOB_KINDS = { scan: 'reminders.scan', notify: 'reminders.notify', email: EMAIL_JOB } as const;

export const DEFAULT_REMINDER_DAYS = [7, 1];

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The daily scan, once per day however many instances tick. */
export const planDailyScan = (now: Date): JobRequest[] => {
  const day = todayIso(now);
  return [{ kind: JOB_KINDS.scan, payload: { day }, dedupeKey: `${JOB_KINDS.scan}:${day}` }];
};

interface NoticePayload {
  taskId: string;
  kind: TaskNoticeKind;
  day: string;
}

const payloadOf = <T>(job: JobRow) => job.payload as T;

/**
 * Decides which notices are due on `day`. A task due within the largest reminder window gets the reminder of the
 * smallest window it is in (7 then 1 days by default), keyed by task, window and due date, so a missed day still
 * reminds and a repeated scan never does twice; a moved due date reminds again. An overdue open task escalates
 * once per week past its due date.
 */
export async function scanTasks(ex: Executor, day: string, reminderDays: number[] = DEFAULT_REMINDER_DAYS) {
  const windows = [...new Set(reminderDays)].sort((a, b) => a - b);
  let queued = 0;
  const widest = windows.at(-1);
  if (widest !== undefined) {
    for (const task of await notificationsRepo.openTasksDue(ex, { from: day, to: addDays(day, widest) })) {
      const window = windows.find((n) => daysBetween(day, task.due_date) <= n)!;
      const payload: NoticePayload = { taskId: task.id, kind: 'task.due_soon', day };
      if (await jobsRepo.enqueue(ex, { kind: JOB_KINDS.notify, payload: { ...payload }, dedupeKey: `task.due_soon:${task.id}:${window}d:${task.due_date}` })) queued += 1;
    }
  }
  for (const task of await notificationsRepo.openTasksDue(ex, { before: day })) {
    const week = Math.floor((daysBetween(task.due_date, day) - 1) / 7);
    const payload: NoticePayload = { taskId: task.id, kind: 'task.overdue', day };
    if (await jobsRepo.enqueue(ex, { kind: JOB_KINDS.notify, payload: { ...payload }, dedupeKey: `task.overdue:${task.id}:${task.due_date}:w${week}` })) queued += 1;
  }
  return queued;
}

/**
 * Reminders go to the responsible unit; an overdue task goes to the unit that must act (the responsible unit) and
 * is escalated to the assigning unit's editors, HQ coordinators and the responsible unit's parent's editors.
 */
async function recipientsOf(ex: Executor, kind: TaskNoticeKind, task: { responsibleUnitId: string; assigningUnitId: string }, day: string) {
  if (kind === 'task.due_soon') return notificationsRepo.usersOfUnit(ex, task.responsibleUnitId);
  const parentId = await notificationsRepo.parentOf(ex, task.responsibleUnitId, day);
  const groups = await Promise.all([
    notificationsRepo.usersOfUnit(ex, task.responsibleUnitId),
    notificationsRepo.usersOfUnit(ex, task.assigningUnitId, ['unit_editor']),
    notificationsRepo.usersWithRole(ex, 'hq_coordinator'),
    parentId ? notificationsRepo.usersOfUnit(ex, parentId, ['unit_editor']) : Promise.resolve([]),
  ]);
  return groups.flat();
}

/** Writes one task notice: an in-app notification and an e-mail per recipient, in their language. */
export async function notifyTask(ex: Executor, payload: NoticePayload) {
  const found = await notificationsRepo.findTaskForNotice(ex, payload.taskId);
  if (!found) return 0;
  const { task } = found;
  const stillDue = payload.kind === 'task.due_soon' ? task.dueDate >= payload.day : task.dueDate < payload.day;
  // Completed, dropped or rescheduled since the scan: nothing to say any more.
  if ((CLOSED_TASK_STATUSES as readonly string[]).includes(task.status) || !stillDue) return 0;
  const facts = {
    taskTitle: task.title,
    dueDate: task.dueDate,
    responsibleUnit: { vi: found.unitNameVi, en: found.unitNameEn },
    days: Math.abs(daysBetween(payload.day, task.dueDate)),
  };
  return notify(ex, await recipientsOf(ex, payload.kind, task, payload.day), { kind: payload.kind, facts, entity: 'task', entityId: task.id });
}

/** Delivers one outbox e-mail; idempotent, so a retry after a crash does not send a sent one again. */
export async function deliverEmail(ex: Executor, outboxId: string, mailer: Mailer) {
  const email = await notificationsRepo.findEmail(ex, outboxId);
  if (!email || email.sentAt || !mailer.configured) return;
  try {
    await mailer.send({ to: email.toAddress, subject: email.subject, text: email.body });
  } catch (error) {
    await notificationsRepo.markEmailError(ex, outboxId, error instanceof Error ? error.message : String(error));
    throw error;
  }
  await notificationsRepo.markEmailSent(ex, outboxId);
}

export interface ReminderJobOptions {
  mailer: Mailer;
  reminderDays?: number[];
}

export const reminderJobHandlers = ({ mailer, reminderDays }: ReminderJobOptions): JobHandlers => ({
  [JOB_KINDS.scan]: { run: (ex, job) => scanTasks(ex, payloadOf<{ day: string }>(job).day, reminderDays).then(() => undefined) },
  [JOB_KINDS.notify]: { run: (ex, job) => notifyTask(ex, payloadOf<NoticePayload>(job)).then(() => undefined) },
  // SMTP is slow and outside the database: never inside a transaction (PGlite would stall every request).
  [JOB_KINDS.email]: { transactional: false, run: (ex, job) => deliverEmail(ex, payloadOf<{ outboxId: string }>(job).outboxId, mailer) },
});
