import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit } from '../../policy/roles.js';

/** Each imported row is then checked like a single create (a unit editor: their own unit's records). */
export const importsPolicy = {
  run: (actor: Actor) => editsOwnUnit(actor),
};
