import type { Actor } from '../../auth/actor.js';
import { editsEverything, isInternal } from '../../policy/roles.js';

/** Directives and conclusions are national: every internal user reads them, HQ records and corrects them. */
export const sourceDocumentsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsEverything(actor),
  update: (actor: Actor) => editsEverything(actor),
};
