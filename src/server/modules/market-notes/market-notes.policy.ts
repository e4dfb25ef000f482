import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

type NoteFacts = { unitId: string; status: string };

/** Who writes market notes; who reads which is `readableBy` in the repository, the one rule every read goes through. */
export const marketNotesPolicy = {
  /** Every signed-in user reads the notes meant for them and manages their own subscriptions. */
  read: (_actor: Actor) => true,
  /** A unit's editors (missions write most notes) and HQ. */
  create: (actor: Actor) => editsOwnUnit(actor),
  update: (actor: Actor, scope: UnitScope, row: NoteFacts) => editsOwnUnit(actor) && inScope(scope, [row.unitId]),
  publish: (actor: Actor, scope: UnitScope, row: NoteFacts) => editsOwnUnit(actor) && inScope(scope, [row.unitId]) && row.status === 'draft',
};
