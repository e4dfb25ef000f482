import { useMe } from '../../../components/me-context.js';

/**
 * Abilities of reporting periods. `periods.submit` and `periods.readBoard` are not in /me yet: until they
 * are, use the abilities with the same rule (unit editors; HQ roles).
 */
export function usePeriodAbilities() {
  const { abilities, user } = useMe();
  return {
    manage: abilities['periods.manage'] === true,
    approve: abilities['periods.approve'] === true,
    submit: abilities['periods.submit'] ?? abilities['activities.create'] === true,
    readBoard: abilities['periods.readBoard'] ?? (abilities['periods.manage'] === true || user.role === 'leader'),
    /** The signed-in user's unit, when it reports per period. */
    reportingUnit: user.unit && ['mission', 'province', 'ministry'].includes(user.unit.type) ? user.unit : null,
  };
}
