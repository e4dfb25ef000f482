import type { Role } from '../../shared/schemas/users.js';
import type { Actor } from '../auth/actor.js';

/** Roles that see every unit's records. */
export const readsEverything = (actor: Actor): boolean =>
  actor.role === 'admin' || actor.role === 'hq_coordinator' || actor.role === 'leader';

/** Roles that may change any unit's records (the economic-diplomacy coordinator at HQ). */
export const editsEverything = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'hq_coordinator';

/** Roles that may change their own unit's records. */
export const editsOwnUnit = (actor: Actor): boolean => editsEverything(actor) || actor.role === 'unit_editor';

export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';

/**
 * Government users, as an allow-list: a role added later (or a value that is not a role at all) is outside until
 * it is listed here, so it never inherits internal reads by default.
 */
export const INTERNAL_ROLES: readonly Role[] = ['admin', 'hq_coordinator', 'leader', 'unit_editor', 'unit_viewer'];

export const isInternal = (actor: Actor): boolean => (INTERNAL_ROLES as readonly string[]).includes(actor.role);
