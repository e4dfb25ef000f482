import type { ConfirmationClaim, ConfirmationDecision, OutcomeKind } from '../../../shared/schemas/outcomes.js';
import { QUANTITY_KINDS } from '../../../shared/schemas/outcomes.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import type { JobRequest } from '../../jobs/jobs.repo.js';
import type { JobHandlers } from '../../jobs/worker.js';
import { todayIso } from '../../lib/dates.js';
import { DomainError, gone, invalidField } from '../../lib/errors.js';
import { newSecret, sha256 } from '../../lib/ids.js';
import { unitsOfActivity } from '../activities/activities.service.js';
import type { ActivityRow } from '../activities/activities.repo.js';
import { auditRepo } from '../audit/audit.repo.js';
import { formatDay } from '../notifications/messages.js';
import { notify, publicUrlFromEnv, queueEmail } from '../notifications/notices.js';
import { notificationsRepo } from '../notifications/notifications.repo.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { locksOf } from '../periods/period-locks.js';
import { confirmationTokensRepo, outcomesRepo, type OutcomeRow, type TokenRow } from './outcomes.repo.js';

const DAY_MS = 86_400_000;
export const CONFIRMATION_VALID_DAYS = 7;
export const MAX_CONFIRMATION_REMINDERS = 3;
export const CONFIRMATION_JOB_KINDS = { remind: 'confirmations.remind' } as const;


const KIND_LABELS: Record<OutcomeKind, { vi: string; en: string }> = {
  export_contract: { vi: 'Hợp đồng xuất khẩu', en: 'Export contract' },
  investment_pledged: { vi: 'Vốn đầu tư cam kết', en: 'Investment pledged' },
  investment_registered: { vi: 'Vốn đầu tư đăng ký', en: 'Investment registered' },
  investment_disbursed: { vi: 'Vốn đầu tư giải ngân', en: 'Investment disbursed' },
  tourists: { vi: 'Khách du lịch', en: 'Tourists' },
  jobs: { vi: 'Việc làm', en: 'Jobs' },
  technology_transfer: { vi: 'Chuyển giao công nghệ', en: 'Technology transfer' },
  other: { vi: 'Kết quả khác', en: 'Other outcome' },
};

const amount = (outcome: OutcomeRow, locale: 'vi' | 'en') => {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  if (outcome.value !== null && outcome.currency) {
    // Intl formats the decimal string exactly (no float rounding) when given as a string.
    return new Intl.NumberFormat(tag, { style: 'currency', currency: outcome.currency, maximumFractionDigits: 2 }).format(outcome.value as Intl.StringNumericLiteral);
  }
  return outcome.quantity === null ? '' : new Intl.NumberFormat(tag).format(outcome.quantity);
};

/** The bilingual e-mail that carries the link; the token appears only here, never in the database. */
function confirmationEmail(outcome: OutcomeRow, activityTitle: string, link: string, expiresAt: Date) {
  const kind = KIND_LABELS[outcome.kind as OutcomeKind];
  const what = (locale: 'vi' | 'en') => [kind[locale], amount(outcome, locale), outcome.product].filter(Boolean).join(' · ');
  const expires = todayIso(expiresAt);
  return {
    subject: `Đề nghị xác nhận kết quả / Please confirm a reported result: ${activityTitle}`,
    body: [
      `Kính gửi ${outcome.contactName ?? outcome.businessName ?? 'Quý doanh nghiệp'},`,
      `Cơ quan đại diện đã báo cáo kết quả sau của hoạt động "${activityTitle}": ${what('vi')}.`,
      `Xin vui lòng xác nhận, điều chỉnh hoặc bác bỏ tại: ${link}`,
      `Đường dẫn dùng một lần, hiệu lực đến ngày ${formatDay(expires, 'vi')}; không cần tài khoản.`,
      '',
      `Dear ${outcome.contactName ?? outcome.businessName ?? 'Sir or Madam'},`,
      `The following result of "${activityTitle}" was reported: ${what('en')}.`,
      `Please confirm, correct or deny it at: ${link}`,
      `The link works once, until ${formatDay(expires, 'en')}; no account is needed.`,
    ].join('\n'),
  };
}

export interface IssueOptions {
  outcome: OutcomeRow;
  activityTitle: string;
  createdBy: string | null;
  remindersSent: number;
  now: Date;
  publicUrl: string;
}

