import type { Actor } from '../../auth/actor.js';
import { editsEverything } from '../../policy/roles.js';

export const orgUnitsPolicy = {
  read: (_actor: Actor) => true,
  manage: (actor: Actor) => editsEverything(actor),
};
