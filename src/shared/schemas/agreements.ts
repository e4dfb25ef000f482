import { z } from 'zod';
import { IsoDate, ListQuery, listOf, LocalizedName, QueryFlag, Uuid, Version } from './common.js';
import { EventActor, UnitRef } from './engagements.js';
import { CountryCode, PartnerRef } from './partners.js';
import { UnitView } from './org-units.js';
import { Region } from './regions.js';
import { SECTORS } from './sectors.js';

export const AGREEMENT_KINDS = ['treaty', 'agreement', 'mou', 'letter_of_intent', 'commercial_contract', 'joint_statement'] as const;
export const AgreementKind = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof AgreementKind>;

/** An agreement's fields are sectors from the shared list. */
export const AGREEMENT_FIELDS = SECTORS;
export const AgreementField = z.enum(AGREEMENT_FIELDS);
export type AgreementField = z.infer<typeof AgreementField>;

export const AGREEMENT_STATUSES = ['negotiating', 'signed', 'in_force', 'implementing', 'completed', 'expired', 'terminated'] as const;
export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/** Which lifecycle step may follow which; the last three are final. */
export const AGREEMENT_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  negotiating: ['signed', 'terminated'],
  signed: ['in_force', 'implementing', 'expired', 'terminated'],
  in_force: ['implementing', 'completed', 'expired', 'terminated'],
  implementing: ['completed', 'expired', 'terminated'],
  completed: [],
  expired: [],
  terminated: [],
};

export const RENEWALS = ['none', 'automatic', 'by_agreement'] as const;
export const Renewal = z.enum(RENEWALS);

/** An exact decimal as text (never a float): up to 18 digits and 2 decimals. */
export const DecimalAmount = z.string().trim().regex(/^\d{1,18}(\.\d{1,2})?$/, 'Expected a decimal amount such as 1500000.00');
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as USD');

export const AgreementEvent = z.object({
  id: Uuid,
  /** The status before this event; null for the first. */
  fromStatus: AgreementStatus.nullable(),
  status: AgreementStatus,
  effectiveDate: IsoDate,
  note: z.string().nullable(),
  actorUserId: Uuid.nullable(),
  actor: EventActor.nullable(),
  at: z.string(),
});

export const Agreement = z.object({
  id: Uuid,
  title: LocalizedName,
  kind: AgreementKind,
  status: AgreementStatus,
  signedDate: IsoDate.nullable(),
  signedPlace: z.string().nullable(),
  inForceDate: IsoDate.nullable(),
  expiryDate: IsoDate.nullable(),
  renewal: Renewal,
  engagementId: Uuid.nullable(),
  fields: z.array(AgreementField),
  value: z.string().nullable(),
  currency: z.string().nullable(),
  ownerUnit: UnitRef,
  units: z.array(UnitRef),
  partners: z.array(PartnerRef),
  /**
   * A local–international agreement: a Vietnamese province is a party (or the owner) and so is a foreign party of
   * any kind (a foreign locality, company, organisation or government body).
   */
  localInternational: z.boolean(),
  /** Missions abroad that helped bring the agreement about. */
  facilitatingUnits: z.array(UnitRef),
  /** Invented for the demonstration data set. */
  demo: z.boolean(),
  summary: z.string().nullable(),
  /** When HQ published it on the open-data page; null while internal. */
  publishedAt: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the actor may do with this agreement, by the rule the server enforces. */
  abilities: z.object({ update: z.boolean(), changeStatus: z.boolean(), publish: z.boolean() }),
});
export type Agreement = z.infer<typeof Agreement>;

export const AgreementDetail = Agreement.extend({ events: z.array(AgreementEvent) });
export type AgreementDetail = z.infer<typeof AgreementDetail>;

const agreementFields = {
  title: LocalizedName,
  kind: AgreementKind,
  status: z.enum(['negotiating', 'signed']).optional().describe('Initial status; default signed when signedDate is given'),
  signedDate: IsoDate.nullable().optional(),
  signedPlace: z.string().trim().max(200).nullable().optional(),
  expiryDate: IsoDate.nullable().optional(),
  renewal: Renewal,
  engagementId: Uuid.nullable().optional(),
  fields: z.array(AgreementField).max(AGREEMENT_FIELDS.length),
  value: DecimalAmount.nullable().optional(),
  currency: CurrencyCode.nullable().optional(),
  unitIds: z.array(Uuid).max(100).describe('Vietnamese parties (ministries, provinces, …)'),
  partnerIds: z.array(Uuid).max(100).describe('Foreign parties'),
  facilitatingUnitIds: z.array(Uuid).max(50).describe('Missions abroad that facilitated the agreement'),
  ownerUnitId: Uuid.optional().describe('Default: the creating user\'s unit; only HQ may choose another'),
  summary: z.string().trim().max(10_000).nullable().optional(),
};

