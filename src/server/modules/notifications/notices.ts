import type { Locale } from '../../../shared/schemas/users.js';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/client.js';
import { jobsRepo } from '../../jobs/jobs.repo.js';
import { recordPath, renderNotice, type NoticeFacts, type NoticeKind } from './messages.js';
import { notificationsRepo, type Recipient } from './notifications.repo.js';
import { preferencesRepo } from './preferences.repo.js';
import { DEFAULT_NOTIFICATION_PREFERENCE, EmailDelivery, type NotificationPreference } from '../../../shared/schemas/notifications.js';

export const EMAIL_JOB = 'email.send';

export interface Notice<K extends NoticeKind = NoticeKind> {
  kind: K;
  facts: NoticeFacts[K];
  entity: string;
  entityId: string;
}

export const localeOf = (recipient: { locale: string }): Locale => (recipient.locale === 'en' ? 'en' : 'vi');

/** Where the app is served, for links in e-mails. */
export const publicUrlFromEnv = (env: NodeJS.ProcessEnv = process.env) => (env.ECONDIP_PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '');

/** Queues an outbox e-mail for delivery (a no-op job when no SMTP server is configured: it stays in the outbox). */
export async function queueEmail(ex: Executor, values: { toAddress: string; subject: string; body: string; link?: string | null }) {
  const email = await notificationsRepo.insertEmail(ex, values);
  await jobsRepo.enqueue(ex, { kind: EMAIL_JOB, payload: { outboxId: email.id }, dedupeKey: `${EMAIL_JOB}:${email.id}` });
  return email;
}

/** Where each kind of notice reaches each of some users: their choice, else in the app and by e-mail at once. */
export async function deliveriesFor(ex: Executor, userIds: string[]) {
  const chosen = new Map((await preferencesRepo.ofUsers(ex, userIds)).map((row) => [`${row.userId}:${row.kind}`, row]));
  return (userId: string, kind: NoticeKind): Omit<NotificationPreference, 'kind'> => {
    const row = chosen.get(`${userId}:${kind}`);
    return row ? { inApp: row.inApp, email: EmailDelivery.parse(row.emailDelivery) } : DEFAULT_NOTIFICATION_PREFERENCE;
  };
}

/**
 * Tells each recipient once (the actor who caused the notice is not told), where they chose to be told: an in-app
 * notification holding the notice's kind and facts, worded when read in the reader's language; an e-mail worded in
 * the recipient's language now, or the notice kept for their daily or weekly digest. Runs in the caller's
 * transaction. Returns how many were told.
 */
export async function notify<K extends NoticeKind>(ex: Executor, recipients: Recipient[], notice: Notice<K>, options: { except?: Actor; publicUrl?: string } = {}) {
  const told = new Map<string, Recipient>();
  for (const user of recipients) if (user.id !== options.except?.userId) told.set(user.id, user);
  const path = recordPath(notice.entity, notice.entityId, notice.facts);
  const link = path ? `${options.publicUrl ?? publicUrlFromEnv()}${path}` : null;
  const deliveryOf = await deliveriesFor(ex, [...told.keys()]);
  const stored = { kind: notice.kind, params: notice.facts, entity: notice.entity, entityId: notice.entityId };
  for (const user of told.values()) {
    const { inApp, email } = deliveryOf(user.id, notice.kind);
    if (inApp) await notificationsRepo.insert(ex, { userId: user.id, ...stored });
    if (email === 'immediate') {
      const message = renderNotice(notice.kind, localeOf(user), notice.facts);
      await queueEmail(ex, { toAddress: user.email, subject: message.title, body: link ? `${message.body}\n\n${link}` : message.body });
    } else if (email !== 'never') {
      await preferencesRepo.insertDigestItem(ex, { userId: user.id, frequency: email, ...stored });
    }
  }
  return told.size;
}
