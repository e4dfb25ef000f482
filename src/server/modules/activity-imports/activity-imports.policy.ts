import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit } from '../../policy/roles.js';

/** A unit's editors import their unit's activities; HQ for any unit. */
export const activityImportsPolicy = {
  run: (actor: Actor) => editsOwnUnit(actor),
};
