import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';

/** Actor-level checks; an outcome is reached through its activity's units (see activities.service). */
export const outcomesPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  requestConfirmation: (actor: Actor) => editsOwnUnit(actor),
};
