import type {
  CompletenessBoard,
  CompletenessCounts,
  CompletenessQuery,
  CompletenessStatus,
  Period,
  PeriodInput,
  PeriodKind,
  PeriodListQuery,
  PeriodUpdate,
  ReminderInput,
  ReminderResult,
  Submission,
  SubmissionInput,
  SubmissionListQuery,
  SubmissionStatus,
  SubmissionSubmit,
  SubmissionSnapshot,
  SubmissionUpdate,
  UnitRef,
  ChangedRecord,
  FigureKey,
} from '../../../shared/schemas/periods.js';
import { BOARD_UNIT_TYPES, FIGURE_KEYS, REPORTING_UNIT_TYPES } from '../../../shared/schemas/periods.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor, Tx } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope, type UnitScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { notify } from '../notifications/notices.js';
import { notificationsRepo } from '../notifications/notifications.repo.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { periodBounds, periodLabel, periodPosition } from './period-calendar.js';
import { timelinessByType, timelinessOf } from './period-timeliness.js';
import { periodsPolicy as can, EDITABLE } from './periods.policy.js';
import { periodsRepo, REMINDER_KIND, submissionsRepo, type FigureColumn, type PeriodRow, type SubmissionRow, type UnitRow } from './periods.repo.js';

export const toPeriod = (row: PeriodRow): Period => {
  const kind = row.kind as PeriodKind;
  const { year, index } = periodPosition(kind, row.startDate);
  return { id: row.id, kind, year, index, label: periodLabel(kind, year, index), startDate: row.startDate, endDate: row.endDate, dueDate: row.dueDate, open: row.open, version: row.version };
};

export const toUnitRef = (unit: UnitRow): UnitRef => ({ id: unit.id, code: unit.code, type: unit.type as UnitRef['type'], name: { vi: unit.nameVi, en: unit.nameEn } });

/** What the actor may do with a submission; `scope` is the actor's write scope. */
const submissionAbilities = (actor: Actor, scope: UnitScope, row: SubmissionRow, period: PeriodRow): Submission['abilities'] => ({
  update: can.submission.update(actor, scope, row),
  submit: can.submission.submit(actor, scope, row, period),
  approve: can.submission.approve(actor, row),
  return: can.submission.return(actor, row),
  reopen: can.submission.reopen(actor, row),
});

const toSubmissionSummary = (row: SubmissionRow, unit: UnitRow, abilities: Submission['abilities']): Omit<Submission, 'figures' | 'snapshot'> => ({
  id: row.id,
  periodId: row.periodId,
  unit: toUnitRef(unit),
  status: row.status as SubmissionStatus,
  summary: row.summary,
  comment: row.comment,
  submittedBy: row.submittedBy,
  submittedAt: toIso(row.submittedAt),
  decidedBy: row.decidedBy,
  decidedAt: toIso(row.decidedAt),
  version: row.version,
  abilities,
});

type FigureRecords = Record<FigureKey, string[]>;

const FIGURE_COLUMNS: Record<FigureKey, FigureColumn> = {
  activities: 'activities',
  activitiesWithoutResult: 'without_result',
  supportedActivities: 'supported',
  outcomes: 'outcomes',
  confirmedOutcomes: 'confirmed',
};
const OUTCOME_FIGURES: readonly FigureKey[] = ['outcomes', 'confirmedOutcomes'];

/** The ids of the records behind each of the unit's figures for the period (its predecessors included), on `today`. */
export async function figureRecordsOf(ex: Executor, unitId: string, period: PeriodRow, today = todayIso()): Promise<FigureRecords> {
  const columns = await submissionsRepo.figureRecords(ex, await orgUnitsRepo.lineageIds(ex, unitId), period.startDate, period.endDate, today);
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, columns[FIGURE_COLUMNS[key]]])) as FigureRecords;
}

/** The live figures, each with the API query listing what it counts. */
function figuresOf(unitId: string, period: PeriodRow, records: FigureRecords): Submission['figures'] {
  const range = `from=${period.startDate}&to=${period.endDate}&view=mapped`;
  const hrefs: Record<FigureKey, string> = {
    activities: `/api/v1/activities?unitId=${unitId}&${range}`,
    activitiesWithoutResult: `/api/v1/activities?unitId=${unitId}&${range}&flagged=no_result`,
    supportedActivities: `/api/v1/activities?province=${unitId}&${range}`,
    outcomes: `/api/v1/outcomes?unitId=${unitId}&${range}`,
    confirmedOutcomes: `/api/v1/outcomes?unitId=${unitId}&${range}&confirmedOnly=true`,
  };
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, { count: records[key].length, href: hrefs[key] }])) as Submission['figures'];
}

