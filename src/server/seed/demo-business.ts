import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { activities, outcomes, partners, users } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';
import { publicUrlFromEnv } from '../modules/notifications/notices.js';
import { issueConfirmationToken } from '../modules/outcomes/confirmations.service.js';
import { DEMO_COMPANY } from './demo-names.js';

export { DEMO_COMPANY };
const ATTRIBUTED = 6;

/**
 * Creates the demo company, links `business@demo.local` to it, and attributes to it some export contracts of the
 * demo activities, keeping their answers; one unanswered one gets a confirmation link (its e-mail waits in the outbox).
 */
export async function loadDemoBusiness(tx: Executor, email: string) {
  const [company] = await tx
    .insert(partners)
    .values({ id: newId(), kind: 'vietnamese_company', code: DEMO_COMPANY.code, nameVi: DEMO_COMPANY.vi, nameEn: DEMO_COMPANY.en, countryCode: 'VN', notes: 'Doanh nghiệp giả định cho dữ liệu mẫu (demo)', demo: true })
    .returning();
  await tx.update(users).set({ partnerId: company!.id }).where(eq(users.email, email));
  const contracts = await tx
    .select({ id: outcomes.id, status: outcomes.confirmationStatus })
    .from(outcomes)
    .where(eq(outcomes.kind, 'export_contract'))
    .orderBy(asc(outcomes.id))
    .limit(40);
  const byStatus = (status: string) => contracts.filter((c) => c.status === status);
  const chosen = [...byStatus('unconfirmed').slice(0, 3), ...byStatus('confirmed').slice(0, 1), ...byStatus('corrected').slice(0, 1), ...byStatus('denied').slice(0, 1)].slice(0, ATTRIBUTED);
  if (chosen.length === 0) return;
  await tx
    .update(outcomes)
    .set({ businessPartnerId: company!.id, businessName: DEMO_COMPANY.vi, contactName: DEMO_COMPANY.contact, contactEmail: DEMO_COMPANY.email })
    .where(inArray(outcomes.id, chosen.map((c) => c.id)));
  const pending = chosen.find((c) => c.status === 'unconfirmed');
  if (!pending) return;
  const [row] = await tx
    .select({ outcome: outcomes, activityTitle: activities.title })
    .from(outcomes)
    .innerJoin(activities, eq(activities.id, outcomes.activityId))
    .where(and(eq(outcomes.id, pending.id)));
  await issueConfirmationToken(tx, { outcome: row!.outcome, activityTitle: row!.activityTitle, createdBy: null, remindersSent: 0, now: new Date(), publicUrl: publicUrlFromEnv() });
}
