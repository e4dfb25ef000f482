import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { activities } from '../../db/schema/index.js';

export const activityImportsRepo = {
  /** Which of these import keys the unit already has: rows imported before. */
  importKeysOf: (ex: Executor, unitId: string, keys: string[]) =>
    keys.length === 0
      ? Promise.resolve([])
      : ex
          .select({ key: activities.importKey })
          .from(activities)
          .where(and(eq(activities.unitId, unitId), inArray(activities.importKey, keys)))
          .then((rows) => rows.map((row) => row.key!)),
};
