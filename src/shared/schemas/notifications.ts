import { z } from 'zod';
import { IsoDate, ListQuery, listOf, Uuid } from './common.js';
import { TaskSummary, UnitName } from './dashboard.js';
import { Locale } from './users.js';

export const Notification = z.object({
  id: Uuid,
  kind: z.string().describe('What happened: task.assigned, task.overdue, support_request.answered, outcome.denied, …'),
  title: z.string().describe("Worded when read, in the requested language (the account's by default)"),
  body: z.string(),
  entity: z.string().nullable(),
  entityId: Uuid.nullable(),
  path: z.string().nullable().describe('The page of the web app that shows the record'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = ListQuery.omit({ q: true }).extend({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only unread (true) or only read (false)'),
  lang: Locale.optional().describe("The language to word the notifications in; the account's language by default"),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;
export const NotificationList = listOf(Notification).extend({ unreadCount: z.int() });
export type NotificationList = z.infer<typeof NotificationList>;

export const ReadAllResult = z.object({ updated: z.int() });

export const DueDateRequest = z.object({
  id: Uuid,
  task: z.object({ id: Uuid, title: z.string(), responsibleUnit: UnitName }),
  fromDate: IsoDate,
  toDate: IsoDate,
  reason: z.string(),
  requestedAt: z.string(),
});
export type DueDateRequest = z.infer<typeof DueDateRequest>;

const excerpt = <T extends z.ZodType>(item: T) => z.object({ total: z.int(), items: z.array(item) });

/** What needs the signed-in user's action, for their own unit (and the units it succeeded). */
export const Inbox = z.object({
  asOf: IsoDate,
  overdueTasks: excerpt(TaskSummary),
  dueSoonTasks: excerpt(TaskSummary).describe('Open tasks due within 14 days'),
  dueDateRequests: excerpt(DueDateRequest).describe('Pending due-date changes that my unit, as assigning unit, must decide'),
  unreadNotifications: z.int(),
});
export type Inbox = z.infer<typeof Inbox>;

export const OutboxEmail = z.object({
  id: Uuid,
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type OutboxEmail = z.infer<typeof OutboxEmail>;

export const OutboxListQuery = ListQuery.omit({ q: true }).extend({
  sent: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type OutboxListQuery = z.infer<typeof OutboxListQuery>;
export const OutboxList = listOf(OutboxEmail);
