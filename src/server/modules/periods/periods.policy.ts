import type { SubmissionStatus } from '../../../shared/schemas/periods.js';
import type { Actor } from '../../auth/actor.js';
import { editsEverything, editsOwnUnit, isInternal, readsEverything } from '../../policy/roles.js';
import { inScope, type UnitScope } from '../../policy/scope.js';

type SubmissionFacts = { unitId: string; status: string };

/** Statuses in which the unit still edits and submits its report. */
export const EDITABLE: readonly SubmissionStatus[] = ['draft', 'returned'];

/** The unit's editors (and those of units it succeeded), or HQ; `scope` is the actor's write scope. */
const writesFor = (actor: Actor, scope: UnitScope, unitId: string) => editsOwnUnit(actor) && inScope(scope, [unitId]);
/** HQ decides on a report, never on its own unit's. */
const decides = (actor: Actor, submission: SubmissionFacts) => editsEverything(actor) && actor.unitId !== submission.unitId;
const editable = (submission: SubmissionFacts) => EDITABLE.includes(submission.status as SubmissionStatus);

export const periodsPolicy = {
  read: (actor: Actor) => isInternal(actor),
  /** Open, close and reopen periods; send reminders. */
  manage: (actor: Actor) => editsEverything(actor),
  /** Approve or return a unit's submission (never one's own unit's: see `decides`). */
  approve: (actor: Actor) => editsEverything(actor),
  /** Draft and submit a unit's report (the unit's editors; HQ on a unit's behalf). */
  submit: (actor: Actor) => editsOwnUnit(actor),
  readBoard: (actor: Actor) => readsEverything(actor),
  writesFor,
  decides,
  /** Per-submission abilities; the service refuses exactly what these deny. */
  submission: {
    update: (actor: Actor, scope: UnitScope, s: SubmissionFacts) => writesFor(actor, scope, s.unitId) && editable(s),
    submit: (actor: Actor, scope: UnitScope, s: SubmissionFacts, period: { open: boolean }) => writesFor(actor, scope, s.unitId) && editable(s) && period.open,
    approve: (actor: Actor, s: SubmissionFacts) => decides(actor, s) && s.status === 'submitted',
    return: (actor: Actor, s: SubmissionFacts) => decides(actor, s) && s.status === 'submitted',
    reopen: (actor: Actor, s: SubmissionFacts) => editsEverything(actor) && s.status === 'approved',
  },
};
