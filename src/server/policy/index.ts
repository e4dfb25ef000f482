import type { Actor } from '../auth/actor.js';
import { activitiesPolicy } from '../modules/activities/activities.policy.js';
import { activityImportsPolicy } from '../modules/activity-imports/activity-imports.policy.js';
import { agreementsPolicy } from '../modules/agreements/agreements.policy.js';
import { businessPolicy } from '../modules/business/business.policy.js';
import { auditPolicy } from '../modules/audit/audit.policy.js';
import { commitmentsPolicy } from '../modules/commitments/commitments.policy.js';
import { engagementsPolicy } from '../modules/engagements/engagements.policy.js';
import { importsPolicy } from '../modules/imports/imports.policy.js';
import { indicatorsPolicy } from '../modules/indicators/indicators.policy.js';
import { dashboardPolicy } from '../modules/dashboard/dashboard.policy.js';
import { marketNotesPolicy } from '../modules/market-notes/market-notes.policy.js';
import { barriersPolicy } from '../modules/barriers/barriers.policy.js';
import { notificationsPolicy } from '../modules/notifications/notifications.policy.js';
import { orgUnitsPolicy } from '../modules/org-units/org-units.policy.js';
import { outcomesPolicy } from '../modules/outcomes/outcomes.policy.js';
import { partnersPolicy } from '../modules/partners/partners.policy.js';
import { periodsPolicy } from '../modules/periods/periods.policy.js';
import { reportsPolicy } from '../modules/reports/reports.policy.js';
import { isAdmin } from './roles.js';
import { sourceDocumentsPolicy } from '../modules/source-documents/source-documents.policy.js';
import { supportRequestsPolicy } from '../modules/support-requests/support-requests.policy.js';
import { tasksPolicy } from '../modules/tasks/tasks.policy.js';
import { usersPolicy } from '../modules/users/users.policy.js';

/**
 * Every actor-level ability, by `<feature>.<verb>`. The UI receives them with /me, so it hides
 * exactly what the server would refuse.
 */
const abilityTable: Record<string, (actor: Actor) => boolean> = {
  'users.manage': usersPolicy.manage,
  'audit.read': auditPolicy.read,
  'history.read': auditPolicy.readHistory,
  'settings.manage': isAdmin,
  'orgUnits.read': orgUnitsPolicy.read,
  'orgUnits.manage': orgUnitsPolicy.manage,
  'partners.read': partnersPolicy.read,
  'partners.create': (actor) => partnersPolicy.create(actor),
  'partners.manage': partnersPolicy.manage,
  'engagements.read': engagementsPolicy.read,
  'engagements.create': engagementsPolicy.create,
  'sourceDocuments.read': sourceDocumentsPolicy.read,
  'sourceDocuments.create': sourceDocumentsPolicy.create,
  'agreements.read': agreementsPolicy.read,
  'agreements.create': agreementsPolicy.create,
  'agreements.chooseOwner': agreementsPolicy.chooseOwner,
  'commitments.read': commitmentsPolicy.read,
  'commitments.create': commitmentsPolicy.create,
  'tasks.read': tasksPolicy.read,
  'tasks.create': tasksPolicy.create,
  'tasks.assignAny': tasksPolicy.assignAny,
  'imports.run': importsPolicy.run,
  'dashboard.read': dashboardPolicy.read,
  'indicators.manage': indicatorsPolicy.manage,
  'outbox.read': notificationsPolicy.readOutbox,
  'periods.manage': periodsPolicy.manage,
  'reports.read': reportsPolicy.list,
  'reports.write': reportsPolicy.writes,
  'reports.manage': reportsPolicy.manage,
  'periods.approve': periodsPolicy.approve,
  'periods.submit': periodsPolicy.submit,
  'periods.readBoard': periodsPolicy.readBoard,
  'supportRequests.read': supportRequestsPolicy.read,
  'supportRequests.create': supportRequestsPolicy.create,
  'business.workspace': businessPolicy.workspace,
  'imports.activities': activityImportsPolicy.run,
  'activities.read': activitiesPolicy.read,
  'activities.create': activitiesPolicy.create,
  'activities.chooseUnit': activitiesPolicy.chooseUnit,
  'activities.formalism': activitiesPolicy.formalism,
  'outcomes.create': outcomesPolicy.create,
  'outcomes.requestConfirmation': outcomesPolicy.requestConfirmation,
  'marketNotes.create': marketNotesPolicy.create,
  'barriers.read': barriersPolicy.read,
  'barriers.create': barriersPolicy.create,
};

export function abilitiesOf(actor: Actor): Record<string, boolean> {
  return Object.fromEntries(Object.entries(abilityTable).map(([name, check]) => [name, check(actor)]));
}
