import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { agreements, commitments, engagements, tasks } from '../db/schema/index.js';
import { todayIso } from '../lib/dates.js';
import { newId } from '../lib/ids.js';
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
  name?: string;
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

    user: async (overrides: { role?: Role; unitId?: string | null; partnerId?: string | null; email?: string; name?: string; active?: boolean } = {}): Promise<TestUser> => {
      sequence += 1;
      const row = await usersRepo.insert(db, {
        email: overrides.email ?? `user${sequence}-${Date.now()}@test.local`,
        name: overrides.name ?? `Test User ${sequence}`,
        role: overrides.role ?? 'unit_editor',
        unitId: overrides.unitId ?? null,
        partnerId: overrides.partnerId ?? null,
        locale: 'vi',
        active: overrides.active ?? true,
        passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      });
      return { id: row.id, email: row.email, name: row.name, role: row.role as Role, unitId: row.unitId };
    },

    /** A bare engagement row, inserted directly so tests of other features do not depend on its API. */
    engagement: (values: { leadUnitId: string } & Partial<typeof engagements.$inferInsert>) =>
      db
        .insert(engagements)
        .values({ id: newId(), titleVi: 'Chuyến thăm chính thức', titleEn: 'Official visit', type: 'official_visit_abroad', leaderName: 'Phạm Minh Chính', leaderLevel: 'prime_minister', startDate: '2024-10-21', endDate: '2024-10-23', ...values })
        .returning()
        .then(([row]) => row!),

    /** A bare signed agreement row. */
    agreement: (values: { ownerUnitId: string } & Partial<typeof agreements.$inferInsert>) =>
      db
        .insert(agreements)
        .values({ id: newId(), titleVi: 'Bản ghi nhớ hợp tác', titleEn: 'Cooperation MoU', kind: 'mou', status: 'signed', signedDate: '2024-10-22', ...values })
        .returning()
        .then(([row]) => row!),

    /** A bare open commitment row (no co-owners). */
    commitment: (values: { ownerUnitId: string } & Partial<typeof commitments.$inferInsert> & ({ engagementId: string } | { agreementId: string })) =>
      db
        .insert(commitments)
        .values({ id: newId(), title: 'Thúc đẩy thương mại song phương', dueDate: '2025-12-31', ...values })
        .returning()
        .then(([row]) => row!),

    /** A bare task row with all seven clears; the assigning unit defaults to the responsible one. */
    task: (values: { responsibleUnitId: string } & Partial<typeof tasks.$inferInsert>) =>
      db
        .insert(tasks)
        .values({
          id: newId(),
          title: 'Vận động công nhận quy chế kinh tế thị trường',
          objective: 'Hoa Kỳ công nhận Việt Nam là nền kinh tế thị trường',
          responsiblePerson: 'Đại sứ',
          assigningUnitId: values.responsibleUnitId,
          accountableTo: 'Bộ trưởng Bộ Ngoại giao',
          checkedBy: 'Vụ Tổng hợp kinh tế',
          expectedOutput: 'Báo cáo vận động hằng quý',
          expectedOutcome: 'Quyết định công nhận của Bộ Thương mại Hoa Kỳ',
          startDate: '2025-01-01',
          dueDate: '2099-12-31',
          originalDueDate: values.dueDate ?? '2099-12-31',
          ...values,
        })
        .returning()
        .then(([row]) => row!),
  };
}
