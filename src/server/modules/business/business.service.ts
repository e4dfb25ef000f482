import type { BusinessOutcome, BusinessOutcomeListQuery, CompanyProfileUpdate } from '../../../shared/schemas/business.js';
import type { Partner } from '../../../shared/schemas/partners.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { toIso } from '../../lib/dates.js';
import { forbidden, notFound, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { toPartner } from '../partners/partners.service.js';
import { businessPolicy as can } from './business.policy.js';
import { businessRepo } from './business.repo.js';

/** The company the business user speaks for; `forbidden` for anyone else. */
function companyOf(actor: Actor): string {
  if (!can.workspace(actor) || !actor.partnerId) throw forbidden('Only a business user linked to a company has a workspace');
  return actor.partnerId;
}

/** A business user's workspace: the outcomes attributed to their company, its answers, and its profile. */
export function businessService(db: Db) {
  return {
    outcomes: async (actor: Actor, query: BusinessOutcomeListQuery) => {
      const partnerId = companyOf(actor);
      const { rows, total } = await businessRepo.outcomesOf(db, partnerId, query);
      const items = rows.map(({ outcome: o, activity: a, unitNameVi, unitNameEn, pending }): BusinessOutcome => ({
        id: o.id,
        activity: { title: a.title, startDate: a.startDate, endDate: a.endDate, countryCode: a.countryCode },
        unit: { id: a.unitId, name: { vi: unitNameVi, en: unitNameEn } },
        kind: o.kind as BusinessOutcome['kind'],
        value: o.value,
        currency: o.currency,
        quantity: o.quantity,
        product: o.product,
        confirmationStatus: o.confirmationStatus as BusinessOutcome['confirmationStatus'],
        confirmedValue: o.confirmedValue,
        confirmedQuantity: o.confirmedQuantity,
        confirmationNote: o.confirmationNote,
        confirmedAt: toIso(o.confirmedAt),
        confirmationPending: o.confirmationStatus === 'unconfirmed' && Boolean(pending),
      }));
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    company: async (actor: Actor): Promise<Partner> => {
      const row = await partnersRepo.findById(db, companyOf(actor));
      if (!row) throw notFound('Company');
      return toPartner(row);
    },

    /** The business user edits its company's short name, website and description. Throws `conflict` when stale. */
    updateCompany: (actor: Actor, input: CompanyProfileUpdate) =>
      db.transaction(async (tx) => {
        const partnerId = companyOf(actor);
        const before = await partnersRepo.findByIdForUpdate(tx, partnerId);
        if (!before) throw notFound('Company');
        if (before.version !== input.version) throw staleVersion('This company profile');
        const { version, ...values } = input;
        const after = await partnersRepo.update(tx, partnerId, version, values);
        if (!after) throw staleVersion('This company profile');
        await auditRepo.insert(tx, { actor, action: 'partner.updated', entity: 'partner', entityId: partnerId, ...changedFields(before, after) });
        return toPartner(after);
      }),
  };
}
