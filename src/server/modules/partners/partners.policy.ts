import type { PartnerKind } from '../../../shared/schemas/partners.js';
import type { Actor } from '../../auth/actor.js';
import { editsEverything, isInternal } from '../../policy/roles.js';

/** Kinds a unit editor may add on their own: the counterparts they meet, not countries or organisations. */
const UNIT_EDITOR_KINDS = new Set<PartnerKind>(['foreign_locality', 'foreign_company', 'vietnamese_company']);

export const partnersPolicy = {
  read: (actor: Actor) => isInternal(actor),
  /** Without a kind: whether the actor may create partners of some kind. */
  create: (actor: Actor, kind?: PartnerKind) =>
    editsEverything(actor) || (actor.role === 'unit_editor' && (kind === undefined || UNIT_EDITOR_KINDS.has(kind))),
  manage: (actor: Actor) => editsEverything(actor),
};
