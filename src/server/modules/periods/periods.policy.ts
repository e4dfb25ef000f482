import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal, readsEverything } from '../../policy/roles.js';

export const periodsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  /** Open, close and reopen periods; send reminders. */
  manage: (actor: Actor) => editsEverything(actor),
  /** Approve or return a unit's submission (never one's own unit's: a service rule). */
  approve: (actor: Actor) => editsEverything(actor),
  /** Draft and submit a unit's report (the unit's editors; HQ on a unit's behalf). */
  submit: (actor: Actor) => editsOwnUnit(actor),
  readBoard: (actor: Actor) => readsEverything(actor),
};
