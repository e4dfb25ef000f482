import { z } from 'zod';
import { IsoDate, ListQuery, listOf, LocalizedName, QueryFlag, Uuid, Version } from './common.js';
import { Region } from './regions.js';

export const PARTNER_KINDS = ['country', 'international_org', 'foreign_locality', 'foreign_company', 'vietnamese_company'] as const;
export const PartnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKind>;

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code');

export const PARTNERSHIP_LEVELS = ['comprehensive_strategic', 'strategic', 'comprehensive'] as const;
export const PartnershipLevel = z.enum(PARTNERSHIP_LEVELS);

export const Partner = z.object({
  id: Uuid,
  kind: PartnerKind,
  code: z.string().nullable(),
  name: LocalizedName,
  shortName: z.string().nullable(),
  countryCode: z.string().nullable(),
  parentId: Uuid.nullable(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.int(),
});
export type Partner = z.infer<typeof Partner>;

/** Just enough of a partner to show it inside another record. */
export const PartnerRef = Partner.pick({ id: true, kind: true, code: true, name: true, countryCode: true });
export type PartnerRef = z.infer<typeof PartnerRef>;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** One dated change of Viet Nam's partnership level with a country (fromLevel null: a new framework). */
export const PartnershipChange = z.object({
  id: Uuid,
  countryCode: z.string(),
  fromLevel: PartnershipLevel.nullable(),
  toLevel: PartnershipLevel,
  /** The day; for month or year precision the first day of that month or year. */
  date: IsoDate,
  datePrecision: DatePrecision,
  engagement: z.object({ id: Uuid, title: LocalizedName, startDate: IsoDate }).nullable(),
  sourceUrl: z.string().nullable(),
  source: z.string().nullable(),
  demo: z.boolean(),
  version: z.int(),
});
export type PartnershipChange = z.infer<typeof PartnershipChange>;

export const PartnershipChangeInput = z.object({
  countryCode: CountryCode,
  fromLevel: PartnershipLevel.nullable().default(null),
  toLevel: PartnershipLevel,
  date: IsoDate,
  datePrecision: DatePrecision.default('day'),
  engagementId: Uuid.nullable().default(null),
  sourceUrl: z.url().max(1000).nullable().default(null),
  source: z.string().trim().max(2000).nullable().default(null),
});
export type PartnershipChangeInput = z.infer<typeof PartnershipChangeInput>;

export const PartnershipChangeUpdate = z.object({
  fromLevel: PartnershipLevel.nullable().optional(),
  toLevel: PartnershipLevel.optional(),
  date: IsoDate.optional(),
  datePrecision: DatePrecision.optional(),
  engagementId: Uuid.nullable().optional(),
  sourceUrl: z.url().max(1000).nullable().optional(),
  source: z.string().trim().max(2000).nullable().optional(),
  version: Version,
});
export type PartnershipChangeUpdate = z.infer<typeof PartnershipChangeUpdate>;

/** Changes dated in [from, to) (both optional), by country, region or level; `excludeDemo` leaves invented ones out. */
export const PartnershipChangeQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  countryCode: CountryCode.optional(),
  region: Region.optional(),
  toLevel: PartnershipLevel.optional(),
  excludeDemo: QueryFlag.default(false),
});
export type PartnershipChangeQuery = z.infer<typeof PartnershipChangeQuery>;
export const PartnershipChangeList = z.object({ items: z.array(PartnershipChange), total: z.int() });

export const Partnership = z.object({
  countryCode: z.string(),
  level: PartnershipLevel,
  /** ISO date or reduced precision (yyyy-mm, yyyy), as the sources give it. */
  established: z.string().nullable(),
  upgradedFrom: z.string().nullable(),
  source: z.string().nullable(),
});
export type Partnership = z.infer<typeof Partnership>;

export const FTA_STATUSES = ['in_force', 'signed', 'negotiating'] as const;
export const FTA_TYPES = ['bilateral', 'regional', 'multilateral'] as const;
export const Fta = z.object({
  id: Uuid,
  shortName: z.string(),
  name: z.string(),
  type: z.enum(FTA_TYPES),
  partners: z.string(),
  status: z.enum(FTA_STATUSES),
  signedDate: IsoDate.nullable(),
  inForceDate: IsoDate.nullable(),
  countryCodes: z.array(z.string()),
  source: z.string().nullable(),
});
export type Fta = z.infer<typeof Fta>;

export const PartnerDetail = Partner.extend({
  /** Viet Nam's current level of relations, for a country. */
  partnership: Partnership.nullable(),
  /** The country's partnership changes, oldest first. */
  partnershipHistory: z.array(PartnershipChange),
  region: Region.nullable(),
  /** FTAs in force, signed or under negotiation that cover the country. */
  ftas: z.array(Fta),
});
export type PartnerDetail = z.infer<typeof PartnerDetail>;

export const PartnerInput = z.object({
  kind: PartnerKind,
  code: z.string().trim().min(1).max(40).nullable().optional(),
  name: LocalizedName,
  shortName: z.string().trim().max(60).nullable().optional(),
  countryCode: CountryCode.nullable().optional(),
  parentId: Uuid.nullable().optional(),
  website: z.url().max(500).nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type PartnerInput = z.infer<typeof PartnerInput>;

export const PartnerUpdate = PartnerInput.omit({ kind: true }).partial().extend({ version: z.int().min(1) });
export type PartnerUpdate = z.infer<typeof PartnerUpdate>;

export const PartnerListQuery = ListQuery.extend({
  kind: PartnerKind.optional(),
  countryCode: CountryCode.optional(),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuery>;

export const PartnerList = listOf(Partner);
export const PartnershipList = z.object({ items: z.array(Partnership) });
export const FtaList = z.object({ items: z.array(Fta) });
