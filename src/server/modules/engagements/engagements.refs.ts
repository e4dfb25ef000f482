import type { UnitRef } from '../../../shared/schemas/engagements.js';
import { SYSTEM_ACTOR, type Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/client.js';
import { invalidField } from '../../lib/errors.js';
import { isCountryCode } from '../countries/countries.service.js';
import { orgUnitsRepo, type OrgUnitRow } from '../org-units/org-units.repo.js';

/** Checks of the references a record lists (units, countries), shared by engagements, agreements and imports. */

export const toUnitRef = (row: OrgUnitRow): UnitRef => ({
  id: row.id,
  code: row.code,
  name: { vi: row.nameVi, en: row.nameEn },
  type: row.type as UnitRef['type'],
});

/** The units, by id; throws `invalid` on `field` when one does not exist. */
export async function requireUnits(ex: Executor, ids: string[], field: string): Promise<Map<string, OrgUnitRow>> {
  const unique = [...new Set(ids)];
  const rows = await orgUnitsRepo.findByIds(ex, unique);
  if (rows.length !== unique.length) throw invalidField(field, 'Unknown unit');
  return new Map(rows.map((row) => [row.id, row]));
}

export function requireCountries(codes: string[], field = 'countryCodes') {
  const unknown = codes.filter((code) => !isCountryCode(code));
  if (unknown.length > 0) throw invalidField(field, `Unknown country code ${unknown.join(', ')}`);
}

/** Loads the units a page of records refers to, in one query. */
export async function unitRefs(ex: Executor, ids: string[]): Promise<Map<string, UnitRef>> {
  const rows = await orgUnitsRepo.findByIds(ex, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, toUnitRef(row)]));
}

/** The user to record as creator; the system actor has no user row. */
export const createdByOf = (actor: Actor): string | null => (actor.userId === SYSTEM_ACTOR.userId ? null : actor.userId);
