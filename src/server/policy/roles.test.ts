import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/schemas/users.js';
import type { Actor } from '../auth/actor.js';
import { editsEverything, editsOwnUnit, INTERNAL_ROLES, isInternal, readsEverything } from './roles.js';
import { readScope, writeScope } from './scope.js';

const actor = (role: string): Actor => ({ userId: '00000000-0000-4000-8000-000000000001', unitId: '00000000-0000-4000-8000-000000000002', role: role as Role, email: 'x@example.org', partnerId: null });

/** A role the code does not know yet: added to the list later, or a value that slipped past validation. */
const UNKNOWN = ['auditor', 'partner_viewer', '', 'Admin'];

describe('roles', () => {
  it('internal users are an allow-list: every government role, not the business one', () => {
    expect(ROLES.filter((role) => isInternal(actor(role)))).toEqual(['admin', 'hq_coordinator', 'leader', 'unit_editor', 'unit_viewer']);
    expect(isInternal(actor('business'))).toBe(false);
    expect(INTERNAL_ROLES.every((role) => (ROLES as readonly string[]).includes(role))).toBe(true);
  });

  it.each(UNKNOWN)('an unknown role %j is not internal and reaches no unit', async (role) => {
    const someone = actor(role);
    expect(isInternal(someone)).toBe(false);
    expect(readsEverything(someone)).toBe(false);
    expect(editsEverything(someone)).toBe(false);
    expect(editsOwnUnit(someone)).toBe(false);
    // The scopes decide before touching the database for such an actor.
    const noDatabase = {} as Parameters<typeof readScope>[0];
    expect(await readScope(noDatabase, someone)).toEqual({ all: false, unitIds: [] });
    expect(await writeScope(noDatabase, someone)).toEqual({ all: false, unitIds: [] });
  });
});
