import type {
  OrgUnitDetail,
  OrgUnitInput,
  OrgUnitLink,
  OrgUnitListQuery,
  OrgUnitSummary,
  OrgUnitUpdate,
  ReorganisationInput,
} from '../../../shared/schemas/org-units.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { countryName, isCountryCode } from '../countries/countries.service.js';
import { orgUnitsPolicy as can } from './org-units.policy.js';
import { orgUnitsRepo, type OrgUnitRow } from './org-units.repo.js';

export const toSummary = (row: OrgUnitRow, parentId: string | null = null): OrgUnitSummary => ({
  id: row.id,
  code: row.code,
  type: row.type as OrgUnitSummary['type'],
  kind: row.kind as OrgUnitSummary['kind'],
  name: { vi: row.nameVi, en: row.nameEn },
  shortName: row.shortName,
  countryCode: row.countryCode,
  city: row.city,
  validFrom: row.validFrom,
  validTo: row.validTo,
  parentId,
});

const toLink = ({ unit, link }: { unit: OrgUnitRow; link: { kind: string; effectiveDate: string; note: string | null } }): OrgUnitLink => ({
  unit: { id: unit.id, code: unit.code, name: { vi: unit.nameVi, en: unit.nameEn }, type: unit.type as OrgUnitSummary['type'], validFrom: unit.validFrom, validTo: unit.validTo },
  kind: link.kind as OrgUnitLink['kind'],
  effectiveDate: link.effectiveDate,
  note: link.note,
});

function checkCountry(countryCode: string | null | undefined) {
  if (countryCode && !isCountryCode(countryCode)) throw invalidField('countryCode', `Unknown country code ${countryCode}`);
}