const valueWithCurrency = {
  message: 'Give both a value and its currency, or neither',
  path: ['currency'],
};
const bothOrNeither = (a: { value?: string | null; currency?: string | null }) => (a.value == null) === (a.currency == null);

// Defaults only on create: a partial update must leave unsent lists alone.
export const AgreementInput = z
  .object({
    ...agreementFields,
    renewal: agreementFields.renewal.default('none'),
    fields: agreementFields.fields.default([]),
    unitIds: agreementFields.unitIds.default([]),
    partnerIds: agreementFields.partnerIds.default([]),
    facilitatingUnitIds: agreementFields.facilitatingUnitIds.default([]),
  })
  .refine(bothOrNeither, valueWithCurrency);
export type AgreementInput = z.infer<typeof AgreementInput>;

export const AgreementUpdate = z
  .object(agreementFields)
  .omit({ status: true })
  .partial()
  .extend({ version: z.int().min(1) });
export type AgreementUpdate = z.infer<typeof AgreementUpdate>;

export const AgreementStatusChange = z.object({
  status: AgreementStatus,
  effectiveDate: IsoDate,
  note: z.string().trim().max(2000).nullable().optional(),
  version: z.int().min(1),
});
export type AgreementStatusChange = z.infer<typeof AgreementStatusChange>;

/** The filters shared by the list and the stats, so every bucket drills down to exactly its records. */
export const AgreementPublication = z.object({
  /** True publishes the agreement (title, parties, date, fields) on the open-data page; false withdraws it. */
  published: z.boolean(),
  version: Version,
});
export type AgreementPublication = z.infer<typeof AgreementPublication>;

export const AgreementFilter = z.object({
  kind: AgreementKind.optional(),
  field: AgreementField.optional().describe('Sector: one of the shared list of sectors'),
  status: AgreementStatus.optional(),
  partnerId: Uuid.optional(),
  unitId: Uuid.optional().describe('Owner or party unit'),
  engagementId: Uuid.optional(),
  from: IsoDate.optional().describe('Signed on or after this day (inclusive)'),
  to: IsoDate.optional().describe('Signed before this day (exclusive): [from, to)'),
  localInternational: QueryFlag.optional(),
  facilitated: QueryFlag.optional().describe('true: at least one mission facilitated the agreement'),
  facilitatedBy: Uuid.optional().describe('Facilitated by this mission'),
  countryCode: CountryCode.optional().describe('A foreign party of this country'),
  region: Region.optional().describe('A foreign party of a country in this MOFA region'),
  excludeDemo: QueryFlag.optional().describe('true: leave out records invented for the demonstration'),
  view: UnitView.describe('mapped: unitId and facilitatedBy also select the units they succeeded'),
});
export type AgreementFilter = z.infer<typeof AgreementFilter>;

export const AgreementListQuery = ListQuery.extend(AgreementFilter.shape).extend({
  sort: z.enum(['-signedDate', 'signedDate', 'title']).default('-signedDate'),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;
export const AgreementList = listOf(Agreement);

export const STATS_GROUPS = ['kind', 'field', 'partner', 'unit', 'month', 'facilitator', 'region'] as const;
export const AgreementStatsQuery = AgreementFilter.extend({ groupBy: z.enum(STATS_GROUPS) });
export type AgreementStatsQuery = z.infer<typeof AgreementStatsQuery>;

/** A drill-down filter as list query parameters (strings), e.g. { kind: 'mou', from: '2025-01-01' }. */
export const DrillDown = z.record(z.string(), z.string());

export const AgreementStats = z.object({
  groupBy: z.enum(STATS_GROUPS),
  /** Agreements matching the filter; buckets of a multi-valued grouping (field, partner, unit) may add up to more. */
  total: z.int(),
  filter: DrillDown,
  buckets: z.array(z.object({ key: z.string(), label: LocalizedName.nullable(), count: z.int(), filter: DrillDown })),
});
export type AgreementStats = z.infer<typeof AgreementStats>;
