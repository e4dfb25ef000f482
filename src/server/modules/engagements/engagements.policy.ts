import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

/** Actor-level checks, and per-record ones given the actor's write scope and the engagement's units. */
export const engagementsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** HQ, or an editor of the lead or a participating unit; also adds and removes attachments. */
  update: (actor: Actor, scope: UnitScope, unitIds: string[]) => editsOwnUnit(actor) && inScope(scope, unitIds),
};
