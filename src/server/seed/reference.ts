import { SYSTEM_ACTOR } from '../auth/actor.js';
import type { Db, Tx } from '../db/client.js';
import { groupBy } from '../lib/collections.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { orgUnitsRepo, type OrgUnitInsert, type OrgUnitRow } from '../modules/org-units/org-units.repo.js';
import {
  FIXED_UNITS,
  FORMER_CITIES,
  MISSION_KINDS,
  PROVINCE_MERGER_DATE,
  readReferenceCsv,
  REFERENCE_SOURCES,
} from './reference-data.js';
import { loadPartnerReference } from './reference-partners.js';

const keyOf = (unit: Pick<OrgUnitInsert, 'type' | 'code' | 'validFrom'>) => `${unit.type}:${unit.code}:${unit.validFrom ?? ''}`;

/** Inserts units that are missing, with their first parent period; units already present are kept as they are. */
async function unitLoader(tx: Tx) {
  const existing = new Map((await orgUnitsRepo.all(tx)).map((row) => [keyOf(row), row]));
  let created = 0;
  return {
    get created() {
      return created;
    },
    ensure: async (values: OrgUnitInsert, parent: OrgUnitRow | null): Promise<OrgUnitRow> => {
      const found = existing.get(keyOf(values));
      if (found) return found;
      const row = await orgUnitsRepo.insert(tx, values);
      existing.set(keyOf(row), row);
      created++;
      if (parent) await orgUnitsRepo.insertParent(tx, { unitId: row.id, parentId: parent.id, validFrom: row.validFrom, validTo: row.validTo });
      return row;
    },
    link: (predecessor: OrgUnitRow, successor: OrgUnitRow, effectiveDate: string) =>
      orgUnitsRepo.insertSuccession(tx, { predecessorId: predecessor.id, successorId: successor.id, kind: 'merger', effectiveDate, note: null }),
  };
}
type UnitLoader = Awaited<ReturnType<typeof unitLoader>>;

/**
 * Loads the reference organisation: government, HQ, ministries (with the 2025 mergers), missions abroad and
 * the 63 → 34 provinces with their lineage. Idempotent.
 */
export function loadReferenceData(db: Db): Promise<{ created: number }> {
  return db.transaction(async (tx) => {
    const loader = await unitLoader(tx);
    const fixed = new Map<string, OrgUnitRow>();
    for (const unit of FIXED_UNITS) {
      const values: OrgUnitInsert = {
        code: unit.code,
        type: unit.type,
        kind: unit.kind,
        nameVi: unit.vi,
        nameEn: unit.en,
        shortName: unit.shortName ?? null,
        countryCode: 'VN',
        validFrom: unit.validFrom ?? null,
        validTo: unit.validTo ?? null,
        source: unit.type === 'ministry' ? REFERENCE_SOURCES.ministries : null,
      };
      fixed.set(unit.code, await loader.ensure(values, unit.parent ? fixed.get(unit.parent)! : null));
    }
    for (const unit of FIXED_UNITS) {
      if (unit.successor && unit.validTo) await loader.link(fixed.get(unit.code)!, fixed.get(unit.successor)!, unit.validTo);
    }
    await loadMissions(loader, fixed.get('MOFA')!);
    await loadProvinces(loader, fixed.get('GOV')!);
    if (loader.created > 0) {
      await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'reference.loaded', entity: 'reference', entityId: 'org_units', after: { created: loader.created } });
    }
    await loadPartnerReference(tx);
    return { created: loader.created };
  });
}

async function loadMissions(loader: UnitLoader, ministry: OrgUnitRow) {
  for (const mission of readReferenceCsv('vn_missions.csv')) {
    const values: OrgUnitInsert = {
      code: mission.code!,
      type: 'mission',
      kind: MISSION_KINDS[mission.kind!] ?? 'other_mission',
      nameVi: mission.name_vi!,
      nameEn: mission.name_en!,
      countryCode: mission.country_iso2!,
      city: mission.city || null,
      validFrom: mission.valid_from || null,
      source: mission.source || REFERENCE_SOURCES.missions,
    };
    await loader.ensure(values, ministry);
  }
}

/** Groups of one whose code is unchanged continue as the same unit; every other group is a new unit from 1 Jul 2025. */
async function loadProvinces(loader: UnitLoader, government: OrgUnitRow) {
  const groups = groupBy(readReferenceCsv('vn_provinces_2025_merger.csv'), (row) => row.new_code!);
  for (const [newCode, members] of groups) {
    const first = members[0]!;
    const unchanged = members.length === 1 && first.old_code === newCode;
    const current = await loader.ensure(
      {
        code: newCode,
        type: 'province',
        kind: first.kind === 'city' ? 'city' : 'province',
        nameVi: first.new_name_vi!,
        nameEn: first.new_name_en!,
        countryCode: 'VN',
        city: first.new_seat_vi || null,
        validFrom: unchanged ? null : PROVINCE_MERGER_DATE,
        source: REFERENCE_SOURCES.provinces,
      },
      government,
    );
    if (unchanged) continue;
    for (const member of members) {
      const former = await loader.ensure(
        {
          code: member.old_code!,
          type: 'province',
          kind: FORMER_CITIES.has(member.old_code!) ? 'city' : 'province',
          nameVi: member.old_name_vi!,
          nameEn: member.old_name_en!,
          countryCode: 'VN',
          validTo: PROVINCE_MERGER_DATE,
          source: REFERENCE_SOURCES.provinces,
        },
        government,
      );
      await loader.link(former, current, PROVINCE_MERGER_DATE);
    }
  }
}
