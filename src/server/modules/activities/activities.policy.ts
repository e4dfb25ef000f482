import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal, readsEverything } from '../../policy/roles.js';

/** Actor-level checks; which activities an actor reaches is decided by unit scope in the service. */
export const activitiesPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** HQ records activities on behalf of any unit; others report for their own. */
  chooseUnit: (actor: Actor) => editsEverything(actor),
  /** The share of activities without results per unit is an HQ view. */
  formalism: (actor: Actor) => readsEverything(actor),
};
