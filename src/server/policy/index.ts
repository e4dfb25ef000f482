import type { Actor } from '../auth/actor.js';
import { auditPolicy } from '../modules/audit/audit.policy.js';
import { orgUnitsPolicy } from '../modules/org-units/org-units.policy.js';
import { usersPolicy } from '../modules/users/users.policy.js';

/**
 * Every actor-level ability, by `<feature>.<verb>`. The UI receives them with /me, so it hides
 * exactly what the server would refuse.
 */
const abilityTable: Record<string, (actor: Actor) => boolean> = {
  'users.manage': usersPolicy.manage,
  'audit.read': auditPolicy.read,
  'orgUnits.read': orgUnitsPolicy.read,
  'orgUnits.manage': orgUnitsPolicy.manage,
};

export function abilitiesOf(actor: Actor): Record<string, boolean> {
  return Object.fromEntries(Object.entries(abilityTable).map(([name, check]) => [name, check(actor)]));
}
