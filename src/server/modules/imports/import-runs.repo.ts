import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { importRuns } from '../../db/schema/index.js';

export type ImportRunRow = typeof importRuns.$inferSelect;
export type NewImportRun = typeof importRuns.$inferInsert;

/** The columns a reader sees: everything but the uploaded file. */
const { file: _file, ...visible } = getTableColumns(importRuns);

export const importRunsRepo = {
  insert: (ex: Executor, values: NewImportRun) => ex.insert(importRuns).values(values),

  /** The run without its file. */
  findById: (ex: Executor, id: string) =>
    ex.select(visible).from(importRuns).where(eq(importRuns.id, id)).then(([row]) => row),

  /** Marks a queued (or, after a crashed worker, running) run running; its file, or undefined when it has finished. */
  start: (ex: Executor, id: string) =>
    ex
      .update(importRuns)
      .set({ state: 'running', startedAt: sql`coalesce(${importRuns.startedAt}, now())`, rowsRead: 0, rowsValidated: 0, rowsWritten: 0 })
      .where(and(eq(importRuns.id, id), inArray(importRuns.state, ['queued', 'running'])))
      .returning()
      .then(([row]) => row),

  progress: (ex: Executor, id: string, counters: { rowsRead: number; rowsValidated: number; rowsWritten: number }) =>
    ex.update(importRuns).set(counters).where(and(eq(importRuns.id, id), eq(importRuns.state, 'running'))),

  /** Records the end of a run and drops its file. */
  finish: (ex: Executor, id: string, end: Pick<NewImportRun, 'state' | 'result' | 'rowErrors' | 'error'>) =>
    ex.update(importRuns).set({ ...end, file: null, finishedAt: sql`now()` }).where(eq(importRuns.id, id)),
};
