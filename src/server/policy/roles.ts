import type { Actor } from '../auth/actor.js';

/** Roles that see every unit's records. */
export const readsEverything = (actor: Actor): boolean =>
  actor.role === 'admin' || actor.role === 'hq_coordinator' || actor.role === 'leader';

/** Roles that may change any unit's records (the economic-diplomacy coordinator at HQ). */
export const editsEverything = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'hq_coordinator';

/** Roles that may change their own unit's records. */
export const editsOwnUnit = (actor: Actor): boolean => editsEverything(actor) || actor.role === 'unit_editor';

export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';

export const isInternal = (actor: Actor): boolean => actor.role !== 'business';
