import type { Actor } from '../../auth/actor.js';
import { editsOwnUnit, isInternal } from '../../policy/roles.js';
import { activitiesPolicy } from '../activities/activities.policy.js';
import type { UnitScope } from '../../policy/scope.js';

type ActivitySide = { unitId: string };
type Claim = { confirmationStatus: string; contactEmail: string | null };

/** Actor-level checks, and per-record ones: an outcome is written by its activity's reporting unit (or HQ). */
export const outcomesPolicy = {
  read: (actor: Actor) => isInternal(actor),
  create: (actor: Actor) => editsOwnUnit(actor),
  requestConfirmation: (actor: Actor) => editsOwnUnit(actor),
  /** Whoever writes the activity writes its results. */
  writer: activitiesPolicy.write,
  /** Record, edit or delete the activity's results: its writer, unless a period lock refuses the change. */
  write: (actor: Actor, scope: UnitScope, activity: ActivitySide, locked: boolean) => activitiesPolicy.write(actor, scope, activity) && !locked,
  /** Ask the business to confirm: the activity's writer, while unanswered and with a contact e-mail. */
  requestConfirmationOf: (actor: Actor, scope: UnitScope, activity: ActivitySide, outcome: Claim, locked: boolean) =>
    activitiesPolicy.write(actor, scope, activity) && !locked && outcome.confirmationStatus === 'unconfirmed' && Boolean(outcome.contactEmail),
};
