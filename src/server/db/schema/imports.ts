import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { IMPORT_RUN_KINDS, IMPORT_RUN_STATES } from '../../../shared/schemas/imports.js';
import { oneOf } from './checks.js';
import { bytea } from './engagements.js';
import { orgUnits } from './org-units.js';
import { users } from './users.js';

/**
 * An uploaded Excel import and what became of it: the file waits here for the background job that reads, checks and
 * writes its rows, counting each as it goes; then its result (or its row-by-row report) is kept and the file dropped.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: uuid().primaryKey(),
    kind: text().notNull(),
    createdBy: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** The reporting unit of an activities import. */
    unitId: uuid().references(() => orgUnits.id),
    dryRun: boolean().notNull(),
    language: text().notNull(),
    /** The uploaded workbook, until the import has finished. */
    file: bytea(),
    state: text().notNull().default('queued'),
    rowsRead: integer().notNull().default(0),
    rowsValidated: integer().notNull().default(0),
    rowsWritten: integer().notNull().default(0),
    /** What was imported (or would be, on a dry run). */
    result: jsonb(),
    /** The row-by-row report of a refused file. */
    rowErrors: jsonb(),
    /** Why a file could not be imported at all (not a template, over a limit). */
    error: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('import_runs_created_by_idx').on(t.createdBy, t.createdAt),
    check('import_runs_kind_ck', oneOf(t.kind, IMPORT_RUN_KINDS)),
    check('import_runs_state_ck', oneOf(t.state, IMPORT_RUN_STATES)),
  ],
);
