import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';

export const supportRequestsPolicy = {
  /** Anyone internal reads the requests of their units (HQ and leaders: all); business users their own unit's. */
  read: (actor: Actor) => isInternal(actor) || actor.unitId !== null,
  /** A unit's editors (HQ on a unit's behalf) and business users with an organisation ask for support. */
  create: (actor: Actor) => editsOwnUnit(actor) || (actor.role === 'business' && actor.unitId !== null),
  /** Answering, accepting, declining (the target mission) and closing (the requester) also need the unit: a service rule. */
  act: (actor: Actor) => editsOwnUnit(actor) || actor.role === 'business',
};
