import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PARTNERSHIP_LEVELS, DATE_PRECISIONS } from '../../../shared/schemas/partners.js';
import { REGIONS } from '../../../shared/schemas/regions.js';
import { oneOf } from './checks.js';
import { engagements } from './engagements.js';
import { users } from './users.js';

/**
 * Viet Nam's partnership levels as dated events: each row raises a country from one level (none when the
 * framework is new) to another. The current level is the latest row; "upgrades in a period" counts rows.
 */
export const partnershipChanges = pgTable(
  'partnership_changes',
  {
    id: uuid().primaryKey(),
    countryCode: text().notNull(),
    fromLevel: text(),
    toLevel: text().notNull(),
    /** The day, or the first day of the month or year when the sources give no more. */
    date: date().notNull(),
    datePrecision: text().notNull().default('day'),
    /** The engagement at which the change was announced, when recorded. */
    engagementId: uuid().references(() => engagements.id, { onDelete: 'set null' }),
    sourceUrl: text(),
    source: text(),
    demo: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partnership_changes_country_level_uq').on(t.countryCode, t.toLevel),
    index('partnership_changes_date_idx').on(t.date),
    index('partnership_changes_engagement_idx').on(t.engagementId),
    check('partnership_changes_levels_ck', sql`${t.fromLevel} IS DISTINCT FROM ${t.toLevel}`),
    check('partnership_changes_from_level_ck', oneOf(t.fromLevel, PARTNERSHIP_LEVELS)),
    check('partnership_changes_to_level_ck', oneOf(t.toLevel, PARTNERSHIP_LEVELS)),
    check('partnership_changes_date_precision_ck', oneOf(t.datePrecision, DATE_PRECISIONS)),
  ],
);

/** MOFA's regional grouping of each foreign country (data/reference/country_regions.csv). */
export const countryRegions = pgTable(
  'country_regions',
  {
    countryCode: text().primaryKey(),
    region: text().notNull(),
  },
  (t) => [check('country_regions_region_ck', oneOf(t.region, REGIONS))],
);
