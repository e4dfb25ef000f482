import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { REPORT_SECTION_KEYS, REPORT_STATUSES, REPORT_TEMPLATES } from '../../../shared/schemas/reports.js';
import { oneOf } from './checks.js';
import { orgUnits } from './org-units.js';
import { users } from './users.js';

/** A generated report: template, period, language, workflow (draft → reviewed → issued) and narrative per section. */
export const reports = pgTable(
  'reports',
  {
    id: uuid().primaryKey(),
    template: text().notNull(),
    /** A unit report's mission, province or ministry. */
    unitId: uuid().references(() => orgUnits.id),
    /** A country brief's country (ISO 3166-1 alpha-2). */
    countryCode: text(),
    /** 2025-H1 or 2024. */
    period: text().notNull(),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    language: text().notNull(),
    asOf: date().notNull(),
    status: text().notNull().default('generating'),
    progress: integer().notNull().default(0),
    error: text(),
    /** Narrative text by section key. */
    narrative: jsonb().$type<Record<string, string>>().notNull().default({}),
    generatedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    issuedBy: uuid().references(() => users.id),
    issuedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reports_created_idx').on(t.createdAt),
    index('reports_unit_idx').on(t.unitId, t.period),
    check('reports_template_ck', oneOf(t.template, REPORT_TEMPLATES)),
    check('reports_subject_ck', sql`(${t.template} = 'unit_report') = (${t.unitId} IS NOT NULL) AND (${t.template} = 'country_brief') = (${t.countryCode} IS NOT NULL)`),
    check('reports_status_ck', oneOf(t.status, REPORT_STATUSES)),
    check('reports_period_ck', sql`${t.periodEnd} > ${t.periodStart}`),
  ],
);

/**
 * The snapshot of a report's figures: each an indicator value under its parameters (period, as-of day, view), with
 * the filter listing its records, so an issued report can be reproduced and compared with the records now.
 */
export const reportFigures = pgTable(
  'report_figures',
  {
    id: uuid().primaryKey(),
    reportId: uuid()
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    section: text().notNull(),
    /** Order within the section; a figure and its comparisons share it. */
    position: integer().notNull(),
    /** current, same_period_previous_year or previous_year. */
    base: text().notNull(),
    indicatorCode: text().notNull(),
    /** The indicator filter it was computed under (from, to, asOf, view…). */
    params: jsonb().$type<Record<string, string>>().notNull(),
    value: text(),
    count: integer().notNull(),
    /** The query of GET /indicators/{code}/records that lists its records. */
    filter: jsonb().$type<Record<string, string>>().notNull(),
    /** Targets scorecard: { low, high, status, year, half }. */
    target: jsonb().$type<{ low: string; high: string | null; status: string; year: number; half: number | null } | null>(),
  },
  (t) => [
    index('report_figures_report_idx').on(t.reportId, t.section, t.position),
    check('report_figures_section_ck', oneOf(t.section, REPORT_SECTION_KEYS)),
    check('report_figures_base_ck', oneOf(t.base, ['current', 'same_period_previous_year', 'previous_year'])),
  ],
);