/** The figures as submitted, and per figure the records added, removed or edited since. */
async function snapshotOf(ex: Executor, row: SubmissionRow, live: FigureRecords): Promise<SubmissionSnapshot | null> {
  const frozen = row.frozenFigures;
  if (!frozen || !row.submittedAt) return null;
  const frozenOf = (key: FigureKey) => frozen[key] ?? [];
  const isOutcome = (key: FigureKey) => OUTCOME_FIGURES.includes(key);
  const idsOf = (outcome: boolean, pick: (key: FigureKey) => string[]) => [...new Set(FIGURE_KEYS.filter((key) => isOutcome(key) === outcome).flatMap(pick))];
  const edited = await submissionsRepo.editedSince(ex, idsOf(false, (key) => live[key]), idsOf(true, (key) => live[key]), row.submittedAt);

  const moves = Object.fromEntries(
    FIGURE_KEYS.map((key) => {
      const then = new Set(frozenOf(key));
      const now = new Set(live[key]);
      return [
        key,
        [
          ...live[key].filter((id) => !then.has(id)).map((id) => ({ id, change: 'added' as const })),
          ...frozenOf(key).filter((id) => !now.has(id)).map((id) => ({ id, change: 'removed' as const })),
          ...live[key].filter((id) => then.has(id) && edited.has(id)).map((id) => ({ id, change: 'updated' as const })),
        ],
      ];
    }),
  ) as Record<FigureKey, { id: string; change: ChangedRecord['change'] }[]>;

  const named = new Map(
    (await submissionsRepo.describeRecords(ex, idsOf(false, (key) => moves[key].map((m) => m.id)), idsOf(true, (key) => moves[key].map((m) => m.id)))).map((r) => [r.id, r]),
  );
  const describe = (key: FigureKey, move: { id: string; change: ChangedRecord['change'] }): ChangedRecord => {
    const record = named.get(move.id);
    return {
      ...move,
      type: isOutcome(key) ? 'outcome' : 'activity',
      activityId: record?.activity_id ?? null,
      activityTitle: record?.activity_title ?? null,
      outcomeKind: (record?.outcome_kind as ChangedRecord['outcomeKind']) ?? null,
      businessName: record?.business_name ?? null,
    };
  };
  return {
    frozenAt: toIso(row.submittedAt)!,
    figures: Object.fromEntries(FIGURE_KEYS.map((key) => [key, { count: frozenOf(key).length, recordIds: frozenOf(key) }])) as SubmissionSnapshot['figures'],
    changes: Object.fromEntries(FIGURE_KEYS.map((key) => [key, moves[key].map((move) => describe(key, move))])) as SubmissionSnapshot['changes'],
  };
}

/** Decisions on a report that its unit is told of. */
const TOLD_TO_UNIT = ['period_submission.approved', 'period_submission.returned', 'period_submission.reopened'] as const;
const isToldToUnit = (action: string): action is (typeof TOLD_TO_UNIT)[number] => (TOLD_TO_UNIT as readonly string[]).includes(action);

/** A submission the actor may read (else `not_found`), with its unit. */
export async function findReadableSubmission(ex: Executor, actor: Actor, periodId: string, id: string) {
  if (!can.read(actor)) throw forbidden();
  const found = await submissionsRepo.findById(ex, periodId, id);
  if (!found || !inScope(await readScope(ex, actor), [found.submission.unitId])) throw notFound('Submission');
  return found;
}

