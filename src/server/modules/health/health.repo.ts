import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

export const healthRepo = {
  /** Whether the database answers a trivial query. */
  ping: (ex: Executor): Promise<boolean> => ex.execute(sql`SELECT 1`).then(() => true, () => false),
};
