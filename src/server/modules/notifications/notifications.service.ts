import type { Inbox, Notification, NotificationListQuery, OutboxEmail, OutboxListQuery } from '../../../shared/schemas/notifications.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { dashboardRepo, type UnitTasks } from '../dashboard/dashboard.repo.js';
import { toTaskSummary } from '../dashboard/dashboard.service.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { notificationsPolicy as can } from './notifications.policy.js';
import { notificationsRepo, type NotificationRow, type OutboxRow } from './notifications.repo.js';

const INBOX_EXCERPT = 50;
const DUE_SOON_DAYS = 14;

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  entity: row.entity,
  entityId: row.entityId,
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

// Marking one's own notifications read changes no shared record, so it is not audited.
export function notificationsService(db: Db) {
  return {
    list: async (actor: Actor, query: NotificationListQuery) => {
      if (!can.readOwn(actor)) throw forbidden();
      const [{ rows, total }, unreadCount] = await Promise.all([notificationsRepo.list(db, actor.userId, query), notificationsRepo.countUnread(db, actor.userId)]);
      return { items: rows.map(toNotification), total, page: query.page, pageSize: query.pageSize, unreadCount };
    },

    /** Marks one's own notification read; someone else's is `not_found`. */
    markRead: (actor: Actor, id: string) =>
      db.transaction(async (tx) => {
        const row = await notificationsRepo.markRead(tx, actor.userId, id);
        if (!row) throw notFound('Notification');
        return toNotification(row);
      }),

    markAllRead: (actor: Actor) => db.transaction(async (tx) => ({ updated: await notificationsRepo.markAllRead(tx, actor.userId) })),

    /** What needs the actor's action: their unit's overdue and soon-due tasks, due-date requests to decide, unread count. */
    inbox: async (actor: Actor, asOf = todayIso()): Promise<Inbox> => {
      if (!can.readOwn(actor)) throw forbidden();
      const unitIds = actor.unitId && actor.role !== 'business' ? await orgUnitsRepo.lineageIds(db, actor.unitId) : [];
      const unreadNotifications = await notificationsRepo.countUnread(db, actor.userId);
      if (unitIds.length === 0) {
        const empty = { total: 0, items: [] };
        return { asOf, overdueTasks: empty, dueSoonTasks: empty, dueDateRequests: empty, unreadNotifications };
      }
      const overdue: UnitTasks = { unitIds, asOf, due: 'overdue' };
      const dueSoon: UnitTasks = { unitIds, asOf, due: 'soon', withinDays: DUE_SOON_DAYS };
      const [overdueRows, overdueTotal, dueSoonRows, dueSoonTotal, requests, requestTotal] = await Promise.all([
        dashboardRepo.unitTaskSummaries(db, overdue, INBOX_EXCERPT),
        dashboardRepo.countUnitTasks(db, overdue),
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

    /** E-mails kept or sent (admin). Throws `forbidden`. */
    outbox: async (actor: Actor, query: OutboxListQuery) => {
      if (!can.readOutbox(actor)) throw forbidden();
      const { rows, total } = await notificationsRepo.listEmails(db, query);
      return { items: rows.map(toOutboxEmail), total, page: query.page, pageSize: query.pageSize };
    },
  };
}
