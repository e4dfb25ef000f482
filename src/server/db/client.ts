import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';
import { TYPO_SIMILARITY, TYPO_SIMILARITY_SETTING } from './search.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What repositories take: the database, or the transaction a service opened. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Runs SQL text through the driver itself (benchmarks compare the API with its own SQL). */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  /** PGlite only: the data directory as a tarball, for backups and fast test fixtures. */
  dump?(): Promise<Blob>;
}

export interface OpenOptions {
  /** Sees every statement Drizzle sends (benchmarks record the SQL of a request). */
  logger?: Logger;
}

// src/server/db and dist/server/db are both three levels below the package root; the SQL stays in src.
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../src/server/db/migrations', import.meta.url));

export const pgliteExtensions = { pg_trgm, unaccent };

export interface PgliteOptions extends OpenOptions {
  dataDir?: string;
  loadDataDir?: Blob;
}

export async function openPglite({ dataDir, loadDataDir, logger }: PgliteOptions = {}): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const pgData = dataDir ? join(dataDir, 'pgdata') : undefined;
    const client = await PGlite.create({ dataDir: pgData, loadDataDir, extensions: pgliteExtensions });
    await client.exec(`SET ${TYPO_SIMILARITY_SETTING} = ${TYPO_SIMILARITY}`);
    const db = drizzlePglite({ client, schema, casing: 'snake_case', logger }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      query: (text, params) => client.query(text, params),
      migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      dump: () => client.dumpDataDir('gzip') as Promise<Blob>,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Sessions run with JIT compilation off: the dashboard's and indicators' queries carry correlated subqueries whose
 * estimated cost passes `jit_above_cost`, and compiling them cost 0.6-1.4 s per query for 80 ms of execution
 * (measured at bench scale 1; see BENCHMARKS.md). Short interactive queries never gain from it.
 */
export async function openPostgres(url: string, { logger }: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c ${TYPO_SIMILARITY_SETTING}=${TYPO_SIMILARITY} -c jit=off` });
  // An idle client dropped by the server (restart, failover, a dropped test database) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL idle client error: ${error.message}`));
  await pool.query('SELECT 1');
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case', logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    query: (text, params) => pool.query(text, params),
    migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => pool.end(),
  };
}

export function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite({ dataDir: options.dataDir });
}

/**
 * PGlite does not lock its data directory, and two processes writing one directory corrupt it.
 * A pid file refuses the second process while the first is alive, and is taken over once it is gone.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'econdip.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`The data directory ${dataDir} is in use by process ${pid}. Stop it first, or use another ECONDIP_DATA_DIR.`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
