/**
 * `npm test`: type check, lint (the layering rules of docs/architecture.md), the API suite on PGlite and (with TEST_DATABASE_URL) on PostgreSQL, then the browser
 * suite in headless Chromium. Under CI a skipped PostgreSQL or browser run is a failure, not a silent pass.
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

function vitest(label: string, config: string, reportName: string, env: Record<string, string>) {
  mkdirSync('.tmp', { recursive: true });
  const report = `.tmp/vitest-${reportName}.json`;
  run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
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

if (wants('api')) vitest('API and unit tests on PGlite', 'vitest.config.ts', 'pglite', { TEST_DB: 'pglite' });

if (wants('api')) {
  if (process.env.TEST_DATABASE_URL) vitest('API and unit tests on PostgreSQL', 'vitest.config.ts', 'postgres', { TEST_DB: 'postgres' });
  else if (strict) problems.push('TEST_DATABASE_URL is not set: the PostgreSQL run was skipped');
  else process.stdout.write('\n(PostgreSQL run skipped: set TEST_DATABASE_URL to run the suite on a PostgreSQL server too)\n');
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
