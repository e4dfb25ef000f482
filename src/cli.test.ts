import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 120_000 });

describe('econdip CLI', () => {
  it('prints help for the command and each subcommand', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/serve[\s\S]*migrate[\s\S]*seed --demo[\s\S]*user create/);
    expect((await cli(['user', '--help'])).stdout).toMatch(/--unit TYPE:CODE/);
    await expect(cli(['frobnicate'])).rejects.toMatchObject({ code: 2 });
  });

  it('migrates, seeds the demo and manages users on the embedded database', async () => {
    const env = { ECONDIP_DATA_DIR: mkdtempSync(join(tmpdir(), 'econdip-cli-')) };
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
});
