/** Runs `npm run build` unless dist/ is already built from the current sources (see build-stamp.ts). */
import { spawnSync } from 'node:child_process';
import { buildNeed, sourceHash, writeStamp } from './build-stamp.js';

const root = process.cwd();
const need = buildNeed(root);
if (need.build) {
  process.stdout.write(`Building (${need.reason})…\n`);
  // Hashed before building, so an edit made during the build triggers the next one.
  const hash = sourceHash(root);
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeStamp(root, hash);
}
