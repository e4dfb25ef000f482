import { z } from 'zod';
import { IsoDate, LocalizedName, ListQuery, listOf, Uuid } from './common.js';

export const ORG_UNIT_TYPES = ['hq', 'ministry', 'mission', 'province', 'business_association'] as const;
export const OrgUnitType = z.enum(ORG_UNIT_TYPES);
export type OrgUnitType = z.infer<typeof OrgUnitType>;

export const UNIT_VIEWS = ['as_reported', 'mapped'] as const;
/**
 * How a unit filter reads: `as_reported` the unit itself; `mapped` the unit and every unit it succeeded (the 63
 * former provinces roll up to the 34 of today), so totals are the same both ways.
 */
export const UnitView = z.enum(UNIT_VIEWS).default('as_reported');
export type UnitView = z.infer<typeof UnitView>;

/** Sub-kind within a type: the kind of mission, or whether a province is a centrally-run city. */
export const ORG_UNIT_KINDS = [
  'government',
  'office',
  'ministry',
  'embassy',
  'consulate_general',
  'permanent_mission',
  'other_mission',
  'province',
  'city',
  'association',
] as const;
export const OrgUnitKind = z.enum(ORG_UNIT_KINDS);
export type OrgUnitKind = z.infer<typeof OrgUnitKind>;

export const SUCCESSION_KINDS = ['merger', 'split', 'rename', 'transfer'] as const;
export const SuccessionKind = z.enum(SUCCESSION_KINDS);

export const OrgUnitSummary = z.object({
  id: Uuid,
  code: z.string(),
  type: OrgUnitType,
  kind: OrgUnitKind,
  name: LocalizedName,
  shortName: z.string().nullable(),
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  parentId: Uuid.nullable(),
});
export type OrgUnitSummary = z.infer<typeof OrgUnitSummary>;

export const OrgUnitParentPeriod = z.object({
  parent: OrgUnitSummary.pick({ id: true, code: true, name: true }),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});

export const OrgUnitLink = z.object({
  unit: OrgUnitSummary.pick({ id: true, code: true, name: true, type: true, validFrom: true, validTo: true }),
  kind: SuccessionKind,
  effectiveDate: IsoDate,
  note: z.string().nullable(),
});
export type OrgUnitLink = z.infer<typeof OrgUnitLink>;

export const OrgUnitDetail = OrgUnitSummary.extend({
  source: z.string().nullable(),
  countryName: LocalizedName.nullable(),
  version: z.int(),
  parents: z.array(OrgUnitParentPeriod),
  predecessors: z.array(OrgUnitLink),
  successors: z.array(OrgUnitLink),
  /** Units valid today that this unit's records roll up to (itself if still valid). */
  currentUnits: z.array(OrgUnitSummary.pick({ id: true, code: true, name: true })),
  childCount: z.int(),
});
export type OrgUnitDetail = z.infer<typeof OrgUnitDetail>;

export const OrgUnitListQuery = ListQuery.extend({
  type: OrgUnitType.optional(),
  asOf: IsoDate.optional(),
  parentId: Uuid.optional(),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code').optional(),
});
export type OrgUnitListQuery = z.infer<typeof OrgUnitListQuery>;

export const OrgUnitList = listOf(OrgUnitSummary);
export type OrgUnitList = z.infer<typeof OrgUnitList>;

export const OrgUnitInput = z.object({
  code: z.string().trim().min(1).max(40),
  type: OrgUnitType,
  kind: OrgUnitKind,
  name: LocalizedName,
  shortName: z.string().trim().max(60).nullable().optional(),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code').nullable().optional(),
  city: z.string().trim().max(120).nullable().optional(),
  parentId: Uuid.nullable().optional(),
  validFrom: IsoDate.nullable().optional(),
  source: z.string().trim().max(500).nullable().optional(),
});
export type OrgUnitInput = z.infer<typeof OrgUnitInput>;

export const OrgUnitUpdate = OrgUnitInput.omit({ type: true, parentId: true, validFrom: true })
  .partial()
  .extend({ version: z.int().min(1) });
export type OrgUnitUpdate = z.infer<typeof OrgUnitUpdate>;

/** Closes units on a date and opens their successor: a merger (many → one), split (one → many) or rename. */
export const ReorganisationInput = z
  .object({
    kind: SuccessionKind,
    effectiveDate: IsoDate,
    predecessorIds: z.array(Uuid).min(1).max(100),
    successorIds: z.array(Uuid).min(1).max(100),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((r) => !r.predecessorIds.some((id) => r.successorIds.includes(id)) || r.kind === 'merger', {
    message: 'A unit cannot succeed itself except as the host of a merger',
    path: ['successorIds'],
  });
export type ReorganisationInput = z.infer<typeof ReorganisationInput>;
