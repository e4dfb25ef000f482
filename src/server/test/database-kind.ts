export type TestDatabaseKind = 'pglite' | 'postgres';

/** TEST_DB picks the database the suite runs on; PostgreSQL needs TEST_DATABASE_URL. */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`TEST_DB must be pglite or postgres, not ${kind}`);
  if (kind === 'postgres' && !process.env.TEST_DATABASE_URL) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  return kind;
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
