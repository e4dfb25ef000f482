import { and, count, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { OutboxListQuery } from '../../../shared/schemas/notifications.js';
import type { Role } from '../../../shared/schemas/users.js';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { notifications, orgUnitParents, orgUnits, outboxEmails, tasks, users } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { pageOffset } from '../../db/search.js';
import { dashboardRepo, taskIsOpen, taskIsOverdue, uuidArray } from '../dashboard/dashboard.repo.js';

/** Who follows overdue tasks: everyone's (HQ coordinators), or those of some units. */
export type Followers = 'all' | { unitIds: string[] };

/**
 * Overdue tasks (alias `t`) on `day` that `followers` are told about: for units, those they are responsible for,
 * those they assigned and those of the units directly below them, as overdue notices reach them.
 */
function overdueFollowedBy(followers: Followers, day: string) {
  if (followers === 'all') return taskIsOverdue('t', day);
  const units = uuidArray(followers.unitIds);
  return sql`${taskIsOverdue('t', day)} AND (t.responsible_unit_id = ANY(${units}) OR t.assigning_unit_id = ANY(${units}) OR EXISTS (
    SELECT 1 FROM org_unit_parents p WHERE p.unit_id = t.responsible_unit_id AND p.parent_id = ANY(${units})
      AND (p.valid_from IS NULL OR p.valid_from <= ${day}::date) AND (p.valid_to IS NULL OR p.valid_to > ${day}::date)))`;
}

export type NotificationRow = typeof notifications.$inferSelect;
export type OutboxRow = typeof outboxEmails.$inferSelect;
export interface Recipient {
  id: string;
  email: string;
  locale: string;
}

const recipientColumns = { id: users.id, email: users.email, locale: users.locale };

export const notificationsRepo = {
  list: async (ex: Executor, userId: string, query: { unread?: boolean; page: number; pageSize: number }) => {
    const conditions = and(
      eq(notifications.userId, userId),
      query.unread === undefined ? undefined : query.unread ? isNull(notifications.readAt) : isNotNull(notifications.readAt),
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(notifications)
        .where(conditions)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(notifications).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  countUnread: (ex: Executor, userId: string) =>
    ex
      .select({ total: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .then(([row]) => row?.total ?? 0),

  /** Marks one of the user's notifications read (idempotent); undefined when it is not theirs. */
  markRead: (ex: Executor, userId: string, id: string) =>
    ex
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .returning()
      .then(([row]) => row),

  markAllRead: (ex: Executor, userId: string) =>
    ex
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id })
      .then((rows) => rows.length),

  insert: (ex: Executor, values: Omit<typeof notifications.$inferInsert, 'id'>) =>
    ex.insert(notifications).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  insertEmail: (ex: Executor, values: Pick<typeof outboxEmails.$inferInsert, 'toAddress' | 'subject' | 'body'>) =>
    ex.insert(outboxEmails).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  findEmail: (ex: Executor, id: string) => ex.select().from(outboxEmails).where(eq(outboxEmails.id, id)).then(([row]) => row),

  markEmailSent: (ex: Executor, id: string) => ex.update(outboxEmails).set({ sentAt: sql`now()`, lastError: null }).where(eq(outboxEmails.id, id)),

  markEmailError: (ex: Executor, id: string, error: string) => ex.update(outboxEmails).set({ lastError: error }).where(eq(outboxEmails.id, id)),

  listEmails: async (ex: Executor, query: OutboxListQuery) => {
    const conditions = query.sent === undefined ? undefined : query.sent ? isNotNull(outboxEmails.sentAt) : isNull(outboxEmails.sentAt);
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(outboxEmails)
        .where(conditions)
        .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(outboxEmails).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** Active users of a unit, optionally with given roles. */
  usersOfUnit: (ex: Executor, unitId: string, roles?: Role[]) =>
    ex
      .select(recipientColumns)
      .from(users)
      .where(and(eq(users.unitId, unitId), eq(users.active, true), roles ? inArray(users.role, roles) : undefined)),

  /** Active business users of a company. */
  usersOfPartner: (ex: Executor, partnerId: string) =>
    ex
      .select(recipientColumns)
      .from(users)
      .where(and(eq(users.partnerId, partnerId), eq(users.role, 'business'), eq(users.active, true))),

  usersWithRole: (ex: Executor, role: Role) =>
    ex.select(recipientColumns).from(users).where(and(eq(users.role, role), eq(users.active, true))),

  /** The unit's parent on `day` (org_unit_parents are dated, half-open). */
  parentOf: (ex: Executor, unitId: string, day: string) =>
    ex
      .select({ parentId: orgUnitParents.parentId })
      .from(orgUnitParents)
      .where(
        and(
          eq(orgUnitParents.unitId, unitId),
          or(isNull(orgUnitParents.validFrom), lte(orgUnitParents.validFrom, day)),
          or(isNull(orgUnitParents.validTo), sql`${orgUnitParents.validTo} > ${day}`),
        ),
      )
      .then(([row]) => row?.parentId),

  /** Overdue tasks on `day` that `followers` are told about, soonest due first (see `overdueFollowedBy`). */
  overdueFollowed: (ex: Executor, followers: Followers, day: string, limit: number) => dashboardRepo.taskSummaries(ex, overdueFollowedBy(followers, day), limit),

  countOverdueFollowed: (ex: Executor, followers: Followers, day: string) => dashboardRepo.countTasks(ex, overdueFollowedBy(followers, day)),

  /** A task with its responsible unit's names, for composing notices. */
  findTaskForNotice: (ex: Executor, taskId: string) =>
    ex
      .select({ task: tasks, unitNameVi: orgUnits.nameVi, unitNameEn: orgUnits.nameEn })
      .from(tasks)
      .innerJoin(orgUnits, eq(orgUnits.id, tasks.responsibleUnitId))
      .where(eq(tasks.id, taskId))
      .then(([row]) => row),

  /** Open tasks due in [from, to] (reminders) or before `from` when `to` is null (overdue). */
  openTasksDue: (ex: Executor, range: { from: string; to: string } | { before: string }) =>
    selectRows<{ id: string; due_date: string }>(
      ex,
      sql`SELECT t.id, t.due_date::text AS due_date FROM tasks t WHERE ${taskIsOpen('t')} AND ${
        'before' in range ? sql`t.due_date < ${range.before}::date` : sql`t.due_date BETWEEN ${range.from}::date AND ${range.to}::date`
      } ORDER BY t.due_date, t.id`,
    ),

  /** Pending due-date change requests on tasks that one of `unitIds` assigned (and so must decide). */
  pendingDueDateRequests: (ex: Executor, unitIds: string[], limit: number) =>
    selectRows<{
      id: string;
      task_id: string;
      task_title: string;
      from_date: string;
      to_date: string;
      reason: string;
      requested_at: Date | string;
      unit_id: string;
      unit_code: string;
      unit_name_vi: string;
      unit_name_en: string;
    }>(
      ex,
      sql`SELECT d.id, t.id AS task_id, t.title AS task_title, d.from_date::text AS from_date, d.to_date::text AS to_date, d.reason,
                 d.requested_at, u.id AS unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en
          FROM due_date_changes d JOIN tasks t ON t.id = d.task_id JOIN org_units u ON u.id = t.responsible_unit_id
          WHERE d.decision = 'pending' AND t.assigning_unit_id = ANY(${uuidArray(unitIds)})
          ORDER BY d.requested_at, d.id LIMIT ${limit}`,
    ),

  countPendingDueDateRequests: (ex: Executor, unitIds: string[]) =>
    selectRows<{ total: number }>(
      ex,
      sql`SELECT count(*)::int AS total FROM due_date_changes d JOIN tasks t ON t.id = d.task_id
          WHERE d.decision = 'pending' AND t.assigning_unit_id = ANY(${uuidArray(unitIds)})`,
    ).then(([row]) => row?.total ?? 0),
};
