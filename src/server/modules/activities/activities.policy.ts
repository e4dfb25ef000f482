import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal, readsEverything } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

/** HQ, or an editor of the reporting unit (a supported province only reads it); `scope` is the actor's write scope. */
const write = (actor: Actor, scope: UnitScope, activity: { unitId: string }) => editsOwnUnit(actor) && inScope(scope, [activity.unitId]);

/** Actor-level checks, and per-record ones; a record in an approved (locked) period is changed by nobody. */
export const activitiesPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** HQ records activities on behalf of any unit; others report for their own. */
  chooseUnit: (actor: Actor) => editsEverything(actor),
  /** The share of activities without results per unit is an HQ view. */
  formalism: (actor: Actor) => readsEverything(actor),
  write,
  update: (actor: Actor, scope: UnitScope, activity: { unitId: string }, locked: boolean) => write(actor, scope, activity) && !locked,
  delete: (actor: Actor, scope: UnitScope, activity: { unitId: string }, locked: boolean) => write(actor, scope, activity) && !locked,
};
