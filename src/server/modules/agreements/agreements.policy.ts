import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal } from '../../policy/roles.js';

/** Actor-level checks; which agreements an actor reaches is decided by unit scope (owner and parties) in the service. */
export const agreementsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** Record an agreement for another unit than one's own. */
  chooseOwner: (actor: Actor) => editsEverything(actor),
};
