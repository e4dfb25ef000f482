import { z } from 'zod';
import { ActivityFilterQuery, ActivityView, CurrencyCode, DecimalAmount, refineIssues } from './activities.js';
import { IsoDate, ListQuery, listOf, Uuid } from './common.js';
import { UnitRef } from './engagements.js';

export const OUTCOME_KINDS = [
  'export_contract',
  'investment_pledged',
  'investment_registered',
  'investment_disbursed',
  'tourists',
  'jobs',
  'technology_transfer',
  'other',
] as const;
export const OutcomeKind = z.enum(OUTCOME_KINDS);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

export const CONFIRMATION_STATUSES = ['unconfirmed', 'confirmed', 'corrected', 'denied'] as const;
export const ConfirmationStatus = z.enum(CONFIRMATION_STATUSES);
export type ConfirmationStatus = z.infer<typeof ConfirmationStatus>;

/** Kinds measured as money (value + currency) and as a count (quantity). */
export const VALUE_KINDS: readonly OutcomeKind[] = ['export_contract', 'investment_pledged', 'investment_registered', 'investment_disbursed'];
export const QUANTITY_KINDS: readonly OutcomeKind[] = ['tourists', 'jobs'];
const BUSINESS_KINDS: readonly OutcomeKind[] = [...VALUE_KINDS, 'technology_transfer'];

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const outcomeFields = {
  kind: OutcomeKind,
  value: DecimalAmount.nullable().optional(),
  currency: CurrencyCode.nullable().optional(),
  quantity: z.int().min(0).max(1_000_000_000).nullable().optional(),
  product: nullableText(300).describe('What was sold or transferred; required for export contracts, technology transfer and other'),
  hsCode: z.string().regex(/^\d{2,10}$/, 'Expected an HS code of 2 to 10 digits').nullable().optional(),
  counterpart: nullableText(300).describe('The buyer of an export contract, or the investor'),
  businessPartnerId: Uuid.nullable().optional(),
  businessName: nullableText(300),
  contactName: nullableText(200),
  contactEmail: z.email().max(320).nullable().optional(),
};

type OutcomeShape = { [K in keyof typeof outcomeFields]?: z.infer<(typeof outcomeFields)[K]> } & { kind: OutcomeKind };

const present = (value: unknown) => value !== null && value !== undefined && value !== '';

/** "Three clears" per kind: which fields an outcome of that kind must have; shared by forms and the API. */
export function outcomeIssues(o: OutcomeShape): Record<string, string> {
  const issues: Record<string, string> = {};
  const needs = (field: keyof OutcomeShape, message: string) => {
    if (!present(o[field])) issues[field] = message;
  };
  if (VALUE_KINDS.includes(o.kind)) {
    needs('value', 'Give the value of this outcome');
    needs('currency', 'Give the currency of the value');
  } else if (present(o.value) !== present(o.currency)) {
    issues[present(o.value) ? 'currency' : 'value'] = 'Give the value with its currency, or neither';
  }
  if (QUANTITY_KINDS.includes(o.kind)) needs('quantity', o.kind === 'jobs' ? 'Give the number of jobs' : 'Give the number of tourists');
  if (o.kind === 'export_contract' || o.kind === 'technology_transfer' || o.kind === 'other') needs('product', 'Say what was sold, transferred or achieved');
  if (o.hsCode && o.kind !== 'export_contract') issues.hsCode = 'An HS code belongs to an export contract';
  if (BUSINESS_KINDS.includes(o.kind) && !present(o.businessPartnerId) && !present(o.businessName)) {
    issues.businessName = 'Name the business concerned (or choose it as a partner)';
  }
  return issues;
}

export const OutcomeInput = z.object({ activityId: Uuid, ...outcomeFields }).superRefine(refineIssues(outcomeIssues));
export type OutcomeInput = z.infer<typeof OutcomeInput>;

export const OutcomeUpdate = z
  .object(outcomeFields)
  .partial()
  .extend({ version: z.int().min(1) });
export type OutcomeUpdate = z.infer<typeof OutcomeUpdate>;

