import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNeed, sourceHash, writeStamp } from './build-stamp.js';

describe('build stamp', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const built = () => {
    write('dist/cli.js', '');
    write('dist/web/index.html', '');
    writeStamp(root);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'econdip-stamp-'));
    write('src/cli.ts', 'one');
    write('src/server/app.ts', 'app');
    write('package-lock.json', '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when dist/ is missing or has no stamp', () => {
    expect(buildNeed(root)).toEqual({ build: true, reason: expect.stringContaining('missing') });
    write('dist/cli.js', '');
    write('dist/web/index.html', '');
    expect(buildNeed(root)).toEqual({ build: true, reason: 'no build stamp' });
  });

  it('does not build an unchanged checkout, whatever the mtimes', () => {
    built();
    write('src/cli.ts', 'one');
    expect(buildNeed(root)).toEqual({ build: false });
  });

  it('builds when a source, the lock file or a new file changes, or an output is gone', () => {
    built();
    write('src/server/app.ts', 'app changed');
    expect(buildNeed(root)).toEqual({ build: true, reason: 'sources changed since the last build' });
    built();
    write('package-lock.json', '{"changed":true}');
    expect(buildNeed(root).build).toBe(true);
    built();
    write('src/web/new.tsx', 'new');
    expect(buildNeed(root).build).toBe(true);
    built();
    rmSync(join(root, 'dist/web/index.html'));
    expect(buildNeed(root)).toEqual({ build: true, reason: 'dist/web/index.html is missing' });
  });

  it('ignores tests, which the build does not read', () => {
    const before = sourceHash(root);
    write('src/server/app.test.ts', 'test');
    write('src/server/test/support.ts', 'support');
    expect(sourceHash(root)).toBe(before);
  });
});
