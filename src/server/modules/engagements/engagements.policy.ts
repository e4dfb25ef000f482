import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';

/** Actor-level checks; which engagements an actor reaches is decided by unit scope in the service. */
export const engagementsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
};