/**
 * Revokes the outcome's open links and issues a new single-use one valid 7 days (only its sha256 is stored),
 * queueing the e-mail in the caller's transaction. Throws `rule_violated` without a contact e-mail.
 */
export async function issueConfirmationToken(tx: Executor, options: IssueOptions): Promise<TokenRow & { link: string }> {
  const { outcome, now } = options;
  if (!outcome.contactEmail) throw new DomainError('rule_violated', 'Add the business contact e-mail before asking for confirmation', { contactEmail: 'missing' });
  await confirmationTokensRepo.revokeOpen(tx, outcome.id, now);
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + CONFIRMATION_VALID_DAYS * DAY_MS);
  const link = `${options.publicUrl}/confirm/${secret}`;
  const email = await queueEmail(tx, { toAddress: outcome.contactEmail, ...confirmationEmail(outcome, options.activityTitle, link, expiresAt), link });
  const token = await confirmationTokensRepo.insert(tx, {
    outcomeId: outcome.id,
    tokenHash: sha256(secret),
    email: outcome.contactEmail,
    expiresAt,
    remindersSent: options.remindersSent,
    outboxEmailId: email.id,
    createdBy: options.createdBy,
    createdAt: now,
  });
  return { ...token, link };
}

/** Whether HQ approved a report covering the outcome's activity: its figures, the business's answer included, are locked. */
async function isLocked(ex: Executor, activity: Pick<ActivityRow, 'id' | 'unitId' | 'startDate' | 'endDate'>): Promise<boolean> {
  const [lock] = await locksOf(ex, [{ unitIds: await unitsOfActivity(ex, activity), days: [activity.startDate, activity.endDate] }]);
  return lock !== null && lock !== undefined;
}

/**
 * Re-sends, with a new link, every link left unanswered 7 days after it was sent, at most 3 times per outcome.
 * Each outcome is handled in its own transaction (a savepoint when `ex` already is one). Returns how many were sent.
 */
export async function remindPendingConfirmations(ex: Executor, now: Date = new Date(), publicUrl = publicUrlFromEnv()): Promise<number> {
  const due = await confirmationTokensRepo.dueForReminder(ex, new Date(now.getTime() - CONFIRMATION_VALID_DAYS * DAY_MS), MAX_CONFIRMATION_REMINDERS);
  let sent = 0;
  for (const stale of due) {
    await ex.transaction(async (tx) => {
      const token = await confirmationTokensRepo.findByHashForUpdate(tx, stale.tokenHash);
      const found = await outcomesRepo.findWithActivity(tx, stale.outcomeId);
      // Answered, replaced or edited since the scan: nothing to remind.
      if (!token || token.usedAt || token.revokedAt || !found || found.outcome.confirmationStatus !== 'unconfirmed' || !found.outcome.contactEmail) return;
      if (await isLocked(tx, found.activity)) return;
      const reminder = token.remindersSent + 1;
      await issueConfirmationToken(tx, { outcome: found.outcome, activityTitle: found.activity.title, createdBy: null, remindersSent: reminder, now, publicUrl });
      await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'outcome.confirmation_reminded', entity: 'outcome', entityId: stale.outcomeId, after: { email: found.outcome.contactEmail, reminder } });
      sent += 1;
    });
  }
  return sent;
}

/** The weekly reminder run, once per ISO week (Monday) however many instances tick. */
export const planConfirmationReminders = (now: Date): JobRequest[] => {
  const monday = todayIso(new Date(now.getTime() - ((now.getUTCDay() + 6) % 7) * DAY_MS));
  return [{ kind: CONFIRMATION_JOB_KINDS.remind, payload: { week: monday }, dedupeKey: `${CONFIRMATION_JOB_KINDS.remind}:${monday}` }];
};

export const confirmationJobHandlers = (publicUrl = publicUrlFromEnv()): JobHandlers => ({
  [CONFIRMATION_JOB_KINDS.remind]: { run: (ex) => remindPendingConfirmations(ex, new Date(), publicUrl).then(() => undefined) },
});

export interface ConfirmationsOptions {
  now?: () => Date;
}

/** The public side: a business answers through its link, without an account. */
/** Who answers for the outcome: the business as typed, else the linked company's name. */
async function businessNameOf(ex: Executor, outcome: OutcomeRow): Promise<string | null> {
  if (outcome.businessName) return outcome.businessName;
  const company = outcome.businessPartnerId ? await partnersRepo.findById(ex, outcome.businessPartnerId) : undefined;
  return company?.nameVi ?? null;
}

