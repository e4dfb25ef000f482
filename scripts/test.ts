/**
 * `npm test`: type check, the API contract, lint (the layering rules of docs/architecture.md), migrations against the
 * schema, the API suite on PGlite and (with TEST_DATABASE_URL) on PostgreSQL under the machine's Node 20 and again
 * under Node 24, then the browser suite in headless Chromium. Under CI a skipped PostgreSQL, Node 24 or browser run is
 * a failure, not a silent pass.
 *
 * Why the whole API suite twice: on an idle 2-core machine it took 101 s on PGlite and 46 s on PostgreSQL, the
 * browser suite 117 s (1 December 2026, 414 API tests); a second Node costs about 2.5 minutes of CI's 90, and the
 * database drivers (PGlite's WebAssembly, pg) are where runtimes differ, so both databases run on both.
 * Steps can be picked: `npm test -- lint api`. The `sql` step renders every repository's SQL and compares it with sql/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const strict = process.env.CI === 'true' || process.env.ECONDIP_REQUIRE_ALL_TESTS === '1';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.argv.slice(2);
const wants = (step: string) => only.length === 0 || only.includes(step);

interface Totals { passed: number; failed: number; skipped: number }
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) problems.push(`${label} failed`);
  return result.status === 0;
}

/** Node 24, the current LTS, from the registry's node@24 package (Node 20 reached its end of life in April 2026). */
const NODE_24 = ['--yes', '-p', 'node@24', 'node'];

function vitest(label: string, config: string, reportName: string, env: Record<string, string>, node: 'machine' | 'node24' = 'machine') {
  mkdirSync('.tmp', { recursive: true });
  const report = `.tmp/vitest-${reportName}.json`;
  const args = ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (node === 'node24') run(label, 'npx', [...NODE_24, 'node_modules/vitest/vitest.mjs', ...args], env);
  else run(label, 'npx', ['vitest', ...args], env);
  if (!existsSync(report)) {
    problems.push(`${label} produced no report`);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number };
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  totals.skipped += result.numPendingTests + result.numTodoTests;
  if (result.numTotalTests === 0) problems.push(`${label} ran no test`);
}

if (wants('typecheck')) run('Type check', 'npx', ['tsc', '-p', 'tsconfig.json']);

if (wants('openapi')) run('API contract: Redocly lint and a generated typed client', 'npx', ['tsx', 'scripts/check-openapi.ts']);

if (wants('lint')) run('Lint', 'npx', ['eslint', '.']);

if (wants('migrations')) run('Migrations match the schema (drizzle-kit check, nothing to generate)', 'npx', ['tsx', 'scripts/check-migrations.ts']);

if (wants('sql')) run('Generated SQL matches sql/ (npm run sql:snapshot)', 'npx', ['tsx', 'scripts/sql-snapshot.ts', '--check']);

function apiSuites(node: 'machine' | 'node24') {
  const on = node === 'node24' ? ' under Node 24' : ` under Node ${process.versions.node}`;
  const suffix = node === 'node24' ? '-node24' : '';
  vitest(`API and unit tests on PGlite${on}`, 'vitest.config.ts', `pglite${suffix}`, { TEST_DB: 'pglite' }, node);
  if (process.env.TEST_DATABASE_URL) vitest(`API and unit tests on PostgreSQL${on}`, 'vitest.config.ts', `postgres${suffix}`, { TEST_DB: 'postgres' }, node);
  else if (strict) problems.push(`TEST_DATABASE_URL is not set: the PostgreSQL run${on} was skipped`);
  else process.stdout.write(`\n(PostgreSQL run${on} skipped: set TEST_DATABASE_URL to run the suite on a PostgreSQL server too)\n`);
}

if (wants('api')) apiSuites('machine');

if (wants('node24')) {
  const probe = spawnSync('npx', [...NODE_24, '--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.startsWith('v24.')) apiSuites('node24');
  else if (strict) problems.push('Node 24 could not be installed from the registry (npx -p node@24): the Node 24 run was skipped');
  else process.stdout.write('\n(Node 24 run skipped: npx -p node@24 could not fetch Node 24)\n');
}

// A smoke run of the benchmark: fails on a request error, never on slowness.
if (wants('bench')) {
  run('Benchmark smoke run (npm run bench -- --quick)', 'npx', ['tsx', 'bench/run.ts', '--quick'], {
    BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '',
  });
}

if (wants('e2e')) {
  if (existsSync(CHROMIUM)) {
    if (run('Build the web app', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
      vitest('Browser tests in headless Chromium', 'vitest.e2e.config.ts', 'e2e', { CHROMIUM_PATH: CHROMIUM });
    }
  } else if (strict) problems.push(`no Chromium at ${CHROMIUM}: the browser tests were skipped`);
  else process.stdout.write(`\n(Browser tests skipped: no Chromium at ${CHROMIUM}; apt-get install chromium)\n`);
}

process.stdout.write(`\n${problems.length ? `Problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` : ''}`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(problems.length > 0 || totals.failed > 0 ? 1 : 0);
