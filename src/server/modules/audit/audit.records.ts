import type { AuditEntry } from '../../../shared/schemas/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import { findReadableActivity } from '../activities/activities.service.js';
import { findReadable as findReadableAgreement } from '../agreements/agreements.service.js';
import { findReadableCommitment } from '../commitments/commitments.service.js';
import { countryName } from '../countries/countries.service.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { findReadableMarketNote } from '../market-notes/market-notes.service.js';
import { orgUnitsPolicy } from '../org-units/org-units.policy.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { findReadableOutcome } from '../outcomes/outcomes.service.js';
import { partnersPolicy } from '../partners/partners.policy.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { partnershipsRepo } from '../partnerships/partnerships.repo.js';
import { findReadableSubmission, toPeriod } from '../periods/periods.service.js';
import { periodsPolicy } from '../periods/periods.policy.js';
import { periodsRepo, submissionsRepo } from '../periods/periods.repo.js';
import { findReadableSourceDocument } from '../source-documents/source-documents.service.js';
import { findReadableSupportRequest } from '../support-requests/support-requests.service.js';
import { findReadableTask } from '../tasks/tasks.service.js';
import { tasksRepo } from '../tasks/tasks.repo.js';
import { usersPolicy } from '../users/users.policy.js';
import { usersRepo } from '../users/users.repo.js';

type AuditRecordRef = NonNullable<AuditEntry['record']>;
type Resolve = (ex: Executor, actor: Actor, id: string) => Promise<AuditRecordRef | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const same = (text: string) => ({ vi: text, en: text });

/**
 * How each audited record type is named and where its page is. Each goes through its module's own readable rule,
 * so a record the reader may not read resolves to nothing, exactly like a missing one.
 */
const RECORDS: Partial<Record<string, Resolve>> = {
  engagement: async (ex, actor, id) => {
    const row = await findReadableEngagement(ex, actor, id);
    return { name: { vi: row.titleVi, en: row.titleEn }, path: `/engagements/${id}` };
  },
  agreement: async (ex, actor, id) => {
    const { agreement } = await findReadableAgreement(ex, actor, id);
    return { name: { vi: agreement.titleVi, en: agreement.titleEn }, path: `/agreements/${id}` };
  },
  commitment: async (ex, actor, id) => ({ name: same((await findReadableCommitment(ex, actor, id)).title), path: `/commitments/${id}` }),
  task: async (ex, actor, id) => ({ name: same((await findReadableTask(ex, actor, id)).title), path: `/tasks/${id}` }),
  due_date_change: async (ex, actor, id) => {
    const taskId = await tasksRepo.taskIdOfDueDateChange(ex, id);
    return taskId ? RECORDS.task!(ex, actor, taskId) : null;
  },
  activity: async (ex, actor, id) => ({ name: same((await findReadableActivity(ex, actor, id)).title), path: `/activities/${id}` }),
  outcome: async (ex, actor, id) => {
    const { outcome, activity } = await findReadableOutcome(ex, actor, id);
    const what = outcome.product ?? outcome.counterpart ?? outcome.businessName;
    return { name: same([what, activity.title].filter(Boolean).join(' · ')), path: `/activities/${activity.id}` };
  },
  support_request: async (ex, actor, id) => ({ name: same((await findReadableSupportRequest(ex, actor, id)).request.title), path: `/support-requests/${id}` }),
  org_unit: async (ex, actor, id) => {
    const unit = orgUnitsPolicy.read(actor) ? await orgUnitsRepo.findById(ex, id) : undefined;
    return unit ? { name: { vi: unit.nameVi, en: unit.nameEn }, path: `/org-units/${id}` } : null;
  },
  partner: async (ex, actor, id) => {
    const partner = partnersPolicy.read(actor) ? await partnersRepo.findById(ex, id) : undefined;
    return partner ? { name: { vi: partner.nameVi, en: partner.nameEn }, path: `/partners/${id}` } : null;
  },
  partnership_change: async (ex, actor, id) => {
    const change = partnersPolicy.read(actor) ? await partnershipsRepo.findById(ex, id) : undefined;
    const name = change && countryName(change.countryCode);
    if (!change || !name) return null;
    const country = await partnersRepo.findCountry(ex, change.countryCode);
    return { name, path: country ? `/partners/${country.id}` : null };
  },
  reporting_period: async (ex, actor, id) => {
    const period = periodsPolicy.read(actor) ? await periodsRepo.findById(ex, id) : undefined;
    return period ? { name: toPeriod(period).label, path: `/periods/${id}` } : null;
  },
  period_submission: async (ex, actor, id) => {
    const periodId = await submissionsRepo.periodIdOf(ex, id);
    if (!periodId) return null;
    const { unit } = await findReadableSubmission(ex, actor, periodId, id);
    const period = toPeriod((await periodsRepo.findById(ex, periodId))!).label;
    return { name: { vi: `${unit.nameVi} · ${period.vi}`, en: `${unit.nameEn} · ${period.en}` }, path: `/periods/${periodId}/submissions/${id}` };
  },
  source_document: async (ex, actor, id) => {
    const row = await findReadableSourceDocument(ex, actor, id);
    return { name: { vi: row.titleVi, en: row.titleEn }, path: null };
  },
  market_note: async (ex, actor, id) => ({ name: same((await findReadableMarketNote(ex, actor, id)).note.title), path: null }),
  user: async (ex, actor, id) => {
    const found = usersPolicy.manage(actor) ? await usersRepo.findById(ex, id) : undefined;
    return found ? { name: same(found.user.name), path: null } : null;
  },
};

/** Names (and links) the records of a page of audit rows, each once; null where the reader may not read it. */
export async function resolveAuditRecords(ex: Executor, actor: Actor, refs: { entity: string; entityId: string }[]) {
  const resolved = new Map<string, AuditRecordRef | null>();
  for (const { entity, entityId } of refs) {
    const key = `${entity}:${entityId}`;
    if (resolved.has(key)) continue;
    // Rows about a whole data set (reference loads, demo data) carry a name, not a record id.
    const resolve = UUID.test(entityId) ? RECORDS[entity] : undefined;
    resolved.set(key, resolve ? await resolve(ex, actor, entityId).catch(unreadable) : null);
  }
  return (entity: string, entityId: string) => resolved.get(`${entity}:${entityId}`) ?? null;
}

function unreadable(error: unknown): null {
  if (error instanceof DomainError && (error.code === 'not_found' || error.code === 'forbidden' || error.code === 'invalid')) return null;
  throw error;
}