export const Outcome = z.object({
  id: Uuid,
  activity: z.object({ id: Uuid, title: z.string(), startDate: IsoDate, endDate: IsoDate, unit: UnitRef }),
  kind: OutcomeKind,
  value: z.string().nullable(),
  currency: z.string().nullable(),
  quantity: z.int().nullable(),
  product: z.string().nullable(),
  hsCode: z.string().nullable(),
  counterpart: z.string().nullable(),
  businessPartnerId: Uuid.nullable(),
  businessName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  confirmationStatus: ConfirmationStatus,
  confirmedValue: z.string().nullable(),
  confirmedQuantity: z.int().nullable(),
  confirmationNote: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** When the latest confirmation link still open (not used, not replaced) was sent; null when none. */
  confirmationRequestedAt: z.string().nullable(),
  /** Until when that link works (it may already have passed); null when none. */
  confirmationExpiresAt: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the actor may do with this outcome, by the rules the server enforces. */
  abilities: z.object({
    /** Edit or delete: the activity's reporting unit (or HQ), unless an approved period locks the activity. */
    update: z.boolean(),
    delete: z.boolean(),
    /** Ask the business to confirm: as above (locks aside), while unanswered and with a contact e-mail. */
    requestConfirmation: z.boolean(),
  }),
});
export type Outcome = z.infer<typeof Outcome>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Filters shared by the totals and their drill-down list. Dates, unit and view select the activities. */
export const OutcomeFilterQuery = ActivityFilterQuery.pick({ from: true, to: true, unitId: true, countryCode: true, region: true, q: true, excludeDemo: true }).extend({
  view: ActivityView,
  kind: OutcomeKind.optional(),
  currency: CurrencyCode.optional(),
  confirmedOnly: booleanFlag.optional().describe('Only outcomes the business confirmed or corrected'),
});
export type OutcomeFilterQuery = z.infer<typeof OutcomeFilterQuery>;

export const OutcomeListQuery = ListQuery.extend({
  ...OutcomeFilterQuery.shape,
  activityId: Uuid.optional(),
  confirmationStatus: ConfirmationStatus.optional(),
  counted: booleanFlag.optional().describe('Only the outcomes the totals add up (denied ones are never counted)'),
});
export type OutcomeListQuery = z.infer<typeof OutcomeListQuery>;
export const OutcomeList = listOf(Outcome);

export const OutcomeTotals = z.object({
  /** Exact sums per kind and currency (a corrected outcome counts with the value the business gave). */
  items: z.array(z.object({ kind: OutcomeKind, currency: z.string().nullable(), value: z.string().nullable(), quantity: z.int().nullable(), count: z.int() })),
});
export type OutcomeTotals = z.infer<typeof OutcomeTotals>;

export const ConfirmationRequest = z.object({
  id: Uuid,
  outcomeId: Uuid,
  email: z.string(),
  expiresAt: z.string(),
  /** The link the e-mail carries, for the requesting unit to open or pass on when no mail server delivers it. */
  link: z.string(),
  /** When the e-mail left the outbox; null while undelivered (no mail server, or not yet sent). */
  emailSentAt: z.string().nullable(),
});
export type ConfirmationRequest = z.infer<typeof ConfirmationRequest>;

/** What the business is asked to confirm, shown on the public page without an account. */
export const ConfirmationClaim = z.object({
  activity: z.object({ title: z.string(), startDate: IsoDate, endDate: IsoDate, countryCode: z.string().nullable(), place: z.string().nullable() }),
  unit: z.object({ name: z.object({ vi: z.string(), en: z.string() }) }),
  outcome: z.object({
    kind: OutcomeKind,
    value: z.string().nullable(),
    currency: z.string().nullable(),
    quantity: z.int().nullable(),
    product: z.string().nullable(),
    hsCode: z.string().nullable(),
    counterpart: z.string().nullable(),
  }),
  business: z.object({ name: z.string().nullable(), contactName: z.string().nullable() }),
  expiresAt: z.string(),
});
export type ConfirmationClaim = z.infer<typeof ConfirmationClaim>;

export const ConfirmationDecision = z.object({
  decision: z.enum(['confirm', 'correct', 'deny']),
  value: DecimalAmount.optional().describe('The correct value, when correcting a money outcome'),
  quantity: z.int().min(0).max(1_000_000_000).optional().describe('The correct number, when correcting a count'),
  note: z.string().trim().max(2000).optional(),
});
export type ConfirmationDecision = z.infer<typeof ConfirmationDecision>;

export const ConfirmationResult = z.object({ confirmationStatus: ConfirmationStatus });

export const ConfirmationTokenParams = z.object({ token: z.string().min(1).max(200) });
