import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/client.js';
import { todayIso } from '../lib/dates.js';
import { agreementsRepo } from '../modules/agreements/agreements.repo.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';
import { usersRepo } from '../modules/users/users.repo.js';
import { loadDemoActivities } from './demo-activities.js';
import { loadDemoBarriers } from './demo-barriers.js';
import { loadDemoBusiness } from './demo-business.js';
import { loadDemoCommitments } from './demo-commitments.js';
import { loadDemoIndicators } from './demo-indicators.js';
import { loadDemoPeriods } from './demo-periods.js';
import { demoEngagementsContext, loadDemoEngagements } from './demo-engagements.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import type { Role } from '../../shared/schemas/users.js';

export interface DemoLogin {
  email: string;
  role: Role;
  name: string;
  unit: { type: OrgUnitType; code: string } | null;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'admin@demo.local', role: 'admin', name: 'Quản trị hệ thống', unit: { type: 'hq', code: 'MOFA' } },
  { email: 'hq@demo.local', role: 'hq_coordinator', name: 'Nguyễn Thu Hà', unit: { type: 'hq', code: 'MOFA-ECO' } },
  { email: 'leader@demo.local', role: 'leader', name: 'Trần Quốc Minh', unit: { type: 'hq', code: 'VPCP' } },
  { email: 'mission.us@demo.local', role: 'unit_editor', name: 'Lê Hoàng Nam', unit: { type: 'mission', code: 'EMB-US' } },
  { email: 'province.hcm@demo.local', role: 'unit_editor', name: 'Phạm Thị Lan', unit: { type: 'province', code: '79' } },
  { email: 'business@demo.local', role: 'business', name: 'Đỗ Minh Hải (Sao Biển, demo)', unit: null },
];

/** The open-data page of the demo shows the agreements recorded from cited sources, never invented ones. */
const PUBLIC_AGREEMENT_KINDS = ['treaty', 'agreement', 'mou', 'joint_statement'] as const;

export const randomDemoPassword = () => `demo-${randomBytes(6).toString('base64url')}`;

/**
 * Adds the demo sign-ins (and, as features grow, demo records) to a database that has none yet.
 * Returns false when users already exist: a demo never overwrites real data.
 */
export async function loadDemoData(db: Db, password: string): Promise<boolean> {
  if ((await usersRepo.count(db)) > 0) return false;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    for (const login of DEMO_LOGINS) {
      const unit = login.unit ? await orgUnitsRepo.findByCode(tx, login.unit.type, login.unit.code, todayIso()) : undefined;
      if (login.unit && !unit) throw new Error(`Demo unit ${login.unit.type}:${login.unit.code} is missing; load the reference data first`);
      const user = await usersRepo.insert(tx, { email: login.email, name: login.name, role: login.role, unitId: unit?.id ?? null, locale: 'vi', passwordHash, demo: true });
      await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'user.created', entity: 'user', entityId: user.id, after: user });
    }
    await loadDemoEngagements(tx, demoEngagementsContext(tx));
    await loadDemoCommitments(tx);
    await loadDemoActivities(tx);
    await loadDemoBusiness(tx, 'business@demo.local');
    const hq = await usersRepo.findByEmail(tx, 'hq@demo.local');
    await loadDemoPeriods(tx, { hqUserId: hq?.id ?? null });
    await loadDemoIndicators(tx, { createdBy: hq?.id ?? null });
    await loadDemoBarriers(tx, hq?.id ?? null);
    await agreementsRepo.publishSourced(tx, PUBLIC_AGREEMENT_KINDS);
  });
  return true;
}
