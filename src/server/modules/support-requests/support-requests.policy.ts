import type { SupportRequestStatus } from '../../../shared/schemas/support-requests.js';
import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';

type Side = 'target' | 'requester';
type RequestFacts = { requestingUnitId: string | null; requestingPartnerId: string | null; targetUnitId: string; status: string };

/** Whom the actor speaks for: their units (their own and those it succeeded), or a business user's company. */
export interface Parties {
  unitIds: string[];
  partnerId: string | null;
}

/** Which status changes each side may make, from which statuses. */
export const TRANSITIONS: Record<'accept' | 'decline' | 'answer' | 'close', { side: Side; from: SupportRequestStatus[]; to: SupportRequestStatus }> = {
  accept: { side: 'target', from: ['open'], to: 'accepted' },
  decline: { side: 'target', from: ['open', 'accepted'], to: 'declined' },
  answer: { side: 'target', from: ['open', 'accepted'], to: 'answered' },
  close: { side: 'requester', from: ['open', 'accepted', 'declined', 'answered'], to: 'closed' },
};
export type SupportRequestAction = keyof typeof TRANSITIONS;

const act = (actor: Actor) => editsOwnUnit(actor) || actor.role === 'business';

/** The actor speaks for that side of the request: a business only ever asks, for its own company. */
const speaksFor = (actor: Actor, own: Parties, row: RequestFacts, side: Side) => {
  if (!act(actor)) return false;
  if (side === 'target') return own.unitIds.includes(row.targetUnitId);
  return row.requestingPartnerId !== null ? row.requestingPartnerId === own.partnerId : row.requestingUnitId !== null && own.unitIds.includes(row.requestingUnitId);
};

export const supportRequestsPolicy = {
  /** Anyone internal reads the requests of their units (HQ and leaders: all); business users their company's. */
  read: (actor: Actor) => isInternal(actor) || actor.partnerId !== null,
  /** A unit's editors (HQ on a unit's behalf) and business users linked to their company ask for support. */
  create: (actor: Actor) => editsOwnUnit(actor) || (actor.role === 'business' && actor.partnerId !== null),
  /** Answering, accepting, declining (the target mission) and closing (the requester) also need the unit: `speaksFor`. */
  act,
  speaksFor,
  /** The requester edits while the request is open. */
  update: (actor: Actor, own: Parties, row: RequestFacts) => speaksFor(actor, own, row, 'requester') && row.status === 'open',
  /** A status change by its side, from a status it may leave. */
  transition: (actor: Actor, own: Parties, row: RequestFacts, action: SupportRequestAction) =>
    speaksFor(actor, own, row, TRANSITIONS[action].side) && TRANSITIONS[action].from.includes(row.status as SupportRequestStatus),
};
