import type { Actor } from '../../auth/actor.js';
import { editsEverything, readsEverything } from '../../policy/roles.js';

export const reportsPolicy = {
  /** National reports state national figures: the roles that read every unit's records. */
  read: (actor: Actor) => readsEverything(actor),
  /** HQ generates national reports, edits their narrative, reviews and issues them. */
  manage: (actor: Actor) => editsEverything(actor),
};
