import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { appSettings } from '../../db/schema/index.js';

/** The system settings live in one row (created by the migration); its version guards concurrent edits. */
const SYSTEM_KEY = 'system';

export const settingsRepo = {
  find: async (ex: Executor) => {
    const [row] = await ex.select({ value: appSettings.value, version: appSettings.version }).from(appSettings).where(eq(appSettings.key, SYSTEM_KEY));
    return row ?? { value: {}, version: 1 };
  },

  /** Writes when `version` is the stored one; false when someone else saved first. */
  save: async (ex: Executor, value: unknown, version: number, userId: string): Promise<boolean> => {
    const updated = await ex
      .update(appSettings)
      .set({ value, version: version + 1, updatedBy: userId, updatedAt: new Date() })
      .where(and(eq(appSettings.key, SYSTEM_KEY), eq(appSettings.version, version)))
      .returning({ version: appSettings.version });
    return updated.length === 1;
  },
};
