import type { Actor } from '../../auth/actor.js';
import { editsEverything, isInternal } from '../../policy/roles.js';

export const indicatorsPolicy = {
  /** Every internal role; values are computed over the records the actor reads (a unit: its own). */
  read: (actor: Actor) => isInternal(actor),
  /** Targets and reported figures: HQ. */
  manage: (actor: Actor) => editsEverything(actor),
};
