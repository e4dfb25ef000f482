import type { Locale } from '../../../shared/schemas/users.js';
import type { Executor } from '../../db/client.js';
import type { JobRequest, JobRow } from '../../jobs/jobs.repo.js';
import type { JobHandlers } from '../../jobs/worker.js';
import { todayIso } from '../../lib/dates.js';
import { isNoticeKind, recordPath, renderNotice, type NoticeFacts } from './messages.js';
import { localeOf, publicUrlFromEnv, queueEmail } from './notices.js';
import { preferencesRepo, type DigestFrequency, type DigestItemRow } from './preferences.repo.js';

export const DIGEST_JOB = 'notifications.digest';

/** `Date.getUTCDay()` of a Monday. */
const MONDAY = 1;

/** The daily digest once per day, the weekly one on Mondays, however many instances tick. */
export const planDigests = (now: Date): JobRequest[] => {
  const day = todayIso(now);
  const frequencies: DigestFrequency[] = new Date(`${day}T00:00:00Z`).getUTCDay() === MONDAY ? ['daily', 'weekly'] : ['daily'];
  return frequencies.map((frequency) => ({ kind: DIGEST_JOB, payload: { frequency, day }, dedupeKey: `${DIGEST_JOB}:${frequency}:${day}` }));
};

const SUBJECTS: Record<DigestFrequency, Record<Locale, (count: number) => string>> = {
  daily: { vi: (n) => `Tóm tắt thông báo trong ngày: ${n} thông báo`, en: (n) => `Daily digest: ${n} ${n === 1 ? 'notice' : 'notices'}` },
  weekly: { vi: (n) => `Tóm tắt thông báo trong tuần: ${n} thông báo`, en: (n) => `Weekly digest: ${n} ${n === 1 ? 'notice' : 'notices'}` },
};

const FOOTERS: Record<Locale, string> = {
  vi: 'Bạn nhận thư này vì đã chọn nhận thông báo gộp. Có thể thay đổi tại trang Tài khoản.',
  en: 'You receive this e-mail because you chose to have these notices gathered. Change it on your Account page.',
};

/** One e-mail gathering a recipient's waiting notices, each worded in their language with its link. */
export function digestEmail(frequency: DigestFrequency, locale: Locale, items: DigestItemRow[], publicUrl: string) {
  const entries = items.map((item) => {
    const message = isNoticeKind(item.kind) ? renderNotice(item.kind, locale, item.params as NoticeFacts[typeof item.kind]) : { title: item.kind, body: '' };
    const path = recordPath(item.entity, item.entityId, item.params);
    return [`• ${message.title}`, `  ${message.body}`, ...(path ? [`  ${publicUrl}${path}`] : [])].join('\n');
  });
  return { subject: SUBJECTS[frequency][locale](items.length), body: [...entries, '', FOOTERS[locale]].join('\n\n') };
}

/** Queues one digest e-mail per recipient with notices waiting, and marks those notices sent. Returns how many e-mails. */
export async function sendDigests(ex: Executor, frequency: DigestFrequency, publicUrl = publicUrlFromEnv()) {
  const byRecipient = new Map<string, { recipient: { email: string; locale: string }; items: DigestItemRow[] }>();
  for (const { item, recipient } of await preferencesRepo.pendingDigestItems(ex, frequency)) {
    const entry = byRecipient.get(recipient.id) ?? { recipient, items: [] };
    entry.items.push(item);
    byRecipient.set(recipient.id, entry);
  }
  for (const { recipient, items } of byRecipient.values()) {
    await queueEmail(ex, { toAddress: recipient.email, ...digestEmail(frequency, localeOf(recipient), items, publicUrl) });
    await preferencesRepo.markDigestSent(ex, items.map((item) => item.id));
  }
  return byRecipient.size;
}

export const digestJobHandlers = (): JobHandlers => ({
  [DIGEST_JOB]: { run: (ex, job: JobRow) => sendDigests(ex, (job.payload as { frequency: DigestFrequency }).frequency).then(() => undefined) },
});