export function orgUnitsService(db: Db) {
  return {
    list: async (actor: Actor, query: OrgUnitListQuery & { history?: boolean }) => {
      if (!can.read(actor)) throw forbidden();
      const asOf = query.asOf ?? todayIso();
      const { rows, total } = await orgUnitsRepo.list(db, { ...query, asOf });
      return { items: rows.map(({ unit, parentId }) => toSummary(unit, parentId)), total, page: query.page, pageSize: query.pageSize };
    },

    /** A unit with its parents by period, its lineage and the current units it rolls up to. Throws `not_found`. */
    get: async (actor: Actor, id: string, asOf = todayIso()): Promise<OrgUnitDetail> => {
      if (!can.read(actor)) throw forbidden();
      const unit = await orgUnitsRepo.findById(db, id);
      if (!unit) throw notFound('Unit');
      const [parents, predecessors, successors, currentUnits, childCount] = await Promise.all([
        orgUnitsRepo.parentsOf(db, id),
        orgUnitsRepo.predecessorsOf(db, id),
        orgUnitsRepo.successorsOf(db, id),
        orgUnitsRepo.currentUnitsOf(db, id, asOf),
        orgUnitsRepo.countChildren(db, id, asOf),
      ]);
      const currentParent = parents.find((p) => (!p.validFrom || p.validFrom <= asOf) && (!p.validTo || p.validTo > asOf));
      return {
        ...toSummary(unit, currentParent?.parent.id ?? null),
        source: unit.source,
        countryName: unit.countryCode ? countryName(unit.countryCode) : null,
        version: unit.version,
        parents: parents.map((p) => ({
          parent: { id: p.parent.id, code: p.parent.code, name: { vi: p.parent.nameVi, en: p.parent.nameEn } },
          validFrom: p.validFrom,
          validTo: p.validTo,
        })),
        predecessors: predecessors.map(toLink),
        successors: successors.map(toLink),
        currentUnits: currentUnits.map((u) => ({ id: u.id, code: u.code, name: { vi: u.name_vi, en: u.name_en } })),
        childCount,
      };
    },

    /** Creates a unit (and its first parent period). Throws `forbidden`, `invalid`, `conflict`. */
    create: (actor: Actor, input: OrgUnitInput) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        checkCountry(input.countryCode);
        if (input.parentId && !(await orgUnitsRepo.findById(tx, input.parentId))) throw invalidField('parentId', 'Unknown parent unit');
        const row = await orgUnitsRepo.insert(tx, {
          code: input.code,
          type: input.type,
          kind: input.kind,
          nameVi: input.name.vi,
          nameEn: input.name.en,
          shortName: input.shortName ?? null,
          countryCode: input.countryCode ?? null,
          city: input.city ?? null,
          validFrom: input.validFrom ?? null,
          source: input.source ?? null,
        });
        if (input.parentId) await orgUnitsRepo.insertParent(tx, { unitId: row.id, parentId: input.parentId, validFrom: input.validFrom ?? null });
        await auditRepo.insert(tx, { actor, action: 'org_unit.created', entity: 'org_unit', entityId: row.id, after: { ...row, parentId: input.parentId ?? null } });
        return toSummary(row, input.parentId ?? null);
      }),

    /** Edits names, codes and descriptive fields; history changes go through `reorganise`. Throws `conflict` on a stale version. */
    update: (actor: Actor, id: string, input: OrgUnitUpdate) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        checkCountry(input.countryCode);
        const before = await orgUnitsRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('Unit');
        if (before.version !== input.version) throw staleVersion('This unit');
        const after = await orgUnitsRepo.update(tx, id, input.version, {
          code: input.code,
          kind: input.kind,
          nameVi: input.name?.vi,
          nameEn: input.name?.en,
          shortName: input.shortName,
          countryCode: input.countryCode,
          city: input.city,
          source: input.source,
        });
        if (!after) throw staleVersion('This unit');
        await auditRepo.insert(tx, { actor, action: 'org_unit.updated', entity: 'org_unit', entityId: id, ...changedFields(before, after) });
        return toSummary(after);
      }),

    /**
     * Records a merger, split or rename on `effectiveDate`: predecessors that do not continue end that day
     * (periods are half-open) and are linked to the successors, so their records roll up. Throws `rule_violated`.
     */
    reorganise: (actor: Actor, input: ReorganisationInput) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const { effectiveDate } = input;
        const predecessors = await orgUnitsRepo.findByIds(tx, input.predecessorIds);
        const successors = await orgUnitsRepo.findByIds(tx, input.successorIds);
        if (predecessors.length !== new Set(input.predecessorIds).size) throw invalidField('predecessorIds', 'Unknown unit among the predecessors');
        if (successors.length !== new Set(input.successorIds).size) throw invalidField('successorIds', 'Unknown unit among the successors');
        for (const unit of predecessors) {
          if (unit.validTo && unit.validTo <= effectiveDate && !input.successorIds.includes(unit.id)) {
            throw ruleViolated(`${unit.nameEn} had already ended on ${unit.validTo}`, { predecessorIds: 'ended' });
          }
          if (unit.validFrom && unit.validFrom >= effectiveDate) {
            throw ruleViolated(`${unit.nameEn} only starts on ${unit.validFrom}`, { effectiveDate: 'before_start' });
          }
        }
        for (const unit of successors) {
          if (unit.validFrom && unit.validFrom > effectiveDate) {
            throw ruleViolated(`${unit.nameEn} starts after ${effectiveDate}`, { successorIds: 'not_yet_valid' });
          }
        }
        for (const unit of predecessors.filter((p) => !input.successorIds.includes(p.id))) {
          await orgUnitsRepo.update(tx, unit.id, unit.version, { validTo: effectiveDate });
          await orgUnitsRepo.closeParentPeriods(tx, unit.id, effectiveDate);
          await auditRepo.insert(tx, {
            actor,
            action: 'org_unit.closed',
            entity: 'org_unit',
            entityId: unit.id,
            before: { validTo: unit.validTo },
            after: { validTo: effectiveDate },
          });
          for (const successor of successors) {
            await orgUnitsRepo.insertSuccession(tx, {
              predecessorId: unit.id,
              successorId: successor.id,
              kind: input.kind,
              effectiveDate,
              note: input.note ?? null,
            });
          }
        }
        await auditRepo.insert(tx, { actor, action: 'org_unit.reorganised', entity: 'reorganisation', entityId: effectiveDate, after: input });
        return { effectiveDate, closed: predecessors.filter((p) => !input.successorIds.includes(p.id)).map((p) => p.id), successors: successors.map((s) => s.id) };
      }),
  };
}
