import {
  type Fta,
  type Partner,
  type PartnerDetail,
  type PartnerInput,
  type PartnerListQuery,
  type PartnerRef,
  type PartnerUpdate,
} from '../../../shared/schemas/partners.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { forbidden, invalidField, notFound, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { isCountryCode } from '../countries/countries.service.js';
import { partnersPolicy as can } from './partners.policy.js';
import { partnershipsRepo } from '../partnerships/partnerships.repo.js';
import { toPartnership, toPartnershipChange } from '../partnerships/partnerships.service.js';
import { regionsRepo } from '../regions/regions.repo.js';
import { partnersRepo, type FtaRow, type PartnerRow } from './partners.repo.js';

export const toPartner = (row: PartnerRow): Partner => ({
  id: row.id,
  kind: row.kind as Partner['kind'],
  code: row.code,
  name: { vi: row.nameVi, en: row.nameEn },
  shortName: row.shortName,
  countryCode: row.countryCode,
  parentId: row.parentId,
  website: row.website,
  notes: row.notes,
  version: row.version,
});

export const toPartnerRef = (row: PartnerRow): PartnerRef => ({
  id: row.id,
  kind: row.kind as PartnerRef['kind'],
  code: row.code,
  name: { vi: row.nameVi, en: row.nameEn },
  countryCode: row.countryCode,
});

export const toFta = ({ fta, countryCodes }: { fta: FtaRow; countryCodes: string[] }): Fta => ({
  id: fta.id,
  shortName: fta.shortName,
  name: fta.name,
  type: fta.type as Fta['type'],
  partners: fta.partners,
  status: fta.status as Fta['status'],
  signedDate: fta.signedDate,
  inForceDate: fta.inForceDate,
  countryCodes,
  source: fta.source,
});

/** Partners referenced by another record must all exist; the field names the input that listed them. */
export async function requirePartners(ex: Executor, ids: string[], field = 'partnerIds'): Promise<PartnerRow[]> {
  const unique = [...new Set(ids)];
  const rows = await partnersRepo.findByIds(ex, unique);
  if (rows.length !== unique.length) throw invalidField(field, 'Unknown partner');
  return rows;
}

async function checkReferences(ex: Executor, input: Pick<PartnerUpdate, 'countryCode' | 'parentId'>, selfId?: string) {
  if (input.countryCode && !isCountryCode(input.countryCode)) throw invalidField('countryCode', `Unknown country code ${input.countryCode}`);
  if (input.parentId && (input.parentId === selfId || !(await partnersRepo.findById(ex, input.parentId)))) throw invalidField('parentId', 'Unknown parent partner');
}

export function partnersService(db: Db) {
  return {
    list: async (actor: Actor, query: PartnerListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const { rows, total } = await partnersRepo.list(db, query);
      return { items: rows.map(toPartner), total, page: query.page, pageSize: query.pageSize };
    },

    /** A partner; for a country also Viet Nam's level of relations and the FTAs covering it. Throws `not_found`. */
    get: async (actor: Actor, id: string): Promise<PartnerDetail> => {
      if (!can.read(actor)) throw forbidden();
      const row = await partnersRepo.findById(db, id);
      if (!row) throw notFound('Partner');
      if (row.kind !== 'country' || !row.countryCode) return { ...toPartner(row), partnership: null, partnershipHistory: [], region: null, ftas: [] };
      const [history, ftas, region] = await Promise.all([
        partnershipsRepo.list(db, { countryCode: row.countryCode }),
        partnersRepo.ftas(db, row.countryCode),
        regionsRepo.regionOf(db, row.countryCode),
      ]);
      const current = history.at(-1);
      return {
        ...toPartner(row),
        partnership: current ? toPartnership(current) : null,
        partnershipHistory: history.map(toPartnershipChange),
        region,
        ftas: ftas.map(toFta),
      };
    },

    ftas: async (actor: Actor) => {
      if (!can.read(actor)) throw forbidden();
      return { items: (await partnersRepo.ftas(db)).map(toFta) };
    },

    /** Creates a partner; unit editors only foreign localities and companies. Throws `forbidden`, `invalid`, `conflict`. */
    create: (actor: Actor, input: PartnerInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor, input.kind)) throw forbidden(can.create(actor) ? 'Only HQ adds countries and international organisations' : undefined);
        await checkReferences(tx, input);
        const row = await partnersRepo.insert(tx, {
          kind: input.kind,
          code: input.code ?? null,
          nameVi: input.name.vi,
          nameEn: input.name.en,
          shortName: input.shortName ?? null,
          countryCode: input.countryCode ?? (input.kind === 'vietnamese_company' ? 'VN' : null),
          parentId: input.parentId ?? null,
          website: input.website ?? null,
          notes: input.notes ?? null,
        });
        await auditRepo.insert(tx, { actor, action: 'partner.created', entity: 'partner', entityId: row.id, after: row });
        return toPartner(row);
      }),

    /** Edits a partner (HQ). Throws `forbidden`, `not_found`, `conflict` when stale. */
    update: (actor: Actor, id: string, input: PartnerUpdate) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const before = await partnersRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Partner');
        if (before.version !== input.version) throw staleVersion('This partner');
        await checkReferences(tx, input, id);
        const after = await partnersRepo.update(tx, id, input.version, {
          code: input.code,
          nameVi: input.name?.vi,
          nameEn: input.name?.en,
          shortName: input.shortName,
          countryCode: input.countryCode,
          parentId: input.parentId,
          website: input.website,
          notes: input.notes,
        });
        if (!after) throw staleVersion('This partner');
        await auditRepo.insert(tx, { actor, action: 'partner.updated', entity: 'partner', entityId: id, ...changedFields(before, after) });
        return toPartner(after);
      }),
  };
}
