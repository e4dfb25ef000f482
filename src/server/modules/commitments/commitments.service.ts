import {
  SETTLED_COMMITMENT_STATUSES,
  SOURCE_REQUIRED_MESSAGE,
  type Commitment,
  type CommitmentInput,
  type CommitmentListQuery,
  type CommitmentStatus,
  type CommitmentUpdate,
  type SplitInput,
  type SplitResult,
} from '../../../shared/schemas/commitments.js';
import { deadlineWarnings } from '../../../shared/schemas/deadlines.js';
import { COMPLETED_TASK_STATUSES, type TaskStatus } from '../../../shared/schemas/tasks.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, readableReference, staleVersion } from '../../lib/errors.js';
import { inScope, readScope, writeScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { findReadable as findReadableAgreement } from '../agreements/agreements.service.js';
import { createdByOf, requireUnits, toUnitRef, unitRefs } from '../engagements/engagements.refs.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { findReadableSourceDocument } from '../source-documents/source-documents.service.js';
import { commitmentsPolicy as can } from './commitments.policy.js';
import { commitmentsRepo, type CommitmentRow } from './commitments.repo.js';
import { suggestOwnerUnit } from './commitments.owner.js';
import { splitCommitments } from './commitments.split.js';
import { unitsInView } from '../org-units/unit-view.js';

/** Builds the DTOs of a page of commitments with their units and task progress, in three queries. */
async function present(ex: Executor, actor: Actor, rows: CommitmentRow[]): Promise<Commitment[]> {
  const ids = rows.map((row) => row.id);
  const [coOwners, progress, scope] = await Promise.all([commitmentsRepo.coOwnersOf(ex, ids), commitmentsRepo.progressOf(ex, ids), writeScope(ex, actor)]);
  const idsOf = (key: 'agreementId' | 'engagementId' | 'sourceDocumentId') => [...new Set(rows.flatMap((row) => (row[key] ? [row[key]] : [])))];
  const sources = await commitmentsRepo.sourcesOf(ex, idsOf('agreementId'), idsOf('engagementId'), idsOf('sourceDocumentId'));
  const units = await unitRefs(ex, [...rows.map((row) => row.ownerUnitId), ...coOwners.map((link) => link.unitId)]);
  const today = todayIso();
  const expiry = (row: CommitmentRow) => (row.agreementId && sources.expiries.get(row.agreementId)) || null;
  return rows.map((row) => {
    const status = row.status as CommitmentStatus;
    const counts = progress.find((p) => p.commitmentId === row.id);
    return {
      id: row.id,
      title: row.title,
      sourceQuote: row.sourceQuote,
      agreementId: row.agreementId,
      engagementId: row.engagementId,
      sourceDocumentId: row.sourceDocumentId,
      agreement: (row.agreementId && sources.agreements.get(row.agreementId)) || null,
      engagement: (row.engagementId && sources.engagements.get(row.engagementId)) || null,
      sourceDocument: (row.sourceDocumentId && sources.sourceDocuments.get(row.sourceDocumentId)) || null,
      ownerUnit: units.get(row.ownerUnitId)!,
      coOwnerUnits: coOwners.filter((link) => link.commitmentId === row.id).map((link) => units.get(link.unitId)!),
      dueDate: row.dueDate,
      agreementExpiryDate: expiry(row),
      deadlineWarnings: deadlineWarnings('dueDate', row.dueDate, 'agreement_expiry', expiry(row)),
      indicatorCode: row.indicatorCode,
      fields: row.fields,
      status,
      overdue: row.dueDate !== null && row.dueDate < today && !SETTLED_COMMITMENT_STATUSES.includes(status),
      progress: { tasks: counts?.tasks ?? 0, completed: counts?.completed ?? 0 },
      unassigned: (counts?.tasks ?? 0) === 0,
      version: row.version,
      createdAt: toIso(row.createdAt)!,
      updatedAt: toIso(row.updatedAt)!,
      abilities: { update: can.update(actor, scope, row) },
    };
  });
}

async function unitsOf(ex: Executor, row: CommitmentRow): Promise<string[]> {
  return [row.ownerUnitId, ...(await commitmentsRepo.coOwnersOf(ex, [row.id])).map((link) => link.unitId)];
}

/** Readable: the commitment, or `not_found` when absent or outside the actor's units (ids do not leak). */
export async function findReadableCommitment(ex: Executor, actor: Actor, id: string, forUpdate = false): Promise<CommitmentRow> {
  if (!can.read(actor)) throw forbidden();
  const row = forUpdate ? await commitmentsRepo.findByIdForUpdate(ex, id) : await commitmentsRepo.findById(ex, id);
  if (!row || !inScope(await readScope(ex, actor), await unitsOf(ex, row))) throw notFound('Commitment');
  return row;
}

/**
 * The status a commitment's top-level tasks imply: all completed ⇒ fulfilled; all dropped ⇒ not pursued;
 * some completed ⇒ partially fulfilled; otherwise open. Without tasks the status stays as it is.
 */
export function deriveCommitmentStatus(taskStatuses: readonly TaskStatus[], current: CommitmentStatus): CommitmentStatus {
  if (taskStatuses.length === 0) return current;
  const completed = taskStatuses.filter((status) => COMPLETED_TASK_STATUSES.includes(status)).length;
  if (completed === taskStatuses.length) return 'fulfilled';
  if (taskStatuses.every((status) => status === 'not_pursued')) return 'not_pursued';
  return completed > 0 ? 'partially_fulfilled' : 'open';
}

/** Re-derives a commitment's status from its tasks inside the caller's transaction, auditing a change. */
export async function recomputeCommitmentStatus(tx: Executor, actor: Actor, commitmentId: string): Promise<CommitmentStatus> {
  const before = await commitmentsRepo.findByIdForUpdate(tx, commitmentId);
  if (!before) throw notFound('Commitment');
  const statuses = (await commitmentsRepo.topLevelTaskStatuses(tx, commitmentId)) as TaskStatus[];
  const status = deriveCommitmentStatus(statuses, before.status as CommitmentStatus);
  if (status === before.status) return status;
  await commitmentsRepo.update(tx, commitmentId, before.version, { status });
  await auditRepo.insert(tx, { actor, action: 'commitment.status_derived', entity: 'commitment', entityId: commitmentId, before: { status: before.status }, after: { status } });
  return status;
}

/** Checks a commitment's references and that a unit editor owns it; `prefix` names the item in a bulk request. */
async function checkInput(ex: Executor, actor: Actor, input: Partial<CommitmentInput>, prefix = '') {
  if (input.ownerUnitId) {
    await requireUnits(ex, [input.ownerUnitId], `${prefix}ownerUnitId`);
    if (!inScope(await writeScope(ex, actor), [input.ownerUnitId])) throw forbidden('You can record commitments owned by your own unit only');
  }
  if (input.coOwnerUnitIds) await requireUnits(ex, input.coOwnerUnitIds, `${prefix}coOwnerUnitIds`);
  // Resolved like a GET: a record the actor cannot read answers exactly like one that does not exist.
  if (input.agreementId) await readableReference(() => findReadableAgreement(ex, actor, input.agreementId!), `${prefix}agreementId`, 'Unknown agreement');
  if (input.engagementId) await readableReference(() => findReadableEngagement(ex, actor, input.engagementId!), `${prefix}engagementId`, 'Unknown engagement');
  if (input.sourceDocumentId)
    await readableReference(() => findReadableSourceDocument(ex, actor, input.sourceDocumentId!), `${prefix}sourceDocumentId`, 'Unknown source document');
}

/** Inserts a checked commitment with its co-owners and audit row, inside the caller's transaction. */
export async function insertCommitment(tx: Executor, actor: Actor, input: CommitmentInput): Promise<CommitmentRow> {
  const coOwnerUnitIds = [...new Set(input.coOwnerUnitIds)].filter((id) => id !== input.ownerUnitId);
  const row = await commitmentsRepo.insert(tx, {
    title: input.title,
    sourceQuote: input.sourceQuote ?? null,
    agreementId: input.agreementId ?? null,
    engagementId: input.engagementId ?? null,
    sourceDocumentId: input.sourceDocumentId ?? null,
    ownerUnitId: input.ownerUnitId,
    dueDate: input.dueDate ?? null,
    indicatorCode: input.indicatorCode ?? null,
    fields: [...new Set(input.fields)],
    status: 'open',
    createdBy: createdByOf(actor),
  });
  await commitmentsRepo.setCoOwners(tx, row.id, coOwnerUnitIds);
  await auditRepo.insert(tx, { actor, action: 'commitment.created', entity: 'commitment', entityId: row.id, after: { ...row, coOwnerUnitIds } });
  return row;
}

export function commitmentsService(db: Db) {
  const load = async (ex: Executor, actor: Actor, id: string) => (await present(ex, actor, [(await commitmentsRepo.findById(ex, id))!]))[0]!;

  return {
    /** Commitments the actor reaches: all for HQ and leadership, else those owned or co-owned by their unit's lineage. */
    list: async (actor: Actor, query: CommitmentListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const unitIds = await unitsInView(db, query.unitId, query.view);
      const { rows, total } = await commitmentsRepo.list(db, { ...query, unitIds, scope: await readScope(db, actor), today: todayIso() });
      return { items: await present(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await findReadableCommitment(db, actor, id);
      return load(db, actor, id);
    },

    /** Records a commitment; a unit editor only one owned by their unit. Throws `forbidden`, `invalid`. */
    create: (actor: Actor, input: CommitmentInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        await checkInput(tx, actor, input);
        const row = await insertCommitment(tx, actor, input);
        return load(tx, actor, row.id);
      }),

    /** Records accepted candidates all or nothing: one bad item rolls back every other. Errors name `items.N.field`. */
    createMany: (actor: Actor, items: CommitmentInput[]) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        const rows: CommitmentRow[] = [];
        for (const [index, input] of items.entries()) {
          await checkInput(tx, actor, input, `items.${index}.`);
          rows.push(await insertCommitment(tx, actor, input));
        }
        return { items: await present(tx, actor, rows) };
      }),

    /** Edits a commitment the actor's unit owns (or any, for HQ); the status stays derived. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: CommitmentUpdate) =>
      db.transaction(async (tx) => {
        const before = await findReadableCommitment(tx, actor, id, true);
        if (!can.update(actor, await writeScope(tx, actor), before)) throw forbidden('Only the owner unit (or HQ) edits this commitment');
        if (before.version !== input.version) throw staleVersion('This commitment');
        const agreementId = input.agreementId === undefined ? before.agreementId : input.agreementId;
        const engagementId = input.engagementId === undefined ? before.engagementId : input.engagementId;
        const sourceDocumentId = input.sourceDocumentId === undefined ? before.sourceDocumentId : input.sourceDocumentId;
        if (!agreementId && !engagementId && !sourceDocumentId) throw invalidField('agreementId', SOURCE_REQUIRED_MESSAGE);
        await checkInput(tx, actor, input);
        const beforeCoOwners = (await commitmentsRepo.coOwnersOf(tx, [id])).map((link) => link.unitId);
        const ownerUnitId = input.ownerUnitId ?? before.ownerUnitId;
        const coOwnerUnitIds = [...new Set(input.coOwnerUnitIds ?? beforeCoOwners)].filter((unitId) => unitId !== ownerUnitId);
        const after = await commitmentsRepo.update(tx, id, input.version, {
          title: input.title,
          sourceQuote: input.sourceQuote,
          agreementId: input.agreementId,
          engagementId: input.engagementId,
          sourceDocumentId: input.sourceDocumentId,
          ownerUnitId: input.ownerUnitId,
          dueDate: input.dueDate,
          indicatorCode: input.indicatorCode,
          fields: input.fields ? [...new Set(input.fields)] : undefined,
        });
        if (!after) throw staleVersion('This commitment');
        await commitmentsRepo.setCoOwners(tx, id, coOwnerUnitIds);
        await auditRepo.insert(tx, {
          actor,
          action: 'commitment.updated',
          entity: 'commitment',
          entityId: id,
          ...changedFields({ ...before, coOwnerUnitIds: beforeCoOwners }, { ...after, coOwnerUnitIds }),
        });
        return load(tx, actor, id);
      }),

    /** Candidate commitments in a pasted text, for a person to accept; nothing is stored. */
    split: async (actor: Actor, input: SplitInput): Promise<SplitResult> => {
      if (!can.create(actor)) throw forbidden();
      const agreement = input.agreementId ? await readableReference(() => findReadableAgreement(db, actor, input.agreementId!), 'agreementId', 'Unknown agreement') : undefined;
      const candidates = splitCommitments(input.text, { locale: input.locale, referenceDate: input.referenceDate ?? todayIso() });
      // The owner the text points at, among today's units; offered only when the caller may record a commitment for it.
      const today = todayIso();
      const units = candidates.some((candidate) => candidate.assignee)
        ? (await orgUnitsRepo.all(db)).filter((unit) => (!unit.validFrom || unit.validFrom <= today) && (!unit.validTo || unit.validTo > today))
        : [];
      const scope = await writeScope(db, actor);
      const suggested = (candidate: (typeof candidates)[number]) => {
        const unit = suggestOwnerUnit(candidate, units);
        return unit && inScope(scope, [unit.id]) ? toUnitRef(unit) : null;
      };
      return {
        candidates: candidates.map((candidate) => ({
          ...candidate,
          suggestedOwnerUnit: suggested(candidate),
          deadlineWarnings: deadlineWarnings('dueDate', candidate.dueDate, 'agreement_expiry', agreement?.agreement.expiryDate),
        })),
      };
    },
  };
}
