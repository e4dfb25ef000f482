import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app.js';
import { openDatabase, type Database } from './db/client.js';
import { startBackgroundJobs, type BackgroundJobs } from './jobs/index.js';
import { createJobSignal } from './jobs/signal.js';
import { DEFAULT_IMPORT_LIMITS, importLimitsFromEnv } from './modules/imports/imports.archive.js';
import { mailerFromEnv } from './modules/notifications/mailer.js';
import { DEMO_LOGINS, loadDemoData, randomDemoPassword } from './seed/demo.js';
import { loadReferenceData } from './seed/reference.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  demo?: boolean;
  demoPassword?: string;
  logLevel?: string;
  webRoot?: string | false;
  /** Sign-in attempts allowed per minute from one address. */
  loginRateLimit?: number;
  /** Run the job worker and scheduler (reminders, escalations, e-mail) in this process; default true. */
  jobs?: boolean;
}

export interface RunningServer {
  url: string;
  database: Database;
  /** Demo sign-ins when demo data was loaded or already present, with the password when known. */
  demo: { emails: string[]; password: string | null; loaded: boolean } | null;
  close(): Promise<void>;
}

/** ECONDIP_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of the server. */
export const trustedProxiesFromEnv = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.ECONDIP_TRUSTED_PROXIES ?? '').split(',').map((item) => item.trim()).filter(Boolean);

export const defaultDataDir = () => resolve(process.env.ECONDIP_DATA_DIR ?? '.econdip');

/** Opens and migrates the database and loads the reference organisation. */
export async function prepareDatabase(options: Pick<ServerOptions, 'dataDir' | 'databaseUrl'>): Promise<Database> {
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir ?? defaultDataDir() });
  try {
    await database.migrate();
    await loadReferenceData(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The password of the embedded demo database is kept beside it, so a restart prints the same one;
 * ECONDIP_DEMO_PASSWORD overrides it.
 */
function demoPasswordFor(options: ServerOptions): string {
  if (options.demoPassword) return options.demoPassword;
  if (options.databaseUrl) return randomDemoPassword();
  const dataDir = options.dataDir ?? defaultDataDir();
  const file = join(dataDir, 'demo-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomDemoPassword();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const database = await prepareDatabase(options);
  let demo: RunningServer['demo'] = null;
  if (options.demo) {
    const password = demoPasswordFor(options);
    const loaded = await loadDemoData(database.db, password);
    const knownPassword = loaded || !options.databaseUrl ? password : (options.demoPassword ?? null);
    demo = { emails: DEMO_LOGINS.map((login) => login.email), password: knownPassword, loaded };
  }
  const logger: FastifyServerOptions['logger'] = { level: options.logLevel ?? 'info' };
  const importLimits = { ...DEFAULT_IMPORT_LIMITS, ...importLimitsFromEnv() };
  const jobSignal = createJobSignal();
  const app = await buildApp({ database, logger, webRoot: options.webRoot, secureCookies: process.env.ECONDIP_SECURE_COOKIES === 'true', loginRateLimit: options.loginRateLimit, importLimits, trustedProxies: trustedProxiesFromEnv(), jobSignal });
  try {
    await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  const jobs: BackgroundJobs | null =
    options.jobs === false
      ? null
      : startBackgroundJobs(database.db, { mailer: mailerFromEnv(), importLimits, signal: jobSignal, worker: { log: (message, err) => app.log.error({ err }, message) } });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : 'localhost';
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    database,
    demo,
    close: async () => {
      await jobs?.stop();
      await app.close();
      await database.close();
    },
  };
}
