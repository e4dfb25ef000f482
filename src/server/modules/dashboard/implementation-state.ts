import { sql, type SQL } from 'drizzle-orm';

/**
 * The one definition of "open", "overdue" and "fulfilled", as SQL over table aliases, shared by the dashboard,
 * the inbox and the reminder scan so that their numbers agree.
 */
export const CLOSED_TASK_STATUSES = ['completed', 'completed_with_changes', 'not_pursued'] as const;
export const DONE_TASK_STATUSES = ['completed', 'completed_with_changes'] as const;

// Constants only, never user input: safe to inline.
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Task alias `t` is open (not completed, not dropped). */
export const taskIsOpen = (t: string): SQL => sql.raw(`${t}.status NOT IN (${quoted(CLOSED_TASK_STATUSES)})`);

export const taskIsOverdue = (t: string, asOf: string): SQL => sql`(${taskIsOpen(t)} AND ${sql.raw(t)}.due_date < ${asOf}::date)`;

/** Commitment alias `c` is fulfilled: marked so, or it has tasks and every one is completed. */
export const commitmentIsFulfilled = (c: string): SQL =>
  sql.raw(
    `(${c}.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = ${c}.id)` +
      ` AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = ${c}.id AND ft.status NOT IN (${quoted(DONE_TASK_STATUSES)}))))`,
  );

/** Commitment alias `c` is overdue on `asOf`: not fulfilled, and past its due date (none is never past) or with an overdue open task. */
export const commitmentIsOverdue = (c: string, asOf: string): SQL =>
  sql`(NOT ${commitmentIsFulfilled(c)} AND (coalesce(${sql.raw(c)}.due_date < ${asOf}::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = ${sql.raw(c)}.id AND ${taskIsOverdue('ot', asOf)})))`;
