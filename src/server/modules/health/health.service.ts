import type { Database } from '../../db/client.js';
import { APP_VERSION } from '../../version.js';
import { healthRepo } from './health.repo.js';

export function healthService(database: Database) {
  return {
    check: async () => {
      const ok = await healthRepo.ping(database.db);
      return { ok, health: { status: ok ? ('ok' as const) : ('degraded' as const), database: database.kind, version: APP_VERSION } };
    },
  };
}
