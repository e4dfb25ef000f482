import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.js';

/** Runs hand-written SQL (recursive CTEs and the like) on either driver and returns its rows. */
export async function selectRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
