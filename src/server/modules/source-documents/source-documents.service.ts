import type {
  SourceDocument,
  SourceDocumentInput,
  SourceDocumentKind,
  SourceDocumentListQuery,
  SourceDocumentPromised,
  SourceDocumentUpdate,
} from '../../../shared/schemas/source-documents.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { todayIso, toIso } from '../../lib/dates.js';
import { forbidden, notFound, readableReference, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { promisedOf } from '../dashboard/dashboard.service.js';
import { createdByOf } from '../engagements/engagements.refs.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { sourceDocumentsPolicy as can } from './source-documents.policy.js';
import { sourceDocumentsRepo, type SourceDocumentRow } from './source-documents.repo.js';

async function present(ex: Executor, actor: Actor, rows: SourceDocumentRow[]): Promise<SourceDocument[]> {
  const engagements = await sourceDocumentsRepo.engagementTitles(ex, [...new Set(rows.flatMap((row) => (row.engagementId ? [row.engagementId] : [])))]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as SourceDocumentKind,
    number: row.number,
    issuedDate: row.issuedDate,
    issuer: row.issuer,
    title: { vi: row.titleVi, en: row.titleEn },
    text: row.text,
    url: row.url,
    engagement: (row.engagementId && engagements.get(row.engagementId)) || null,
    demo: row.demo,
    version: row.version,
    createdAt: toIso(row.createdAt)!,
    updatedAt: toIso(row.updatedAt)!,
    abilities: { update: can.update(actor) },
  }));
}

/** Readable: the document, or `not_found` when absent; `forbidden` for an external user. */
export async function findReadableSourceDocument(ex: Executor, actor: Actor, id: string, forUpdate = false): Promise<SourceDocumentRow> {
  if (!can.read(actor)) throw forbidden();
  const row = forUpdate ? await sourceDocumentsRepo.findByIdForUpdate(ex, id) : await sourceDocumentsRepo.findById(ex, id);
  if (!row) throw notFound('Source document');
  return row;
}

/** Writable: readable, and the actor is HQ (`forbidden` otherwise). */
export async function findWritableSourceDocument(ex: Executor, actor: Actor, id: string): Promise<SourceDocumentRow> {
  const row = await findReadableSourceDocument(ex, actor, id, true);
  if (!can.update(actor)) throw forbidden('Only HQ records and corrects source documents');
  return row;
}

/** The conference a document records must be one the actor reads; it answers like a missing one otherwise. */
async function checkEngagement(ex: Executor, actor: Actor, engagementId: string | null | undefined) {
  if (engagementId) await readableReference(() => findReadableEngagement(ex, actor, engagementId), 'engagementId', 'Unknown engagement');
}

export function sourceDocumentsService(db: Db) {
  const load = async (ex: Executor, actor: Actor, id: string) => (await present(ex, actor, [(await sourceDocumentsRepo.findById(ex, id))!]))[0]!;

  return {
    /** Every source document, newest first; for every internal user. */
    list: async (actor: Actor, query: SourceDocumentListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await sourceDocumentsRepo.list(db, query);
      return { items: await present(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      await findReadableSourceDocument(db, actor, id);
      return load(db, actor, id);
    },

    /** Records a document (HQ). Throws `forbidden`, `invalid`. */
    create: (actor: Actor, input: SourceDocumentInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden('Only HQ records source documents');
        await checkEngagement(tx, actor, input.engagementId);
        const row = await sourceDocumentsRepo.insert(tx, {
          kind: input.kind,
          number: input.number ?? null,
          issuedDate: input.issuedDate,
          issuer: input.issuer,
          titleVi: input.title.vi,
          titleEn: input.title.en,
          text: input.text ?? null,
          url: input.url ?? null,
          engagementId: input.engagementId ?? null,
          createdBy: createdByOf(actor),
        });
        await auditRepo.insert(tx, { actor, action: 'source_document.created', entity: 'source_document', entityId: row.id, after: row });
        return load(tx, actor, row.id);
      }),

    /** Corrects a document (HQ); send the version read. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: SourceDocumentUpdate) =>
      db.transaction(async (tx) => {
        const before = await findWritableSourceDocument(tx, actor, id);
        if (before.version !== input.version) throw staleVersion('This source document');
        await checkEngagement(tx, actor, input.engagementId);
        const after = await sourceDocumentsRepo.update(tx, id, input.version, {
          kind: input.kind,
          number: input.number,
          issuedDate: input.issuedDate,
          issuer: input.issuer,
          titleVi: input.title?.vi,
          titleEn: input.title?.en,
          text: input.text,
          url: input.url,
          engagementId: input.engagementId,
        });
        if (!after) throw staleVersion('This source document');
        await auditRepo.insert(tx, { actor, action: 'source_document.updated', entity: 'source_document', entityId: id, ...changedFields(before, after) });
        return load(tx, actor, id);
      }),

    /** The commitments the document gave and the tasks delivering them; a unit user sees its units' ones. */
    promised: async (actor: Actor, id: string, asOf = todayIso()): Promise<SourceDocumentPromised> => {
      const row = await findReadableSourceDocument(db, actor, id);
      return {
        sourceDocument: { id: row.id, title: { vi: row.titleVi, en: row.titleEn }, issuedDate: row.issuedDate },
        ...(await promisedOf(db, actor, { sourceDocumentId: id }, asOf)),
      };
    },
  };
}
