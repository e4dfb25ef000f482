import {
  outcomeIssues,
  type ConfirmationRequest,
  type Outcome,
  type OutcomeFilterQuery,
  type OutcomeInput,
  type OutcomeListQuery,
  type OutcomeTotals,
  type OutcomeUpdate,
} from '../../../shared/schemas/outcomes.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope } from '../../policy/scope.js';
import { assertActivityUnlocked, resolveFilter, throwIssues, unitsOfActivity } from '../activities/activities.service.js';
import { activitiesRepo, type ActivityRow } from '../activities/activities.repo.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { createdByOf, unitRefs } from '../engagements/engagements.refs.js';
import { requirePartners } from '../partners/partners.service.js';
import { locksOf } from '../periods/period-locks.js';
import { publicUrlFromEnv } from '../notifications/notices.js';
import { issueConfirmationToken } from './confirmations.service.js';
import { outcomesPolicy as can } from './outcomes.policy.js';
import { confirmationTokensRepo, outcomesRepo, type OutcomeRow } from './outcomes.repo.js';

type ActivityColumns = Pick<ActivityRow, 'id' | 'title' | 'startDate' | 'endDate' | 'unitId'>;

async function present(ex: Executor, actor: Actor, rows: { outcome: OutcomeRow; activity: ActivityColumns }[]): Promise<Outcome[]> {
  const activityIds = [...new Set(rows.map((row) => row.activity.id))];
  const [units, scope, tokens, provinceLinks] = await Promise.all([
    unitRefs(ex, rows.map((row) => row.activity.unitId)),
    writeScope(ex, actor),
    confirmationTokensRepo.latestOpenOf(ex, rows.map((row) => row.outcome.id)),
    activitiesRepo.provinceIdsOf(ex, activityIds),
  ]);
  // The lock `update` and `remove` check: the activity's units on its start and end days.
  const locks = await locksOf(
    ex,
    rows.map(({ activity: a }) => ({ unitIds: [a.unitId, ...provinceLinks.filter((link) => link.activityId === a.id).map((link) => link.unitId)], days: [a.startDate, a.endDate] })),
  );
  return rows.map(({ outcome: o, activity: a }, index) => ({
    id: o.id,
    activity: { id: a.id, title: a.title, startDate: a.startDate, endDate: a.endDate, unit: units.get(a.unitId)! },
    kind: o.kind as Outcome['kind'],
    value: o.value,
    currency: o.currency,
    quantity: o.quantity,
    product: o.product,
    hsCode: o.hsCode,
    counterpart: o.counterpart,
    businessPartnerId: o.businessPartnerId,
    businessName: o.businessName,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    confirmationStatus: o.confirmationStatus as Outcome['confirmationStatus'],
    confirmedValue: o.confirmedValue,
    confirmedQuantity: o.confirmedQuantity,
    confirmationNote: o.confirmationNote,
    confirmedAt: toIso(o.confirmedAt),
    confirmationRequestedAt: toIso(tokens.get(o.id)?.createdAt ?? null),
    confirmationExpiresAt: toIso(tokens.get(o.id)?.expiresAt ?? null),
    version: o.version,
    createdAt: toIso(o.createdAt)!,
    updatedAt: toIso(o.updatedAt)!,
    abilities: {
      update: can.write(actor, scope, a, locks[index] !== null),
      delete: can.write(actor, scope, a, locks[index] !== null),
      requestConfirmation: can.requestConfirmationOf(actor, scope, a, o, locks[index] !== null),
    },
  }));
}

/** The outcome and its activity, or `not_found` when absent or the activity is outside the actor's units. */
export async function findReadableOutcome(ex: Executor, actor: Actor, id: string, forUpdate = false) {
  if (!can.read(actor)) throw forbidden();
  const outcome = forUpdate ? await outcomesRepo.findByIdForUpdate(ex, id) : await outcomesRepo.findById(ex, id);
  const activity = outcome && (await activitiesRepo.findById(ex, outcome.activityId));
  if (!outcome || !activity) throw notFound('Outcome');
  const units = await unitsOfActivity(ex, activity);
  if (!inScope(await readScope(ex, actor), units)) throw notFound('Outcome');
  return { outcome, activity, units };
}

