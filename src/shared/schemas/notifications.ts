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

/** Every kind of notice the app sends; each user chooses, per kind, where it reaches them. */
export const NOTICE_KINDS = [
  'task.assigned',
  'task.due_soon',
  'task.overdue',
  'due_date_change.requested',
  'due_date_change.approved',
  'due_date_change.rejected',
  'support_request.created',
  'support_request.accepted',
  'support_request.declined',
  'support_request.answered',
  'support_request.closed',
  'period.reminder',
  'period_submission.approved',
  'period_submission.returned',
  'period_submission.reopened',
  'outcome.confirmed',
  'outcome.corrected',
  'outcome.denied',
  'market_note.published',
] as const;
export const NoticeKindSchema = z.enum(NOTICE_KINDS);

/** How a kind of notice reaches someone by e-mail: each one at once, gathered in one daily or weekly e-mail, or not at all. */
export const EMAIL_DELIVERIES = ['immediate', 'daily', 'weekly', 'never'] as const;
export const EmailDelivery = z.enum(EMAIL_DELIVERIES);
export type EmailDelivery = z.infer<typeof EmailDelivery>;

export const NotificationPreference = z.strictObject({
  kind: NoticeKindSchema,
  inApp: z.boolean().describe('Shown in the inbox and counted by the bell'),
  email: EmailDelivery,
});
export type NotificationPreference = z.infer<typeof NotificationPreference>;

/** A kind nobody has chosen for reaches them in the app and by an e-mail at once. */
export const DEFAULT_NOTIFICATION_PREFERENCE = { inApp: true, email: 'immediate' } as const satisfies Omit<NotificationPreference, 'kind'>;

export const NotificationPreferences = z.object({ items: z.array(NotificationPreference).describe('One per kind of notice, in NOTICE_KINDS order') });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const NotificationPreferencesUpdate = z.strictObject({
  items: z
    .array(NotificationPreference)
    .min(1)
    .refine((items) => new Set(items.map((item) => item.kind)).size === items.length, 'Each kind may be listed once')
    .describe('The kinds to change; kinds left out keep their setting'),
});
export type NotificationPreferencesUpdate = z.infer<typeof NotificationPreferencesUpdate>;