export function confirmationsService(db: Db, { now = () => new Date() }: ConfirmationsOptions = {}) {
  /** The token if it can still be used; `not_found` when unknown, `gone` when used, replaced or expired. */
  const usable = async (ex: Executor, secret: string): Promise<TokenRow> => {
    const token = await confirmationTokensRepo.findByHashForUpdate(ex, sha256(secret));
    if (!token) throw new DomainError('not_found', 'This confirmation link is not valid; check that the whole link was copied');
    if (token.usedAt) throw gone('This confirmation link has already been used; the answer was recorded, thank you', { token: 'used' });
    if (token.revokedAt) throw gone('This confirmation link was replaced by a newer one; please use the link in the latest e-mail', { token: 'replaced' });
    if (token.expiresAt.getTime() <= now().getTime()) throw gone('This confirmation link has expired; ask the reporting office to send a new one', { token: 'expired' });
    const found = await outcomesRepo.findWithActivity(ex, token.outcomeId);
    if (found && (await isLocked(ex, found.activity))) throw gone('The report covering this activity was approved and locked; the answer can no longer be recorded', { token: 'locked' });
    return token;
  };

  return {
    /** What the business is asked to confirm. */
    claim: async (secret: string): Promise<ConfirmationClaim> => {
      const token = await usable(db, secret);
      const found = (await confirmationTokensRepo.claimOf(db, token.outcomeId))!;
      const { outcome, activity } = found;
      return {
        activity: { title: activity.title, startDate: activity.startDate, endDate: activity.endDate, countryCode: activity.countryCode, place: activity.place },
        unit: { name: { vi: found.unitNameVi, en: found.unitNameEn } },
        outcome: {
          kind: outcome.kind as OutcomeKind,
          value: outcome.value,
          currency: outcome.currency,
          quantity: outcome.quantity,
          product: outcome.product,
          hsCode: outcome.hsCode,
          counterpart: outcome.counterpart,
        },
        business: { name: outcome.businessName, contactName: outcome.contactName },
        expiresAt: token.expiresAt.toISOString(),
      };
    },

    /** Records the business's answer once; the link is spent. Throws `not_found`, `gone`, `invalid` (correction without a figure). */
    decide: (secret: string, input: ConfirmationDecision) =>
      db.transaction(async (tx) => {
        const token = await usable(tx, secret);
        const before = (await outcomesRepo.findByIdForUpdate(tx, token.outcomeId))!;
        const byQuantity = QUANTITY_KINDS.includes(before.kind as OutcomeKind) || (before.value === null && before.quantity !== null);
        if (input.decision === 'correct' && byQuantity && input.quantity === undefined) throw invalidField('quantity', 'Give the correct number');
        if (input.decision === 'correct' && !byQuantity && input.value === undefined) throw invalidField('value', 'Give the correct value');
        const at = now();
        const status = ({ confirm: 'confirmed', correct: 'corrected', deny: 'denied' } as const)[input.decision];
        const after = (await outcomesRepo.update(tx, before.id, before.version, {
          confirmationStatus: status,
          confirmedValue: status === 'corrected' && !byQuantity ? input.value! : null,
          confirmedQuantity: status === 'corrected' && byQuantity ? input.quantity! : null,
          confirmationNote: input.note ?? null,
          confirmedAt: at,
        }))!;
        await confirmationTokensRepo.markUsed(tx, token.id, at);
        const business = await businessNameOf(tx, before);
        await auditRepo.insert(tx, {
          actor: SYSTEM_ACTOR,
          action: `outcome.${status}`,
          entity: 'outcome',
          entityId: before.id,
          before: { confirmationStatus: before.confirmationStatus, confirmedValue: before.confirmedValue, confirmedQuantity: before.confirmedQuantity },
          after: { confirmationStatus: status, confirmedValue: after.confirmedValue, confirmedQuantity: after.confirmedQuantity, note: after.confirmationNote, via: 'confirmation_link', email: token.email, business },
        });
        const { activity } = (await outcomesRepo.findWithActivity(tx, before.id))!;
        const facts = { activityId: activity.id, activityTitle: activity.title, business, note: after.confirmationNote };
        await notify(tx, await notificationsRepo.usersOfUnit(tx, activity.unitId), { kind: `outcome.${status}`, facts, entity: 'outcome', entityId: before.id });
        return { confirmationStatus: status };
      }),
  };
}
