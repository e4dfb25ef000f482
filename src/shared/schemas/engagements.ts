import { z } from 'zod';
import { IsoDate, ListQuery, listOf, LocalizedName, QueryFlag, Uuid } from './common.js';
import { OrgUnitSummary, UnitView } from './org-units.js';
import { CountryCode, PartnerRef } from './partners.js';
import { Region } from './regions.js';
import { SECTORS, Sector } from './sectors.js';

export const ENGAGEMENT_TYPES = [
  'state_visit_abroad',
  'official_visit_abroad',
  'working_visit_abroad',
  'visit_received',
  'summit_multilateral',
  'phone_online',
  'conference',
] as const;
export const EngagementType = z.enum(ENGAGEMENT_TYPES);
export type EngagementType = z.infer<typeof EngagementType>;

export const LEADER_LEVELS = ['general_secretary', 'president', 'prime_minister', 'na_chairman', 'deputy_prime_minister', 'minister', 'other'] as const;
export const LeaderLevel = z.enum(LEADER_LEVELS);
export type LeaderLevel = z.infer<typeof LeaderLevel>;

export const UnitRef = OrgUnitSummary.pick({ id: true, code: true, name: true, type: true });
export type UnitRef = z.infer<typeof UnitRef>;

/** Who recorded a change in a history: the person, and the unit they belong to (none for an account without one). */
export const EventActor = z.object({ id: Uuid, name: z.string(), unit: UnitRef.nullable() });
export type EventActor = z.infer<typeof EventActor>;

export const Engagement = z.object({
  id: Uuid,
  title: LocalizedName,
  type: EngagementType,
  leader: z.object({ name: z.string(), level: LeaderLevel }),
  startDate: IsoDate,
  endDate: IsoDate,
  countryCodes: z.array(z.string()),
  partners: z.array(PartnerRef),
  leadUnit: UnitRef,
  participatingUnits: z.array(UnitRef),
  sectors: z.array(Sector),
  summary: z.string().nullable(),
  /** A conference: how many missions abroad and provinces took part; null when not recorded. */
  missionsAttending: z.int().nullable(),
  provincesAttending: z.int().nullable(),
  /** Invented for the demonstration data set. */
  demo: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the actor may do with this engagement, by the rule the server enforces. */
  abilities: z.object({ update: z.boolean() }),
});
export type Engagement = z.infer<typeof Engagement>;

const engagementFields = {
  title: LocalizedName,
  type: EngagementType,
  leaderName: z.string().trim().min(1).max(200),
  leaderLevel: LeaderLevel,
  startDate: IsoDate,
  endDate: IsoDate,
  countryCodes: z.array(CountryCode).max(50),
  partnerIds: z.array(Uuid).max(100),
  leadUnitId: Uuid,
  participatingUnitIds: z.array(Uuid).max(100),
  sectors: z.array(Sector).max(SECTORS.length),
  summary: z.string().trim().max(10_000).nullable().optional(),
  missionsAttending: z.int().min(0).max(1000).nullable().optional().describe('A conference: missions abroad that took part'),
  provincesAttending: z.int().min(0).max(100).nullable().optional().describe('A conference: provinces and centrally-run cities that took part'),
};

/** End before start is a field error on `endDate`; shared by the API input and the Excel import. */
export const endNotBeforeStart = { message: 'The end date cannot be before the start date', path: ['endDate'] };

// Defaults only on create: a partial update must leave unsent lists alone.
export const EngagementInput = z
  .object({
    ...engagementFields,
    countryCodes: engagementFields.countryCodes.default([]),
    partnerIds: engagementFields.partnerIds.default([]),
    participatingUnitIds: engagementFields.participatingUnitIds.default([]),
    sectors: engagementFields.sectors.default([]),
  })
  .refine((e) => e.endDate >= e.startDate, endNotBeforeStart);
export type EngagementInput = z.infer<typeof EngagementInput>;

export const EngagementUpdate = z
  .object(engagementFields)
  .partial()
  .extend({ version: z.int().min(1) });
export type EngagementUpdate = z.infer<typeof EngagementUpdate>;

export const ENGAGEMENT_SORTS = ['-startDate', 'startDate', 'title'] as const;

export const EngagementListQuery = ListQuery.extend({
  type: EngagementType.optional(),
  from: IsoDate.optional().describe('Engagements that overlap [from, to): ending on or after this day'),
  to: IsoDate.optional().describe('Exclusive: engagements starting before this day'),
  countryCode: CountryCode.optional(),
  partnerId: Uuid.optional(),
  unitId: Uuid.optional().describe('Lead or participating unit; in the mapped view also the units it succeeded'),
  region: Region.optional().describe('An engagement with a country of this MOFA region'),
  sector: Sector.optional(),
  excludeDemo: QueryFlag.optional().describe('true: leave out records invented for the demonstration'),
  view: UnitView,
  sort: z.enum(ENGAGEMENT_SORTS).default('-startDate'),
});
export type EngagementListQuery = z.infer<typeof EngagementListQuery>;

export const EngagementList = listOf(Engagement);
