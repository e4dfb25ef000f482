import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir, openPglite, pgliteExtensions } from './client.js';

/**
 * Writes the embedded database to a gzipped tarball; the data directory is locked meanwhile, so no server
 * may be running on it. Returns the size in bytes.
 */
export async function backupPglite(dataDir: string, file: string): Promise<number> {
  const database = await openPglite({ dataDir });
  try {
    const dump = Buffer.from(await (await database.dump!()).arrayBuffer());
    writeFileSync(file, dump);
    return dump.length;
  } finally {
    await database.close();
  }
}

/**
 * Replaces the embedded database with a backup. The current data is kept beside it (pgdata.before-restore-…),
 * so a wrong restore loses nothing. Throws when the data directory is in use.
 */
export async function restorePglite(dataDir: string, file: string): Promise<string | null> {
  if (!existsSync(file)) throw new Error(`No backup file ${file}`);
  const release = lockDataDir(dataDir);
  try {
    const pgData = join(dataDir, 'pgdata');
    const kept = existsSync(pgData) ? `${pgData}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}` : null;
    if (kept) renameSync(pgData, kept);
    const client = await PGlite.create({ dataDir: pgData, loadDataDir: new Blob([readFileSync(file)]), extensions: pgliteExtensions });
    await client.query('SELECT 1');
    await client.close();
    return kept;
  } finally {
    release();
  }
}

/** PostgreSQL servers are backed up with their own tool, in its custom format. */
export function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  return runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, databaseUrl]);
}

export function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  return runTool('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${databaseUrl}`, file]);
}

function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new Error(`${command} is needed for a PostgreSQL backup or restore: ${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}`))));
  });
}