export function periodsService(db: Db) {
  const loadPeriod = async (ex: Executor, id: string) => {
    const row = await periodsRepo.findById(ex, id);
    if (!row) throw notFound('Reporting period');
    return row;
  };

  const loadSubmission = async (ex: Executor, actor: Actor, periodId: string, id: string) => ({
    ...(await findReadableSubmission(ex, actor, periodId, id)),
    period: await loadPeriod(ex, periodId),
  });

  const present = async (ex: Executor, actor: Actor, row: SubmissionRow, unit: UnitRow, period: PeriodRow): Promise<Submission> => {
    const live = await figureRecordsOf(ex, unit.id, period);
    return {
      ...toSubmissionSummary(row, unit, submissionAbilities(actor, await writeScope(ex, actor), row, period)),
      figures: figuresOf(unit.id, period, live),
      snapshot: await snapshotOf(ex, row, live),
    };
  };

  /**
   * One status change of a submission, version-checked and audited. `check` throws when the actor or the
   * current state does not allow it.
   */
  const transition = (
    actor: Actor,
    periodId: string,
    id: string,
    version: number,
    action: string,
    check: (ctx: { tx: Tx; row: SubmissionRow; period: PeriodRow }) => Promise<void> | void,
    values: (row: SubmissionRow, ctx: { tx: Tx; period: PeriodRow }) => Partial<SubmissionRow> | Promise<Partial<SubmissionRow>>,
  ) =>
    db.transaction(async (tx) => {
      const { unit, period } = await loadSubmission(tx, actor, periodId, id);
      const before = await submissionsRepo.findByIdForUpdate(tx, periodId, id);
      if (!before) throw notFound('Submission');
      await check({ tx, row: before, period });
      if (before.version !== version) throw staleVersion('This submission');
      const after = await submissionsRepo.update(tx, id, version, await values(before, { tx, period }));
      if (!after) throw staleVersion('This submission');
      await auditRepo.insert(tx, { actor, action, entity: 'period_submission', entityId: id, ...changedFields(before, after) });
      if (isToldToUnit(action)) {
        const facts = { periodId, period: toPeriod(period).label, unit: { vi: unit.nameVi, en: unit.nameEn }, comment: after.comment };
        await notify(tx, await notificationsRepo.usersOfUnit(tx, after.unitId), { kind: action, facts, entity: 'period_submission', entityId: id }, { except: actor });
      }
      return present(tx, actor, after, unit, period);
    });

  const requireStatus = (row: SubmissionRow, allowed: readonly SubmissionStatus[], doing: string) => {
    if (!allowed.includes(row.status as SubmissionStatus)) {
      throw ruleViolated(`Cannot ${doing} a submission that is ${row.status}`, { status: row.status });
    }
  };

  const requireOpen = (period: PeriodRow) => {
    if (!period.open) throw ruleViolated(`The period ${period.label} is closed; ask HQ to reopen it`, { period: 'closed' });
  };

  /** Unit editors act for their own unit (and its predecessors); HQ for any. */
  const requireWriter = async (ex: Executor, actor: Actor, unitId: string) => {
    if (!can.writesFor(actor, await writeScope(ex, actor), unitId)) throw forbidden('Only the unit\'s editors can change its report');
  };

  const requireApprover = (actor: Actor, row: SubmissionRow) => {
    if (!can.approve(actor)) throw forbidden('Only HQ approves or returns reports');
    if (!can.decides(actor, row)) throw ruleViolated('A unit cannot decide on its own report', { unitId: 'own_unit' });
  };

  return {
    list: async (actor: Actor, query: PeriodListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await periodsRepo.list(db, query);
      return { items: rows.map(toPeriod), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      if (!can.read(actor)) throw forbidden();
      return toPeriod(await loadPeriod(db, id));
    },

    /** Opens a period; its dates and label follow from kind, year and index. Throws `forbidden`, `conflict`. */
    create: (actor: Actor, input: PeriodInput) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const { kind, year, index, dueDate } = input;
        const bounds = periodBounds(kind, year, index);
        if (dueDate && dueDate < bounds.startDate) throw invalidField('dueDate', 'The due date is before the period starts');
        const row = await periodsRepo.insert(tx, { kind, ...bounds, label: periodLabel(kind, year, index).en, dueDate: dueDate ?? null, open: true, createdBy: actor.userId });
        await auditRepo.insert(tx, { actor, action: 'period.created', entity: 'reporting_period', entityId: row.id, after: row });
        return toPeriod(row);
      }),

    /** Closes or reopens a period for submissions, or moves its due date. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: PeriodUpdate) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const before = await periodsRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Reporting period');
        if (before.version !== input.version) throw staleVersion('This period');
        if (input.dueDate && input.dueDate < before.startDate) throw invalidField('dueDate', 'The due date is before the period starts');
        const after = await periodsRepo.update(tx, id, input.version, { open: input.open, dueDate: input.dueDate });
        if (!after) throw staleVersion('This period');
        const action = input.open === undefined || input.open === before.open ? 'period.updated' : input.open ? 'period.reopened' : 'period.closed';
        await auditRepo.insert(tx, { actor, action, entity: 'reporting_period', entityId: id, ...changedFields(before, after) });
        return toPeriod(after);
      }),

    listSubmissions: async (actor: Actor, periodId: string, query: SubmissionListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const period = await loadPeriod(db, periodId);
      const { rows, total } = await submissionsRepo.list(db, periodId, query, await readScope(db, actor));
      const scope = await writeScope(db, actor);
      return { items: rows.map((r) => toSubmissionSummary(r.submission, r.unit, submissionAbilities(actor, scope, r.submission, period))), total, page: query.page, pageSize: query.pageSize };
    },

    getSubmission: async (actor: Actor, periodId: string, id: string) => {
      const { submission, unit, period } = await loadSubmission(db, actor, periodId, id);
      return present(db, actor, submission, unit, period);
    },

    /** Starts a unit's draft for an open period; one per unit. Throws `forbidden`, `rule_violated`, `conflict`. */
    createSubmission: (actor: Actor, periodId: string, input: SubmissionInput) =>
      db.transaction(async (tx) => {
        if (!can.read(actor)) throw forbidden();
        const period = await loadPeriod(tx, periodId);
        const unitId = input.unitId ?? actor.unitId;
        if (!unitId) throw invalidField('unitId', 'Name the unit whose report this is');
        await requireWriter(tx, actor, unitId);
        const unit = await orgUnitsRepo.findById(tx, unitId);
        if (!unit) throw invalidField('unitId', 'Unknown unit');
        if (!(REPORTING_UNIT_TYPES as readonly string[]).includes(unit.type)) throw ruleViolated('Only missions, provinces and ministries submit period reports', { unitId: 'not_reporting' });
        requireOpen(period);
        const row = await submissionsRepo.insert(tx, { periodId, unitId, status: 'draft', summary: input.summary ?? null, createdBy: actor.userId });
        await auditRepo.insert(tx, { actor, action: 'period_submission.created', entity: 'period_submission', entityId: row.id, after: row });
        return present(tx, actor, row, unit, period);
      }),

    /** Edits a draft or returned report's summary. */
    updateSubmission: (actor: Actor, periodId: string, id: string, input: SubmissionUpdate) =>
      transition(
        actor,
        periodId,
        id,
        input.version,
        'period_submission.updated',
        async ({ tx, row }) => {
          await requireWriter(tx, actor, row.unitId);
          requireStatus(row, EDITABLE, 'edit');
        },
        () => ({ summary: input.summary }),
      ),

    /** Sends a draft or returned report to HQ; it needs a summary. */
    submit: (actor: Actor, periodId: string, id: string, input: SubmissionSubmit) =>
      transition(
        actor,
        periodId,
        id,
        input.version,
        'period_submission.submitted',
        async ({ tx, row, period }) => {
          await requireWriter(tx, actor, row.unitId);
          requireStatus(row, EDITABLE, 'submit');
          requireOpen(period);
          if (!(input.summary ?? row.summary)) throw invalidField('summary', 'Write a summary before submitting');
        },
        async (row, { tx, period }) => ({
          status: 'submitted',
          summary: input.summary ?? row.summary,
          submittedBy: actor.userId,
          submittedAt: new Date(),
          frozenFigures: await figureRecordsOf(tx, row.unitId, period),
        }),
      ),

    /** HQ approves a submitted report, which locks the unit's records dated in the period. Never one's own unit's. */
    approve: (actor: Actor, periodId: string, id: string, version: number) =>
      transition(
        actor,
        periodId,
        id,
        version,
        'period_submission.approved',
        ({ row }) => {
          requireApprover(actor, row);
          requireStatus(row, ['submitted'], 'approve');
        },
        () => ({ status: 'approved', decidedBy: actor.userId, decidedAt: new Date() }),
      ),

    /** HQ returns a submitted report with a comment; the unit edits and submits again. */
    returnSubmission: (actor: Actor, periodId: string, id: string, input: { comment: string; version: number }) =>
      transition(
        actor,
        periodId,
        id,
        input.version,
        'period_submission.returned',
        ({ row }) => {
          requireApprover(actor, row);
          requireStatus(row, ['submitted'], 'return');
        },
        () => ({ status: 'returned', comment: input.comment, decidedBy: actor.userId, decidedAt: new Date() }),
      ),

    /** HQ reopens an approved report with a reason: the lock lifts and the unit may edit and resubmit. */
    reopen: (actor: Actor, periodId: string, id: string, input: { reason: string; version: number }) =>
      transition(
        actor,
        periodId,
        id,
        input.version,
        'period_submission.reopened',
        ({ row }) => {
          if (!can.manage(actor)) throw forbidden('Only HQ reopens an approved report');
          requireStatus(row, ['approved'], 'reopen');
        },
        () => ({ status: 'returned', comment: input.reason, decidedBy: actor.userId, decidedAt: new Date() }),
      ),

    /** Every mission and province current at the period's end with its submission status, and the tallies. */
    completeness: async (actor: Actor, periodId: string, query: CompletenessQuery, today = todayIso()): Promise<CompletenessBoard> => {
      if (!can.readBoard(actor)) throw forbidden();
      const period = await loadPeriod(db, periodId);
      const { asOf, entries } = await boardOf(db, period);
      const timed = entries.map((entry) => ({ ...entry, type: entry.unit.type, timeliness: timelinessOf(entry.status, entry.submission?.submittedAt, period.dueDate, today) }));
      const ofType = timed.filter((entry) => !query.type || entry.unit.type === query.type);
      const counts: CompletenessCounts = { total: ofType.length, none: 0, draft: 0, submitted: 0, approved: 0, returned: 0 };
      for (const entry of ofType) counts[entry.status] += 1;
      return {
        period: toPeriod(period),
        asOf,
        counts,
        timelinessByType: timelinessByType(timed),
        items: ofType
          .filter((entry) => (!query.status || entry.status === query.status) && (!query.timeliness || entry.timeliness === query.timeliness))
          .map(({ unit, status, timeliness, submission }) => ({
            unit: toUnitRef(unit),
            status,
            timeliness,
            submissionId: submission?.id ?? null,
            submittedAt: toIso(submission?.submittedAt ?? null),
            decidedAt: toIso(submission?.decidedAt ?? null),
          })),
      };
    },

    /**
     * Reminds the editors of units on the board that have not submitted (all, or those named): an in-app
     * notification and an e-mail each, at most once per unit and period per day. Throws `forbidden`, `invalid`.
     */
    remind: (actor: Actor, periodId: string, input: ReminderInput, day = todayIso()): Promise<ReminderResult> =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const period = await loadPeriod(tx, periodId);
        const { entries } = await boardOf(tx, period);
        const named = input.unitIds ? new Set(input.unitIds) : undefined;
        const unknown = input.unitIds?.filter((id) => !entries.some((entry) => entry.unit.id === id));
        if (unknown?.length) throw invalidField('unitIds', `Not a mission or province reporting for this period: ${unknown.join(', ')}`);
        const pending = entries.filter((entry) => ['none', 'draft', 'returned'].includes(entry.status) && (!named || named.has(entry.unit.id)));
        const dto = toPeriod(period);
        const result: ReminderResult = { day, reminded: [], alreadyReminded: [], noRecipients: [] };
        for (const { unit } of pending) {
          if (await submissionsRepo.remindedOn(tx, periodId, unit.id, day)) {
            result.alreadyReminded.push(unit.id);
            continue;
          }
          const editors = await notificationsRepo.usersOfUnit(tx, unit.id, ['unit_editor']);
          if (editors.length === 0) {
            result.noRecipients.push(unit.id);
            continue;
          }
          const facts = { period: dto.label, unit: { vi: unit.nameVi, en: unit.nameEn }, dueDate: dto.dueDate };
          await notify(tx, editors, { kind: REMINDER_KIND, facts, entity: 'reporting_period', entityId: periodId });
          result.reminded.push({ unitId: unit.id, recipients: editors.length });
        }
        if (result.reminded.length > 0) {
          await auditRepo.insert(tx, { actor, action: 'period.reminders_sent', entity: 'reporting_period', entityId: periodId, after: { day, reminded: result.reminded } });
        }
        return result;
      }),
  };
}

/** The missions and provinces valid on the period's (exclusive) end, i.e. those that report it, with their status. */
async function boardOf(ex: Executor, period: PeriodRow) {
  const asOf = period.endDate;
  const units = (await Promise.all(BOARD_UNIT_TYPES.map((t) => orgUnitsRepo.list(ex, { type: t, asOf, page: 1, pageSize: 500 })))).flatMap((r) => r.rows.map((row) => row.unit));
  const submissions = new Map((await submissionsRepo.allOfPeriod(ex, period.id)).map((row) => [row.unitId, row]));
  const entries = units.map((unit) => {
    const submission = submissions.get(unit.id);
    return { unit, submission, status: (submission?.status ?? 'none') as CompletenessStatus };
  });
  return { asOf, entries };
}
