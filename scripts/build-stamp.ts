/**
 * `npm start` builds only when needed: a stamp in dist/ holds the hash of every build input, and the build runs
 * when the stamp is missing, differs from the sources, or an output is gone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const STAMP_FILE = join('dist', '.build-stamp');
/** What the server and the web build read; tests and browser tests are not inputs. */
const INPUT_DIRS = ['src'];
const INPUT_FILES = ['package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'vite.config.ts'];
const OUTPUTS = [join('dist', 'cli.js'), join('dist', 'web', 'index.html')];
const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.split(sep).includes('test');

function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !isTest(path));
}

/** A hash of the build inputs' paths and contents, independent of mtimes (a fresh clone or checkout hashes the same). */
export function sourceHash(root: string): string {
  const hash = createHash('sha256');
  const files = [...INPUT_DIRS.flatMap((dir) => filesUnder(root, dir)), ...INPUT_FILES.filter((file) => existsSync(join(root, file)))].sort();
  for (const file of files) {
    hash.update(file.split(sep).join('/')).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

export type BuildNeed = { build: false } | { build: true; reason: string };

export function buildNeed(root: string): BuildNeed {
  const missing = OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing) return { build: true, reason: `${missing} is missing` };
  const stamp = join(root, STAMP_FILE);
  if (!existsSync(stamp)) return { build: true, reason: 'no build stamp' };
  if (readFileSync(stamp, 'utf8').trim() !== sourceHash(root)) return { build: true, reason: 'sources changed since the last build' };
  return { build: false };
}

export function writeStamp(root: string, hash = sourceHash(root)) {
  writeFileSync(join(root, STAMP_FILE), `${hash}\n`);
}
