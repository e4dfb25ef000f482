import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ORG_UNIT_KINDS, ORG_UNIT_TYPES, SUCCESSION_KINDS } from '../../../shared/schemas/org-units.js';
import { oneOf } from './checks.js';

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid().primaryKey(),
    code: text().notNull(),
    type: text().notNull(),
    kind: text().notNull(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    shortName: text(),
    countryCode: text(),
    city: text(),
    validFrom: date(),
    validTo: date(),
    source: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_units_type_code_from_uq').on(t.type, t.code, sql`coalesce(${t.validFrom}, '-infinity'::date)`),
    index('org_units_type_idx').on(t.type),
    check('org_units_period_ck', sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} > ${t.validFrom}`),
    check('org_units_type_ck', oneOf(t.type, ORG_UNIT_TYPES)),
    check('org_units_kind_ck', oneOf(t.kind, ORG_UNIT_KINDS)),
    index('org_units_country_idx').on(t.countryCode),
    index('org_units_search_idx').using(
      'gin',
      sql`(f_unaccent(lower(${t.nameVi} || ' ' || ${t.nameEn} || ' ' || ${t.code} || ' ' || coalesce(${t.shortName}, '')))) gin_trgm_ops`,
    ),
  ],
);

/** A unit's parent for one period `[validFrom, validTo)`; reorganisations add rows instead of editing them. */
export const orgUnitParents = pgTable(
  'org_unit_parents',
  {
    id: uuid().primaryKey(),
    unitId: uuid().notNull().references(() => orgUnits.id),
    parentId: uuid().notNull().references(() => orgUnits.id),
    validFrom: date(),
    validTo: date(),
  },
  (t) => [
    index('org_unit_parents_unit_idx').on(t.unitId),
    index('org_unit_parents_parent_idx').on(t.parentId),
    check('org_unit_parents_period_ck', sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} > ${t.validFrom}`),
  ],
);

/** Lineage: the predecessor's records roll up to the successor from `effectiveDate`. */
export const orgUnitSuccessions = pgTable(
  'org_unit_successions',
  {
    predecessorId: uuid().notNull().references(() => orgUnits.id),
    successorId: uuid().notNull().references(() => orgUnits.id),
    kind: text().notNull(),
    effectiveDate: date().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    index('org_unit_successions_successor_idx').on(t.successorId),
    check('org_unit_successions_kind_ck', oneOf(t.kind, SUCCESSION_KINDS)),
  ],
);
