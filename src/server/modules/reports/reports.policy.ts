import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal, readsEverything } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

export const reportsPolicy = {
  /** Internal users list reports: HQ and leaders every one, a unit its own unit reports. */
  list: (actor: Actor) => isInternal(actor),
  /** National, country and commitments reports state figures across units: the roles that read every unit's records; a unit report its unit too. */
  read: (actor: Actor, scope: UnitScope, report: { unitId: string | null }) => readsEverything(actor) || (report.unitId !== null && inScope(scope, [report.unitId])),
  /** HQ generates every report, reviews, issues, returns it. */
  manage: (actor: Actor) => editsEverything(actor),
  /** Who generates a unit's report, edits its narrative and has its figures computed again: HQ and the unit's editors. */
  writes: (actor: Actor) => editsOwnUnit(actor),
  writesFor: (actor: Actor, scope: UnitScope, unitId: string | null) => editsEverything(actor) || (unitId !== null && inScope(scope, [unitId])),
};
