import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client.js';
import { loadReferenceData } from '../seed/reference.js';
import { databaseUrlFor, testDatabaseKind } from './database-kind.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data directory dump; PostgreSQL: the template database name. */
    databaseTemplate: string;
  }
}

/** Migrates once per run and loads the reference data; every test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  if (testDatabaseKind() === 'pglite') {
    const folder = mkdtempSync(join(tmpdir(), 'econdip-test-'));
    const database = await openPglite();
    await database.migrate();
    await loadReferenceData(database.db);
    const dump = await database.dump!();
    await database.close();
    const file = join(folder, 'template.tar.gz');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('databaseTemplate', file);
    return () => rmSync(folder, { recursive: true, force: true });
  }

  const serverUrl = process.env.TEST_DATABASE_URL!;
  const template = `econdip_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const database = await openPostgres(databaseUrlFor(serverUrl, template));
  await database.migrate();
  await loadReferenceData(database.db);
  await database.close();
  project.provide('databaseTemplate', template);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`econdip_t_${process.pid}_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
