#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` produces it.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('econdip: not built yet; run "npm run build" first.\n');
  process.exit(1);
}
await import(compiled.href);