/** An activity's outcomes are written by the activity's reporting unit (or HQ). Throws `forbidden`. */
async function assertWritesActivity(ex: Executor, actor: Actor, activity: ActivityRow) {
  if (!can.writer(actor, await writeScope(ex, actor), activity)) throw forbidden('Only the reporting unit (or HQ) records the results of this activity');
}

async function findWritable(ex: Executor, actor: Actor, id: string) {
  const found = await findReadableOutcome(ex, actor, id, true);
  await assertWritesActivity(ex, actor, found.activity);
  return found;
}

/** Fields whose change makes an earlier confirmation meaningless: the claim is no longer what the business saw. */
const CLAIM_FIELDS = ['kind', 'value', 'currency', 'quantity', 'product', 'hsCode', 'counterpart', 'businessPartnerId', 'businessName'] as const;

export interface OutcomesOptions {
  now?: () => Date;
  publicUrl?: string;
}

export function outcomesService(db: Db, { now = () => new Date(), publicUrl = publicUrlFromEnv() }: OutcomesOptions = {}) {
  const load = async (ex: Executor, actor: Actor, id: string) => (await present(ex, actor, [(await outcomesRepo.findWithActivity(ex, id))!]))[0]!;
  const filterOf = async (actor: Actor, query: OutcomeFilterQuery) => ({ ...(await resolveFilter(db, actor, query, todayIso(now()))), kind: query.kind, currency: query.currency, confirmedOnly: query.confirmedOnly });

  return {
    /** Outcomes of the activities the actor reaches; with the totals' filters (and counted=true) it lists what a total adds up. */
    list: async (actor: Actor, query: OutcomeListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const filter = { ...(await filterOf(actor, query)), activityId: query.activityId, confirmationStatus: query.confirmationStatus, counted: query.counted };
      const { rows, total } = await outcomesRepo.list(db, { ...filter, page: query.page, pageSize: query.pageSize });
      return { items: await present(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    /** Exact totals per kind and currency; denied outcomes never count, corrected ones count as corrected. */
    totals: async (actor: Actor, query: OutcomeFilterQuery): Promise<OutcomeTotals> => {
      if (!can.read(actor)) throw forbidden();
      const rows = await outcomesRepo.totals(db, await filterOf(actor, query));
      return { items: rows.map((row) => ({ ...row, kind: row.kind as OutcomeTotals['items'][number]['kind'] })) };
    },

    get: async (actor: Actor, id: string) => {
      await findReadableOutcome(db, actor, id);
      return load(db, actor, id);
    },

    /** Records an unconfirmed outcome of an activity of the actor's unit. Throws `not_found`, `forbidden`, `invalid`, `rule_violated` (locked). */
    create: (actor: Actor, input: OutcomeInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        const activity = await activitiesRepo.findByIdForUpdate(tx, input.activityId);
        if (!activity || !inScope(await readScope(tx, actor), await unitsOfActivity(tx, activity))) throw notFound('Activity');
        await assertWritesActivity(tx, actor, activity);
        if (input.businessPartnerId) await requirePartners(tx, [input.businessPartnerId], 'businessPartnerId');
        await assertActivityUnlocked(tx, await unitsOfActivity(tx, activity), [activity.startDate, activity.endDate]);
        const { activityId, ...fields } = input;
        const row = await outcomesRepo.insert(tx, { ...fields, activityId, createdBy: createdByOf(actor) });
        await auditRepo.insert(tx, { actor, action: 'outcome.created', entity: 'outcome', entityId: row.id, after: row });
        return load(tx, actor, row.id);
      }),

    /**
     * Edits an outcome; changing the claim (kind, figures, product, business) puts it back to unconfirmed and
     * revokes open links. Throws `conflict` when stale, `invalid`, `rule_violated` when locked.
     */
    update: (actor: Actor, id: string, input: OutcomeUpdate) =>
      db.transaction(async (tx) => {
        const { outcome: before, activity, units } = await findWritable(tx, actor, id);
        if (before.version !== input.version) throw staleVersion('This outcome');
        const { version, ...changes } = input;
        const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) } as OutcomeRow;
        throwIssues(outcomeIssues({ ...merged, kind: merged.kind as Outcome['kind'] }));
        if (input.businessPartnerId) await requirePartners(tx, [input.businessPartnerId], 'businessPartnerId');
        await assertActivityUnlocked(tx, units, [activity.startDate, activity.endDate]);
        const claimChanged = CLAIM_FIELDS.some((field) => changes[field] !== undefined && changes[field] !== before[field]);
        const contactChanged = changes.contactEmail !== undefined && changes.contactEmail !== before.contactEmail;
        const reset = claimChanged ? { confirmationStatus: 'unconfirmed', confirmedValue: null, confirmedQuantity: null, confirmationNote: null, confirmedAt: null } : {};
        const after = await outcomesRepo.update(tx, id, version, { ...changes, ...reset });
        if (!after) throw staleVersion('This outcome');
        if (claimChanged || contactChanged) await confirmationTokensRepo.revokeOpen(tx, id, now());
        await auditRepo.insert(tx, { actor, action: 'outcome.updated', entity: 'outcome', entityId: id, ...changedFields(before, after) });
        return load(tx, actor, id);
      }),

    remove: (actor: Actor, id: string, version: number) =>
      db.transaction(async (tx) => {
        const { outcome: before, activity, units } = await findWritable(tx, actor, id);
        if (before.version !== version) throw staleVersion('This outcome');
        await assertActivityUnlocked(tx, units, [activity.startDate, activity.endDate]);
        if (!(await outcomesRepo.delete(tx, id, version))) throw staleVersion('This outcome');
        await auditRepo.insert(tx, { actor, action: 'outcome.deleted', entity: 'outcome', entityId: id, before });
      }),

    /**
     * E-mails the business contact a single-use link valid 7 days, revoking earlier ones (a resend is a new request).
     * Throws `rule_violated` without a contact e-mail or when the business already answered.
     */
    requestConfirmation: (actor: Actor, id: string): Promise<ConfirmationRequest> =>
      db.transaction(async (tx) => {
        const { outcome, activity, units } = await findWritable(tx, actor, id);
        await assertActivityUnlocked(tx, units, [activity.startDate, activity.endDate]);
        if (outcome.confirmationStatus !== 'unconfirmed') {
          throw ruleViolated(`The business already answered (${outcome.confirmationStatus}); edit the outcome to ask again`, { confirmationStatus: outcome.confirmationStatus });
        }
        const token = await issueConfirmationToken(tx, { outcome, activityTitle: activity.title, createdBy: createdByOf(actor), remindersSent: 0, now: now(), publicUrl });
        await auditRepo.insert(tx, { actor, action: 'outcome.confirmation_requested', entity: 'outcome', entityId: id, after: { email: token.email, expiresAt: token.expiresAt } });
        return { id: token.id, outcomeId: id, email: token.email, expiresAt: token.expiresAt.toISOString(), link: token.link, emailSentAt: null };
      }),

    /**
     * The open confirmation request and its link, for the unit that may ask for it (the link answers as the
     * business, so readers who cannot request do not see it). `not_found` when no link is open.
     */
    openConfirmationRequest: async (actor: Actor, id: string): Promise<ConfirmationRequest> => {
      const { activity } = await findReadableOutcome(db, actor, id);
      await assertWritesActivity(db, actor, activity);
      const open = await confirmationTokensRepo.latestOpenWithLink(db, id);
      if (!open?.link) throw notFound('Open confirmation request');
      const { token } = open;
      return { id: token.id, outcomeId: id, email: token.email, expiresAt: token.expiresAt.toISOString(), link: open.link, emailSentAt: toIso(open.emailSentAt) };
    },
  };
}
