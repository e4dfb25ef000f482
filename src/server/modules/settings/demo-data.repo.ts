import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';

/**
 * Tables whose rows can be invented for the demonstration (their `demo` column). The demo loader always writes
 * users, engagements and activities; generated scale data writes every table with the column.
 */
const DEMO_TABLES = ['users', 'engagements', 'agreements', 'commitments', 'tasks', 'activities', 'outcomes', 'partners', 'support_requests', 'source_documents', 'partnership_changes'] as const;

export const demoDataRepo = {
  /** Whether any invented record is loaded: one EXISTS per table, stopping at the first row found. */
  present: (ex: Executor) =>
    selectRows<{ present: boolean }>(ex, sql.raw(`SELECT ${DEMO_TABLES.map((t) => `EXISTS (SELECT 1 FROM ${t} WHERE demo)`).join(' OR ')} AS present`)).then(
      ([row]) => row?.present === true,
    ),
};
