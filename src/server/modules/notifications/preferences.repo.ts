import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { NotificationPreference } from '../../../shared/schemas/notifications.js';
import type { Executor } from '../../db/client.js';
import { digestItems, notificationPreferences, users, type DIGEST_FREQUENCIES } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';

export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
export type DigestItemRow = typeof digestItems.$inferSelect;

export const preferencesRepo = {
  /** The kinds some users chose a setting for; a kind without a row keeps the default. */
  ofUsers: (ex: Executor, userIds: string[]) =>
    userIds.length === 0 ? Promise.resolve([]) : ex.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds)),

  upsert: (ex: Executor, userId: string, items: NotificationPreference[]) =>
    ex
      .insert(notificationPreferences)
      .values(items.map((item) => ({ userId, kind: item.kind, inApp: item.inApp, emailDelivery: item.email })))
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { inApp: sql`excluded.in_app`, emailDelivery: sql`excluded.email_delivery`, updatedAt: sql`now()` },
      }),

  insertDigestItem: (ex: Executor, values: Omit<typeof digestItems.$inferInsert, 'id' | 'createdAt' | 'sentAt'>) =>
    ex.insert(digestItems).values({ ...values, id: newId() }),

  /** Notices waiting for a digest, of active users, oldest first, each with its recipient; locked until the caller's transaction ends. */
  pendingDigestItems: (ex: Executor, frequency: DigestFrequency) =>
    ex
      .select({ item: digestItems, recipient: { id: users.id, email: users.email, locale: users.locale } })
      .from(digestItems)
      .innerJoin(users, eq(users.id, digestItems.userId))
      .where(and(eq(digestItems.frequency, frequency), isNull(digestItems.sentAt), eq(users.active, true)))
      .orderBy(asc(digestItems.userId), asc(digestItems.createdAt), asc(digestItems.id))
      .for('update', { of: digestItems, skipLocked: true }),

  markDigestSent: (ex: Executor, ids: string[]) =>
    ids.length === 0 ? Promise.resolve() : ex.update(digestItems).set({ sentAt: sql`now()` }).where(inArray(digestItems.id, ids)).then(() => undefined),
};
