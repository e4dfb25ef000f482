import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal } from '../../policy/roles.js';

/** Actor-level checks; which tasks an actor reaches is decided by unit scope in the service. */
export const tasksPolicy = {
  read: (actor: Actor) => isInternal(actor),
  /** Unit editors create tasks for their own unit; the assigning unit is theirs. */
  create: (actor: Actor) => editsOwnUnit(actor),
  /** HQ assigns tasks to any unit, e.g. a lobbying task to an embassy. */
  assignAny: (actor: Actor) => editsEverything(actor),
};
