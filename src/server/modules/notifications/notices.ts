import type { Locale } from '../../../shared/schemas/users.js';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/client.js';
import { jobsRepo } from '../../jobs/jobs.repo.js';
import { recordPath, renderNotice, type NoticeFacts, type NoticeKind } from './messages.js';
import { notificationsRepo, type Recipient } from './notifications.repo.js';

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

/**
 * Tells each recipient once (the actor who caused the notice is not told): an in-app notification holding the
 * notice's kind and facts, worded when read in the reader's language, and an e-mail worded in the recipient's
 * language now. Runs in the caller's transaction. Returns how many were told.
 */
export async function notify<K extends NoticeKind>(ex: Executor, recipients: Recipient[], notice: Notice<K>, options: { except?: Actor; publicUrl?: string } = {}) {
  const told = new Map<string, Recipient>();
  for (const user of recipients) if (user.id !== options.except?.userId) told.set(user.id, user);
  const path = recordPath(notice.entity, notice.entityId, notice.facts);
  const link = path ? `${options.publicUrl ?? publicUrlFromEnv()}${path}` : null;
  for (const user of told.values()) {
    await notificationsRepo.insert(ex, { userId: user.id, kind: notice.kind, params: notice.facts, entity: notice.entity, entityId: notice.entityId });
    const message = renderNotice(notice.kind, localeOf(user), notice.facts);
    await queueEmail(ex, { toAddress: user.email, subject: message.title, body: link ? `${message.body}\n\n${link}` : message.body });
  }
  return told.size;
}
