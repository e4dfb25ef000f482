import type { Actor } from '../../auth/actor.js';
import { isInternal } from '../../policy/roles.js';

export const dashboardPolicy = {
  /** Every internal role; unit roles see only their units' numbers (read scope). */
  read: (actor: Actor) => isInternal(actor),
};
