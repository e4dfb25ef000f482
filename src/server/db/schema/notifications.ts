import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMAIL_DELIVERIES } from '../../../shared/schemas/notifications.js';
import { sql } from 'drizzle-orm';
import { eventName, oneOf } from './checks.js';
import { users } from './users.js';

/** The e-mail deliveries that gather notices. */
export const DIGEST_FREQUENCIES = ['daily', 'weekly'] as const satisfies readonly (typeof EMAIL_DELIVERIES)[number][];

/** A background job's life: pending → running → done, or back to pending for a retry, or failed. */
export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

/** In-app inbox entries. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** What happened (`task.assigned`, …): with `params` it is rendered in the reader's language when read. */
    kind: text().notNull(),
    params: jsonb(),
    /** Text of notices written before `params`, kept as it was written. */
    title: text(),
    body: text(),
    entity: text(),
    entityId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt), check('notifications_kind_ck', eventName(t.kind))],
);

/** Where a kind of notice reaches a user, when they chose otherwise than the default (in the app, e-mail at once). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    inApp: boolean().notNull(),
    emailDelivery: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check('notification_preferences_kind_ck', eventName(t.kind)),
    check('notification_preferences_email_delivery_ck', oneOf(t.emailDelivery, EMAIL_DELIVERIES)),
  ],
);

/** Notices waiting for their recipient's daily or weekly e-mail; `sentAt` is set when the digest holding them is queued. */
export const digestItems = pgTable(
  'digest_items',
  {
    id: uuid().primaryKey(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    frequency: text().notNull(),
    kind: text().notNull(),
    params: jsonb().notNull(),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('digest_items_pending_idx').on(t.frequency, t.userId, t.createdAt).where(sql`${t.sentAt} IS NULL`),
    check('digest_items_kind_ck', eventName(t.kind)),
    check('digest_items_frequency_ck', oneOf(t.frequency, DIGEST_FREQUENCIES)),
  ],
);

/** E-mails to send; delivered by SMTP when configured, otherwise kept here for admins to read. */
export const outboxEmails = pgTable('outbox_emails', {
  id: uuid().primaryKey(),
  toAddress: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  /** The one link the e-mail asks its reader to open (a confirmation link), so the app can show it while undelivered. */
  link: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp({ withTimezone: true }),
  lastError: text(),
});

/**
 * Background work. Workers claim due rows with FOR UPDATE SKIP LOCKED, so several app instances never run
 * one job twice; `dedupeKey` makes scheduling the same reminder idempotent.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey(),
    kind: text().notNull(),
    payload: jsonb().notNull().default({}),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lockedAt: timestamp({ withTimezone: true }),
    lockedBy: text(),
    lastError: text(),
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('jobs_dedupe_uq').on(t.dedupeKey),
    index('jobs_due_idx').on(t.status, t.runAt),
    check('jobs_kind_ck', eventName(t.kind)),
    check('jobs_status_ck', oneOf(t.status, JOB_STATUSES)),
  ],
);
