import type {
  Partnership,
  PartnershipChange,
  PartnershipChangeInput,
  PartnershipChangeQuery,
  PartnershipChangeUpdate,
} from '../../../shared/schemas/partners.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { forbidden, invalidField, notFound, readableReference, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { isCountryCode } from '../countries/countries.service.js';
import { createdByOf } from '../engagements/engagements.refs.js';
import { findReadableEngagement } from '../engagements/engagements.service.js';
import { partnersPolicy as can } from '../partners/partners.policy.js';
import { partnershipsRepo, type PartnershipChangeRow, type PartnershipChangeWithEngagement } from './partnerships.repo.js';

export const toPartnershipChange = (row: PartnershipChangeWithEngagement): PartnershipChange => ({
  id: row.id,
  countryCode: row.countryCode,
  fromLevel: row.fromLevel as PartnershipChange['fromLevel'],
  toLevel: row.toLevel as PartnershipChange['toLevel'],
  date: row.date,
  datePrecision: row.datePrecision as PartnershipChange['datePrecision'],
  engagement: row.engagementId && row.engagementTitleVi
    ? { id: row.engagementId, title: { vi: row.engagementTitleVi, en: row.engagementTitleEn! }, startDate: row.engagementStartDate! }
    : null,
  sourceUrl: row.sourceUrl,
  source: row.source,
  demo: row.demo,
  version: row.version,
});

/** The date as precise as it is known: 2008-05, 2013, 2024-10-07. */
export const reducedDate = (row: Pick<PartnershipChangeRow, 'date' | 'datePrecision'>) =>
  row.datePrecision === 'year' ? row.date.slice(0, 4) : row.datePrecision === 'month' ? row.date.slice(0, 7) : row.date;

export const toPartnership = (row: PartnershipChangeRow): Partnership => ({
  countryCode: row.countryCode,
  level: row.toLevel as Partnership['level'],
  established: reducedDate(row),
  upgradedFrom: row.fromLevel,
  source: row.source,
});

async function checkInput(ex: Executor, actor: Actor, input: { countryCode?: string; engagementId?: string | null; fromLevel?: string | null; toLevel?: string }) {
  if (input.countryCode !== undefined && !isCountryCode(input.countryCode)) throw invalidField('countryCode', `Unknown country code ${input.countryCode}`);
  if (input.engagementId) await readableReference(() => findReadableEngagement(ex, actor, input.engagementId!), 'engagementId', 'Unknown engagement');
  if (input.fromLevel && input.fromLevel === input.toLevel) throw invalidField('toLevel', 'The new level must differ from the previous one');
}

const withEngagement = async (ex: Executor, row: PartnershipChangeRow) =>
  (await partnershipsRepo.list(ex, { countryCode: row.countryCode })).find((change) => change.id === row.id)!;

export function partnershipsService(db: Db) {
  return {
    /** Current level per country (its latest change). */
    current: async (actor: Actor) => {
      if (!can.read(actor)) throw forbidden();
      return { items: (await partnershipsRepo.currentLevels(db)).map(toPartnership) };
    },

    /** The dated changes matching the query, with their count: "relations upgraded in [from, to)". */
    changes: async (actor: Actor, query: PartnershipChangeQuery) => {
      if (!can.read(actor)) throw forbidden();
      const rows = await partnershipsRepo.list(db, query);
      return { items: rows.map(toPartnershipChange), total: rows.length };
    },

    /** Records a change (HQ). Throws `forbidden`, `invalid`, `conflict` when the country already reached that level. */
    create: (actor: Actor, input: PartnershipChangeInput) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden('Only HQ records partnership changes');
        await checkInput(tx, actor, input);
        const row = await partnershipsRepo.insert(tx, { ...input, createdBy: createdByOf(actor) });
        await auditRepo.insert(tx, { actor, action: 'partnership_change.created', entity: 'partnership_change', entityId: row.id, after: row });
        return toPartnershipChange(await withEngagement(tx, row));
      }),

    /** Corrects a change (HQ) with the version read. Throws `forbidden`, `not_found`, `invalid`, `conflict`. */
    update: (actor: Actor, id: string, input: PartnershipChangeUpdate) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden('Only HQ corrects partnership changes');
        const before = await partnershipsRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Partnership change');
        if (before.version !== input.version) throw staleVersion('This partnership change');
        const { version, ...values } = input;
        await checkInput(tx, actor, { ...values, fromLevel: values.fromLevel === undefined ? before.fromLevel : values.fromLevel, toLevel: values.toLevel ?? before.toLevel });
        const after = await partnershipsRepo.update(tx, id, version, values);
        if (!after) throw staleVersion('This partnership change');
        await auditRepo.insert(tx, { actor, action: 'partnership_change.updated', entity: 'partnership_change', entityId: id, ...changedFields(before, after) });
        return toPartnershipChange(await withEngagement(tx, after));
      }),

    /** Removes a change recorded in error (HQ), with the version read. */
    remove: (actor: Actor, id: string, version: number) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden('Only HQ corrects partnership changes');
        const before = await partnershipsRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Partnership change');
        if (before.version !== version) throw staleVersion('This partnership change');
        await partnershipsRepo.delete(tx, id);
        await auditRepo.insert(tx, { actor, action: 'partnership_change.deleted', entity: 'partnership_change', entityId: id, before });
      }),
  };
}
