import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.js';

/** PostgreSQL allows 65,535 parameters per statement; chunks stay well below it. */
const MAX_PARAMETERS = 30_000;

function chunks<T extends object>(rows: T[]): T[][] {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/** Multi-row inserts, as many rows per statement as the parameter limit allows. */
export async function insertMany<T extends PgTable>(ex: Executor, table: T, rows: T['$inferInsert'][], options: { skipConflicts?: boolean } = {}) {
  for (const chunk of chunks(rows)) {
    const statement = ex.insert(table).values(chunk);
    await (options.skipConflicts ? statement.onConflictDoNothing() : statement);
  }
}

/** Multi-row inserts that return the inserted rows. */
export async function insertManyReturning<T extends PgTable>(ex: Executor, table: T, rows: T['$inferInsert'][]): Promise<T['$inferSelect'][]> {
  const inserted: T['$inferSelect'][] = [];
  for (const chunk of chunks(rows)) inserted.push(...((await ex.insert(table).values(chunk).returning()) as T['$inferSelect'][]));
  return inserted;
}
