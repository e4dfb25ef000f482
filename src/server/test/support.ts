import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp, type App, type AppOptions } from '../app.js';
import { createWorker } from '../jobs/worker.js';
import { createJobSignal } from '../jobs/signal.js';
import { importJobHandlers } from '../modules/imports/import-runs.service.js';
import { DEFAULT_IMPORT_LIMITS } from '../modules/imports/imports.archive.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { auditLog } from '../db/schema/index.js';
import { newSecret, sha256 } from '../lib/ids.js';
import { sessionsRepo } from '../modules/auth/sessions.repo.js';
import { databaseUrlFor, testDatabaseKind } from './database-kind.js';
import { buildFactory, type TestUser } from './factories.js';
import { desc } from 'drizzle-orm';

export interface TestContext {
  app: App;
  database: Database;
  db: Database['db'];
  factory: ReturnType<typeof buildFactory>;
  /** Headers that authenticate as the user (a real session row; no password round trip). */
  login(user: TestUser): Promise<{ cookie: string }>;
  /** The newest audit rows, newest first. */
  auditRows(limit?: number): Promise<(typeof auditLog.$inferSelect)[]>;
  close(): Promise<void>;
}

async function freshDatabase(): Promise<Database> {
  const template = inject('databaseTemplate');
  if (testDatabaseKind() === 'pglite') {
    return openPglite({ loadDataDir: new Blob([readFileSync(template)]) });
  }
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `econdip_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const database = await openPostgres(databaseUrlFor(serverUrl, name));
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * A fresh, migrated database with the reference organisation, and the app on top of it. With `imports`, a job worker
 * runs uploaded imports as the server's does (woken by each upload).
 */
export async function buildTestApp({ imports = false, ...options }: Omit<AppOptions, 'database' | 'webRoot' | 'jobSignal'> & { imports?: boolean } = {}): Promise<TestContext> {
  const database = await freshDatabase();
  const jobSignal = createJobSignal();
  const app = await buildApp({ ...options, database, webRoot: false, jobSignal });
  await app.ready();
  const worker = imports ? createWorker(database.db, { handlers: importJobHandlers(database.db, { ...DEFAULT_IMPORT_LIMITS, ...options.importLimits }), wakeOn: jobSignal, backoffSeconds: () => 0, maxAttempts: 1 }) : null;
  worker?.start();
  return {
    app,
    database,
    db: database.db,
    factory: buildFactory(database.db),
    login: async (user) => {
      const token = newSecret();
      await sessionsRepo.insert(database.db, { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
      return { cookie: `econdip_session=${token}` };
    },
    auditRows: (limit = 10) => database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit),
    close: async () => {
      await worker?.stop();
      await app.close();
      await database.close();
    },
  };
}
