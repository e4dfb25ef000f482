import type { Actor } from '../../auth/actor.js';
import { isAdmin } from '../../policy/roles.js';

export const usersPolicy = {
  manage: (actor: Actor) => isAdmin(actor),
};
