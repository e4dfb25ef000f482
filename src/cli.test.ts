import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrlFor, testDatabaseKind } from './server/test/database-kind.js';
import { documentText, zipPart } from './server/test/ooxml.js';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 120_000 });

describe('econdip CLI', { timeout: 240_000 }, () => {
  it('prints help for the command and each subcommand', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/serve[\s\S]*migrate[\s\S]*seed --demo[\s\S]*user create/);
    expect((await cli(['user', '--help'])).stdout).toMatch(/--unit TYPE:CODE/);
    await expect(cli(['frobnicate'])).rejects.toMatchObject({ code: 2 });
  });

  const dropDatabases: string[] = [];
  afterAll(async () => {
    if (dropDatabases.length === 0) return;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    for (const name of dropDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  });

  /** The embedded database in a fresh folder, or a fresh PostgreSQL database in the PostgreSQL run. */
  async function freshEnvironment(): Promise<Record<string, string>> {
    const env = { ECONDIP_DATA_DIR: mkdtempSync(join(tmpdir(), 'econdip-cli-')) };
    if (testDatabaseKind() === 'pglite') return env;
    const name = `econdip_cli_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    dropDatabases.push(name);
    return { ...env, DATABASE_URL: databaseUrlFor(process.env.TEST_DATABASE_URL!, name) };
  }

  // Several processes each start a database, which takes a while on a loaded machine.
  it('migrates, seeds the demo and manages users', async () => {
    const env = await freshEnvironment();
    expect((await cli(['migrate'], env)).stdout).toMatch(/migrated/);
    expect((await cli(['seed', '--demo', '--password', 'demo-pass-123'], env)).stdout).toMatch(/Demo data loaded/);
    expect((await cli(['seed', '--demo'], env)).stdout).toMatch(/already has users/);
    const created = await cli(['user', 'create', '--email', 'Consul@Mofa.test', '--name', 'Consul', '--role', 'unit_editor', '--unit', 'mission:EMB-JP', '--password', 'consul-password'], env);
    expect(created.stdout).toMatch(/Created consul@mofa.test \(unit_editor\)/);
    await expect(cli(['user', 'create', '--email', 'x@mofa.test', '--role', 'unit_editor', '--unit', 'province:74'], env)).rejects.toMatchObject({
      stderr: expect.stringMatching(/No current unit province:74/),
    });
    expect((await cli(['user', 'reset-password', '--email', 'consul@mofa.test'], env)).stdout).toMatch(/reset to: pw-/);
  });

  it('backs up and restores the database', async () => {
    const env = await freshEnvironment();
    const file = join(env.ECONDIP_DATA_DIR!, env.DATABASE_URL ? 'backup.dump' : 'backup.tar.gz');
    await cli(['migrate'], env);
    expect((await cli(['backup', file], env)).stdout).toMatch(/Backup written/);
    await cli(['user', 'create', '--email', 'after@mofa.test', '--role', 'leader'], env);
    expect((await cli(['restore', file], env)).stdout).toMatch(/Restored/);
    await expect(cli(['user', 'reset-password', '--email', 'after@mofa.test'], env)).rejects.toMatchObject({ stderr: expect.stringMatching(/No user after@mofa.test/) });
  });

  it('generates a report and writes its Word document', async () => {
    const env = await freshEnvironment();
    expect((await cli(['report', '--help'], env)).stdout).toMatch(/report generate --period/);
    await expect(cli(['report', 'generate', '--period', '2025-H3'], env)).rejects.toMatchObject({ stderr: expect.stringMatching(/--period: Expected a year/) });
    await cli(['seed', '--demo', '--password', 'demo-pass-123'], env);
    const out = join(env.ECONDIP_DATA_DIR!, 'h1.docx');
    const generated = await cli(['report', 'generate', '--period', '2025-H1', '--lang', 'vi', '--out', out], env);
    expect(generated.stdout).toMatch(/Báo cáo tổng hợp công tác ngoại giao kinh tế 6 tháng đầu năm 2025: \d+ figures as of 2025-06-30; written to .*h1\.docx/);
    const text = documentText(zipPart(readFileSync(out), 'word/document.xml'));
    for (const expected of ['BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Tổng hợp công tác ngoại giao kinh tế 6 tháng đầu năm 2025', '- Thỏa thuận hợp tác được ký: 253;', 'PHỤ LỤC']) expect(text, expected).toContain(expected);
    const annex = join(env.ECONDIP_DATA_DIR!, 'annex.xlsx');
    expect((await cli(['report', 'generate', '--period', '2024', '--lang', 'en', '--out', annex], env)).stdout).toMatch(/Economic diplomacy summary report 2024/);
    expect(readFileSync(annex).subarray(0, 2).toString()).toBe('PK');
    const mission = join(env.ECONDIP_DATA_DIR!, 'mission.docx');
    expect((await cli(['report', 'generate', '--period', '2025-H1', '--template', 'unit_report', '--unit', 'mission:EMB-US', '--out', mission], env)).stdout).toMatch(/Báo cáo công tác ngoại giao kinh tế của Đại sứ quán .* 6 tháng đầu năm 2025/);
    expect(documentText(zipPart(readFileSync(mission), 'word/document.xml'))).toContain('unitId=');
    expect((await cli(['report', 'generate', '--period', '2025-H1', '--template', 'country_brief', '--country', 'US', '--lang', 'en', '--out', join(env.ECONDIP_DATA_DIR!, 'us.docx')], env)).stdout).toMatch(/Brief on economic cooperation with United States/);
  });
});
