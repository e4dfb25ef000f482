import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from './raw.js';
import { TYPO_SIMILARITY, TYPO_SIMILARITY_SETTING } from './search.js';
import { testDatabaseKind } from '../test/database-kind.js';
import { buildTestApp, type TestContext } from '../test/support.js';

/** The session settings every connection of the app runs with, whichever database serves it. */
describe('database sessions', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it.runIf(testDatabaseKind() === 'postgres')('compile no query just in time (it cost seconds per dashboard query)', async () => {
    const connections = await Promise.all(Array.from({ length: 3 }, () => selectRows<{ jit: string }>(t.db, sql`SHOW jit`)));
    expect(connections.map(([row]) => row!.jit)).toEqual(['off', 'off', 'off']);
  });

  it('match words with the typo tolerance the search uses', async () => {
    const [row] = await selectRows<{ threshold: string }>(t.db, sql.raw(`SHOW ${TYPO_SIMILARITY_SETTING}`));
    expect(Number(Object.values(row!)[0])).toBe(TYPO_SIMILARITY);
  });
});
