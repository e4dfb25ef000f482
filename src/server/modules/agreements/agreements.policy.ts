import { AGREEMENT_TRANSITIONS, type AgreementStatus } from '../../../shared/schemas/agreements.js';
import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

/** Edit: HQ, or an editor of the owner or a party unit (`scope` is the actor's write scope). */
const update = (actor: Actor, scope: UnitScope, unitIds: string[]) => editsOwnUnit(actor) && inScope(scope, unitIds);

/** Actor-level checks, and per-record ones given the actor's write scope and the agreement's units. */
export const agreementsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  /** Record an agreement for another unit than one's own. */
  chooseOwner: (actor: Actor) => editsEverything(actor),
  update,
  /** An editor of the agreement, while its status has a next step (the last three are final). */
  changeStatus: (actor: Actor, scope: UnitScope, unitIds: string[], status: AgreementStatus) =>
    update(actor, scope, unitIds) && AGREEMENT_TRANSITIONS[status].length > 0,
  /** HQ decides what the public sees; only an agreement that was signed can be published. */
  publish: (actor: Actor, status: AgreementStatus) => editsEverything(actor) && status !== 'negotiating',
};
