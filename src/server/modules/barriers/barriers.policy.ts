import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

type BarrierFacts = { unitId: string };

/** Who records barriers; which ones a user reads is `readableBy` in the repository, the one rule every read goes through. */
export const barriersPolicy = {
  /** Government users; business users are refused outright. */
  read: (actor: Actor) => isInternal(actor),
  /** A unit's editors (missions, ministries) for their unit; HQ for any. */
  create: (actor: Actor) => editsOwnUnit(actor),
  /** The following unit edits its own barriers and moves their status; HQ all. */
  update: (actor: Actor, scope: UnitScope, row: BarrierFacts) => editsOwnUnit(actor) && inScope(scope, [row.unitId]),
};
