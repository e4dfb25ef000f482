import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { todayIso } from '../lib/dates.js';
import { orgUnitsRepo, type OrgUnitRow } from '../modules/org-units/org-units.repo.js';
import { usersRepo } from '../modules/users/users.repo.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import type { Role } from '../../shared/schemas/users.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
let sequence = 0;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  unitId: string | null;
}

/** Builders of valid records, with defaults a test overrides only where it matters. */
export function buildFactory(db: Db) {
  return {
    /** A reference unit valid today, by type and code (e.g. mission EMB-US, province 79). */
    unit: async (type: OrgUnitType, code: string, asOf = todayIso()): Promise<OrgUnitRow> => {
      const unit = await orgUnitsRepo.findByCode(db, type, code, asOf);
      if (!unit) throw new Error(`No reference unit ${type}:${code} on ${asOf}`);
      return unit;
    },

    user: async (overrides: { role?: Role; unitId?: string | null; email?: string; name?: string; active?: boolean } = {}): Promise<TestUser> => {
      sequence += 1;
      const row = await usersRepo.insert(db, {
        email: overrides.email ?? `user${sequence}-${Date.now()}@test.local`,
        name: overrides.name ?? `Test User ${sequence}`,
        role: overrides.role ?? 'unit_editor',
        unitId: overrides.unitId ?? null,
        locale: 'vi',
        active: overrides.active ?? true,
        passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      });
      return { id: row.id, email: row.email, role: row.role as Role, unitId: row.unitId };
    },
  };
}
