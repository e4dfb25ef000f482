/**
 * The migrations agree with the Drizzle schema: `drizzle-kit check` finds them consistent, and generating from the
 * schema into a copy of the migrations folder produces nothing (a schema change without its migration fails here).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import config from '../drizzle.config.js';

const copy = '.tmp/migrations-drift';

function drizzleKit(args: string[]): string {
  const result = spawnSync('npx', ['drizzle-kit', ...args], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    process.stderr.write(output);
    process.exit(result.status ?? 1);
  }
  return output;
}

const filesOf = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort();

drizzleKit(['check']);
rmSync(copy, { recursive: true, force: true });
cpSync(config.out!, copy, { recursive: true });
const before = filesOf(copy);
drizzleKit(['generate', '--dialect', 'postgresql', '--schema', String(config.schema), '--out', copy, '--casing', 'snake_case', '--name', 'drift']);
const added = filesOf(copy).filter((file) => !before.includes(file));
rmSync(copy, { recursive: true, force: true });
if (added.length > 0) {
  process.stderr.write(`The schema differs from the migrations: drizzle-kit would generate ${added.join(', ')}. Run npx drizzle-kit generate --name <what>.\n`);
  process.exit(1);
}
process.stdout.write('Migrations match the schema\n');
