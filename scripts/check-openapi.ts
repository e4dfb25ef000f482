/**
 * The API contract as integrators consume it: openapi.json passes Redocly's strict recommended rules, and a client
 * generated from it with openapi-typescript compiles with openapi-fetch (scripts/openapi-client/usage.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

const folder = '.tmp/openapi-client';
mkdirSync(folder, { recursive: true });

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('npx', ['redocly', 'lint', 'openapi.json', '--format=summary']);
step('npx', ['openapi-typescript', 'openapi.json', '--redocly', 'scripts/openapi-client/redocly.yaml', '--output', `${folder}/schema.d.ts`]);
copyFileSync('scripts/openapi-client/usage.ts', `${folder}/usage.ts`);
step('npx', ['tsc', '--noEmit', '--strict', '--target', 'ES2023', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck', `${folder}/usage.ts`]);
process.stdout.write('openapi.json: lint clean, generated client compiles\n');
