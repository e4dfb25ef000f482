import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal, readsEverything } from '../../policy/roles.js';

/** Actor-level checks; which activities an actor reaches is decided by unit scope in the service. */
export const activitiesPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** The share of activities without results per unit is an HQ view. */
  formalism: (actor: Actor) => readsEverything(actor),
};
