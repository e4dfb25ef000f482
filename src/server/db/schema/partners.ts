import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FTA_STATUSES, FTA_TYPES, PARTNER_KINDS } from '../../../shared/schemas/partners.js';
import { oneOf } from './checks.js';

/** Countries, international organisations, foreign localities and companies: shared by every feature. */
export const partners = pgTable(
  'partners',
  {
    id: uuid().primaryKey(),
    kind: text().notNull(),
    code: text(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    shortName: text(),
    countryCode: text(),
    /** A foreign locality's or company's country partner, when recorded. */
    parentId: uuid().references((): AnyPgColumn => partners.id),
    website: text(),
    notes: text(),
    /** Invented for the demonstration data set (fictional company or locality record). */
    demo: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partners_kind_code_uq').on(t.kind, t.code),
    check('partners_kind_ck', oneOf(t.kind, PARTNER_KINDS)),
    index('partners_country_idx').on(t.countryCode),
    index('partners_search_idx').using('gin', sql`(f_unaccent(lower(${t.nameVi} || ' ' || ${t.nameEn} || ' ' || coalesce(${t.shortName}, '') || ' ' || coalesce(${t.code}, '')))) gin_trgm_ops`),
  ],
);

export const ftas = pgTable(
  'ftas',
  {
    id: uuid().primaryKey(),
    shortName: text().notNull().unique(),
    name: text().notNull(),
    type: text().notNull(),
    partners: text().notNull(),
    status: text().notNull(),
    signedDate: date(),
    inForceDate: date(),
    source: text(),
  },
  (t) => [check('ftas_type_ck', oneOf(t.type, FTA_TYPES)), check('ftas_status_ck', oneOf(t.status, FTA_STATUSES))],
);

export const ftaCountries = pgTable(
  'fta_countries',
  { ftaId: uuid().notNull().references(() => ftas.id), countryCode: text().notNull() },
  (t) => [primaryKey({ columns: [t.ftaId, t.countryCode] })],
);
