import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-units.js';
import { users } from './users.js';

const audited = {
  version: integer().notNull().default(1),
  createdBy: uuid().references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** A macro figure entered by HQ (GDP growth, FDI, trade) for a period `[periodStart, periodEnd)`, with its source. */
export const reportedValues = pgTable(
  'reported_values',
  {
    id: uuid().primaryKey(),
    indicatorCode: text().notNull(),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    value: numeric({ precision: 24, scale: 6 }).notNull(),
    source: text().notNull(),
    sourceUrl: text(),
    publishedOn: date().notNull(),
    note: text(),
    ...audited,
  },
  (t) => [
    uniqueIndex('reported_values_code_period_uq').on(t.indicatorCode, t.periodStart, t.periodEnd),
    check('reported_values_period_ck', sql`${t.periodEnd} > ${t.periodStart}`),
  ],
);

/** Earlier versions of a reported figure (a revised GDP estimate keeps the one it replaced). */
export const reportedValueRevisions = pgTable(
  'reported_value_revisions',
  {
    id: uuid().primaryKey(),
    reportedValueId: uuid().notNull().references(() => reportedValues.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    value: numeric({ precision: 24, scale: 6 }).notNull(),
    source: text().notNull(),
    publishedOn: date().notNull(),
    note: text(),
    changedBy: uuid().references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reported_value_revisions_value_idx').on(t.reportedValueId)],
);

/** A target for an indicator over a year or half-year, national or a unit's share; a range when `high` is set. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: uuid().primaryKey(),
    indicatorCode: text().notNull(),
    year: integer().notNull(),
    half: integer(),
    unitId: uuid().references(() => orgUnits.id),
    low: numeric({ precision: 24, scale: 6 }).notNull(),
    high: numeric({ precision: 24, scale: 6 }),
    baseline: numeric({ precision: 24, scale: 6 }),
    source: text(),
    note: text(),
    ...audited,
  },
  (t) => [
    uniqueIndex('indicator_targets_uq').on(t.indicatorCode, t.year, sql`coalesce(${t.half}, 0)`, sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    check('indicator_targets_half_ck', sql`${t.half} IS NULL OR ${t.half} IN (1, 2)`),
    check('indicator_targets_range_ck', sql`${t.high} IS NULL OR ${t.high} >= ${t.low}`),
  ],
);
