import { NOTICE_KINDS, type Inbox, type Notification, type NotificationListQuery, type NotificationPreferences, type NotificationPreferencesUpdate, type OutboxEmail, type OutboxListQuery } from '../../../shared/schemas/notifications.js';
import type { Actor } from '../../auth/actor.js';
import type { Locale } from '../../../shared/schemas/users.js';
import type { Db, Executor } from '../../db/client.js';
import { isInternal } from '../../policy/roles.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { dashboardRepo, type UnitTasks } from '../dashboard/dashboard.repo.js';
import { toTaskSummary } from '../dashboard/dashboard.service.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { usersRepo } from '../users/users.repo.js';
import { isNoticeKind, recordPath, renderNotice, type NoticeFacts } from './messages.js';
import { deliveriesFor, localeOf } from './notices.js';
import { preferencesRepo } from './preferences.repo.js';
import { auditRepo } from '../audit/audit.repo.js';
import { notificationsPolicy as can } from './notifications.policy.js';
import { notificationsRepo, type NotificationRow, type OutboxRow } from './notifications.repo.js';

const INBOX_EXCERPT = 50;
const DUE_SOON_DAYS = 14;

/** Worded now, in `locale`, from its kind and facts; a notice written before facts were kept shows its stored text. */
function wordingOf(row: NotificationRow, locale: Locale) {
  if (row.params !== null && isNoticeKind(row.kind)) return renderNotice(row.kind, locale, row.params as NoticeFacts[typeof row.kind]);
  return { title: row.title ?? row.kind, body: row.body ?? '' };
}

const toNotification = (row: NotificationRow, locale: Locale): Notification => ({
  id: row.id,
  kind: row.kind,
  ...wordingOf(row, locale),
  entity: row.entity,
  entityId: row.entityId,
  path: recordPath(row.entity, row.entityId, row.params),
  createdAt: toIso(row.createdAt)!,
  readAt: toIso(row.readAt),
});

const toOutboxEmail = (row: OutboxRow): OutboxEmail => ({
  id: row.id,
  toAddress: row.toAddress,
  subject: row.subject,
  body: row.body,
  createdAt: toIso(row.createdAt)!,
  sentAt: toIso(row.sentAt),
  lastError: row.lastError,
});

const accountLocale = async (ex: Executor, actor: Actor): Promise<Locale> => localeOf((await usersRepo.findById(ex, actor.userId))?.user ?? { locale: 'vi' });

// Marking one's own notifications read changes no shared record, so it is not audited.
export function notificationsService(db: Db) {
  return {
    list: async (actor: Actor, query: NotificationListQuery) => {
      if (!can.readOwn(actor)) throw forbidden();
      const [{ rows, total }, unreadCount, locale] = await Promise.all([
        notificationsRepo.list(db, actor.userId, query),
        notificationsRepo.countUnread(db, actor.userId),
        query.lang ?? accountLocale(db, actor),
      ]);
      return { items: rows.map((row) => toNotification(row, locale)), total, page: query.page, pageSize: query.pageSize, unreadCount };
    },

    /** Marks one's own notification read; someone else's is `not_found`. */
    markRead: (actor: Actor, id: string) =>
      db.transaction(async (tx) => {
        const row = await notificationsRepo.markRead(tx, actor.userId, id);
        if (!row) throw notFound('Notification');
        return toNotification(row, await accountLocale(tx, actor));
      }),

    markAllRead: (actor: Actor) => db.transaction(async (tx) => ({ updated: await notificationsRepo.markAllRead(tx, actor.userId) })),

    /**
     * What needs the actor's action: the overdue tasks they are told about (their unit's, those it assigned, those of
     * the units below it; HQ coordinators: all), their unit's soon-due tasks, due-date requests to decide, unread count.
     */
    inbox: async (actor: Actor, asOf = todayIso()): Promise<Inbox> => {
      if (!can.readOwn(actor)) throw forbidden();
      const unitIds = actor.unitId && isInternal(actor) ? await orgUnitsRepo.lineageIds(db, actor.unitId) : [];
      const unreadNotifications = await notificationsRepo.countUnread(db, actor.userId);
      const followsAll = actor.role === 'hq_coordinator';
      if (unitIds.length === 0 && !followsAll) {
        const empty = { total: 0, items: [] };
        return { asOf, overdueTasks: empty, dueSoonTasks: empty, dueDateRequests: empty, unreadNotifications };
      }
      const followers = followsAll ? 'all' : { unitIds };
      const dueSoon: UnitTasks = { unitIds, asOf, due: 'soon', withinDays: DUE_SOON_DAYS };
      const [overdueRows, overdueTotal, dueSoonRows, dueSoonTotal, requests, requestTotal] = await Promise.all([
        notificationsRepo.overdueFollowed(db, followers, asOf, INBOX_EXCERPT),
        notificationsRepo.countOverdueFollowed(db, followers, asOf),
        dashboardRepo.unitTaskSummaries(db, dueSoon, INBOX_EXCERPT),
        dashboardRepo.countUnitTasks(db, dueSoon),
        notificationsRepo.pendingDueDateRequests(db, unitIds, INBOX_EXCERPT),
        notificationsRepo.countPendingDueDateRequests(db, unitIds),
      ]);
      return {
        asOf,
        overdueTasks: { total: overdueTotal, items: overdueRows.map(toTaskSummary) },
        dueSoonTasks: { total: dueSoonTotal, items: dueSoonRows.map(toTaskSummary) },
        dueDateRequests: {
          total: requestTotal,
          items: requests.map((r) => ({
            id: r.id,
            task: { id: r.task_id, title: r.task_title, responsibleUnit: { id: r.unit_id, code: r.unit_code, name: { vi: r.unit_name_vi, en: r.unit_name_en } } },
            fromDate: r.from_date,
            toDate: r.to_date,
            reason: r.reason,
            requestedAt: toIso(r.requested_at)!,
          })),
        },
        unreadNotifications,
      };
    },

    /** Where each kind of notice reaches me, every kind listed (the default where I chose nothing). */
    preferences: async (actor: Actor): Promise<NotificationPreferences> => {
      if (!can.readOwn(actor)) throw forbidden();
      const deliveryOf = await deliveriesFor(db, [actor.userId]);
      return { items: NOTICE_KINDS.map((kind) => ({ kind, ...deliveryOf(actor.userId, kind) })) };
    },

    /** Changes where the listed kinds of notice reach me; the others keep their setting. */
    updatePreferences: async (actor: Actor, input: NotificationPreferencesUpdate): Promise<NotificationPreferences> => {
      if (!can.readOwn(actor)) throw forbidden();
      await db.transaction(async (tx) => {
        await preferencesRepo.upsert(tx, actor.userId, input.items);
        await auditRepo.insert(tx, { actor, action: 'user.notification_preferences_updated', entity: 'user', entityId: actor.userId, after: { items: input.items } });
      });
      return notificationsService(db).preferences(actor);
    },

    /** E-mails kept or sent (admin). Throws `forbidden`. */
    outbox: async (actor: Actor, query: OutboxListQuery) => {
      if (!can.readOutbox(actor)) throw forbidden();
      const { rows, total } = await notificationsRepo.listEmails(db, query);
      return { items: rows.map(toOutboxEmail), total, page: query.page, pageSize: query.pageSize };
    },
  };
}
