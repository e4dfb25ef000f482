import { z } from 'zod';
import { ListQuery, listOf, Uuid, Version } from './common.js';
import { CountryCode } from './partners.js';
import { Region } from './regions.js';
import { UnitRef } from './periods.js';
import { Sector } from './sectors.js';

export const MARKET_NOTE_KINDS = ['market_report', 'sector_brief', 'alert'] as const;
export const MarketNoteKind = z.enum(MARKET_NOTE_KINDS);
export type MarketNoteKind = z.infer<typeof MarketNoteKind>;

/** public: may go to businesses and provinces; internal: government users only; restricted: the writing unit, HQ and leadership. */
export const CLASSIFICATIONS = ['public', 'internal', 'restricted'] as const;
export const Classification = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof Classification>;

export const MARKET_NOTE_STATUSES = ['draft', 'published'] as const;
export const MarketNoteStatus = z.enum(MARKET_NOTE_STATUSES);

/** A Harmonized System code: chapter (2 digits), heading (4), subheading (6) or a national line (8–10). */
export const HsCode = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{8}|\d{10})$/, 'Expected an HS code of 2, 4, 6, 8 or 10 digits');

const text = (max: number) => z.string().trim().min(1).max(max);
/** A list without repeats. */
export const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'Listed twice');

/** Tags shared by market notes, barriers and opportunities. */
export const MarketTags = {
  countryCode: CountryCode.nullable().optional(),
  sectors: unique(Sector, 10).default([]),
  hsCodes: unique(HsCode, 30).default([]),
};

const noteFields = {
  kind: MarketNoteKind,
  title: text(300),
  summary: z.string().trim().max(2_000).nullable().optional(),
  body: text(50_000),
  ...MarketTags,
  classification: Classification,
  /** Shown in businesses' workspace and their notifications; only a public note may go to businesses. */
  toBusinesses: z.boolean().default(false),
  /** Shown to provinces; without it, provinces do not read the note. */
  toProvinces: z.boolean().default(false),
  source: z.string().trim().max(1_000).nullable().optional(),
};

const businessesNeedPublic = (note: { classification?: Classification; toBusinesses?: boolean }) => !note.toBusinesses || note.classification === undefined || note.classification === 'public';
const businessesNeedPublicMessage = { message: 'Only a public note can be published to businesses', path: ['toBusinesses'] };

export const MarketNoteInput = z
  .object({
    ...noteFields,
    /** The writing unit; the actor's own unit by default (HQ may write for a mission). */
    unitId: Uuid.optional(),
  })
  .refine(businessesNeedPublic, businessesNeedPublicMessage);
export type MarketNoteInput = z.infer<typeof MarketNoteInput>;

export const MarketNoteUpdate = z
  .object({
    kind: noteFields.kind,
    title: noteFields.title,
    summary: noteFields.summary,
    body: noteFields.body,
    countryCode: MarketTags.countryCode,
    sectors: unique(Sector, 10),
    hsCodes: unique(HsCode, 30),
    classification: noteFields.classification,
    toBusinesses: z.boolean(),
    toProvinces: z.boolean(),
    source: noteFields.source,
  })
  .partial()
  .extend({ version: Version })
  .refine(businessesNeedPublic, businessesNeedPublicMessage);
export type MarketNoteUpdate = z.infer<typeof MarketNoteUpdate>;

export const MarketNotePublish = z.object({ version: Version });

export const MarketNote = z.object({
  id: Uuid,
  unit: UnitRef,
  kind: MarketNoteKind,
  title: z.string(),
  summary: z.string().nullable(),
  body: z.string(),
  countryCode: z.string().nullable(),
  sectors: z.array(Sector),
  hsCodes: z.array(z.string()),
  classification: Classification,
  toBusinesses: z.boolean(),
  toProvinces: z.boolean(),
  status: MarketNoteStatus,
  publishedAt: z.string().nullable(),
  source: z.string().nullable(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int(),
  abilities: z.object({ update: z.boolean(), publish: z.boolean() }),
});
export type MarketNote = z.infer<typeof MarketNote>;

export const MarketNoteListQuery = ListQuery.extend({
  kind: MarketNoteKind.optional(),
  countryCode: CountryCode.optional(),
  region: Region.optional().describe('Tagged with a country of this MOFA region'),
  sector: Sector.optional(),
  /** Notes tagged with this code, a heading that contains it, or a line under it. */
  hsCode: z.string().regex(/^\d{2,10}$/, 'Expected 2 to 10 digits').optional(),
  classification: Classification.optional(),
  status: MarketNoteStatus.optional(),
  unitId: Uuid.optional(),
});
export type MarketNoteListQuery = z.infer<typeof MarketNoteListQuery>;
export const MarketNoteList = listOf(MarketNote);

export const MarketSubscriptionInput = z
  .object({ countryCode: CountryCode.nullable().optional(), sector: Sector.nullable().optional() })
  .refine((s) => Boolean(s.countryCode || s.sector), { message: 'Choose a country, a sector or both', path: ['countryCode'] });
export type MarketSubscriptionInput = z.infer<typeof MarketSubscriptionInput>;

export const MarketSubscription = z.object({ id: Uuid, countryCode: z.string().nullable(), sector: Sector.nullable(), createdAt: z.string() });
export type MarketSubscription = z.infer<typeof MarketSubscription>;
export const MarketSubscriptionList = z.object({ items: z.array(MarketSubscription) });
