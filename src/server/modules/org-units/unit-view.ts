import type { UnitView } from '../../../shared/schemas/org-units.js';
import type { Executor } from '../../db/client.js';
import { orgUnitsRepo } from './org-units.repo.js';

/**
 * The units a list's unit filter selects: the unit itself as reported, or in the mapped view also every unit it
 * succeeded (the 63 former provinces roll up to the 34 of today), so a current unit's total is its predecessors'
 * added up. Undefined when the filter is not set.
 */
export async function unitsInView(ex: Executor, unitId: string | undefined, view: UnitView | undefined): Promise<string[] | undefined> {
  if (unitId === undefined) return undefined;
  return view === 'mapped' ? orgUnitsRepo.lineageIds(ex, unitId) : [unitId];
}
