import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

/** Actor-level checks, and per-record ones given the actor's write scope. */
export const commitmentsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** HQ, or an editor of the owner unit (co-owners read it and report through their tasks). */
  update: (actor: Actor, scope: UnitScope, row: { ownerUnitId: string }) => editsOwnUnit(actor) && inScope(scope, [row.ownerUnitId]),
};
