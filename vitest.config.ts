import { defineConfig } from 'vitest/config';

const kind = process.env.TEST_DB ?? 'pglite';

export default defineConfig({
  test: {
    name: kind,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // Two cores: two files at a time keeps each fresh database quick to start.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
