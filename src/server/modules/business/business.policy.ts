import type { Actor } from '../../auth/actor.js';

/** A business user linked to a company works in that company's workspace, and only there. */
export const businessPolicy = {
  workspace: (actor: Actor) => actor.role === 'business' && actor.partnerId !== null,
};
