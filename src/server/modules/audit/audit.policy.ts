import type { Actor } from '../../auth/actor.js';
import { editsEverything, isInternal } from '../../policy/roles.js';

export const auditPolicy = {
  read: (actor: Actor) => editsEverything(actor),
  /** A record's own history: internal users who may read the record (checked against the record itself). */
  readHistory: (actor: Actor) => isInternal(actor),
};
