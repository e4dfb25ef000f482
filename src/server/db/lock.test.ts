import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './client.js';

describe('lockDataDir', () => {
  it('refuses a data directory held by a live process, and takes over a stale lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'econdip-lock-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'econdip.pid'), String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(/in use by process/);
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'econdip.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'econdip.pid'))).toBe(false);
  });
});
