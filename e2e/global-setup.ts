import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../src/server/main.js';
import { DEMO_PASSWORD } from './support.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server with fresh demo data for the whole run; the web app must already be built. */
export default async function setup(project: TestProject) {
  if (!existsSync(new URL('../dist/web/index.html', import.meta.url))) {
    throw new Error('dist/web is missing: run `npm run build:web` before the e2e tests');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'econdip-e2e-'));
  const server = await startServer({ port: 0, dataDir, demo: true, demoPassword: DEMO_PASSWORD, logLevel: 'warn', loginRateLimit: 1000 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
