import { DEFAULT_SETTINGS, SettingsValues, type Settings, type SettingsUpdate } from '../../../shared/schemas/settings.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { forbidden, staleVersion } from '../../lib/errors.js';
import { isAdmin } from '../../policy/roles.js';
import { auditRepo } from '../audit/audit.repo.js';
import { settingsRepo } from './settings.repo.js';

/** The stored settings over the defaults, so a setting added later has its default until an admin changes it. */
export async function currentSettings(ex: Executor): Promise<Settings> {
  const stored = await settingsRepo.find(ex);
  const values = SettingsValues.parse({ ...DEFAULT_SETTINGS, ...SettingsValues.partial().catch({}).parse(stored.value) });
  return { ...values, version: stored.version };
}

export function settingsService(db: Db) {
  return {
    get: async (actor: Actor) => {
      if (!isAdmin(actor)) throw forbidden();
      return currentSettings(db);
    },

    update: (actor: Actor, { version, ...changes }: SettingsUpdate) =>
      db.transaction(async (tx) => {
        if (!isAdmin(actor)) throw forbidden();
        const { version: _stored, ...before } = await currentSettings(tx);
        const after = { ...before, ...changes };
        if (!(await settingsRepo.save(tx, after, version, actor.userId))) throw staleVersion('The settings');
        await auditRepo.insert(tx, { actor, action: 'settings.updated', entity: 'settings', entityId: 'system', before, after });
        return { ...after, version: version + 1 };
      }),
  };
}
