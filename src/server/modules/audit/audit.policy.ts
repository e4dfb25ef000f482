import type { Actor } from '../../auth/actor.js';
import { editsEverything } from '../../policy/roles.js';

export const auditPolicy = {
  read: (actor: Actor) => editsEverything(actor),
};
