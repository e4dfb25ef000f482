import type { SupportRequestStatus } from '../../../shared/schemas/support-requests.js';
import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';

type Side = 'target' | 'requester';
type RequestFacts = { requestingUnitId: string; targetUnitId: string; status: string };

/** Which status changes each side may make, from which statuses. */
export const TRANSITIONS: Record<'accept' | 'decline' | 'answer' | 'close', { side: Side; from: SupportRequestStatus[]; to: SupportRequestStatus }> = {
  accept: { side: 'target', from: ['open'], to: 'accepted' },
  decline: { side: 'target', from: ['open', 'accepted'], to: 'declined' },
  answer: { side: 'target', from: ['open', 'accepted'], to: 'answered' },
  close: { side: 'requester', from: ['open', 'accepted', 'declined', 'answered'], to: 'closed' },
};
export type SupportRequestAction = keyof typeof TRANSITIONS;

const act = (actor: Actor) => editsOwnUnit(actor) || actor.role === 'business';

/** The actor speaks for that side of the request: `ownUnits` are the units the actor acts for (see the service). */
const speaksFor = (actor: Actor, ownUnits: string[], row: RequestFacts, side: Side) =>
  act(actor) && ownUnits.includes(side === 'target' ? row.targetUnitId : row.requestingUnitId);

export const supportRequestsPolicy = {
  /** Anyone internal reads the requests of their units (HQ and leaders: all); business users their own unit's. */
  read: (actor: Actor) => isInternal(actor) || actor.unitId !== null,
  /** A unit's editors (HQ on a unit's behalf) and business users with an organisation ask for support. */
  create: (actor: Actor) => editsOwnUnit(actor) || (actor.role === 'business' && actor.unitId !== null),
  /** Answering, accepting, declining (the target mission) and closing (the requester) also need the unit: `speaksFor`. */
  act,
  speaksFor,
  /** The requester edits while the request is open. */
  update: (actor: Actor, ownUnits: string[], row: RequestFacts) => speaksFor(actor, ownUnits, row, 'requester') && row.status === 'open',
  /** A status change by its side, from a status it may leave. */
  transition: (actor: Actor, ownUnits: string[], row: RequestFacts, action: SupportRequestAction) =>
    speaksFor(actor, ownUnits, row, TRANSITIONS[action].side) && TRANSITIONS[action].from.includes(row.status as SupportRequestStatus),
};
