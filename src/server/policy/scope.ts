import type { Actor } from '../auth/actor.js';
import type { Executor } from '../db/client.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';
import { editsEverything, isInternal, readsEverything } from './roles.js';

/**
 * The units whose records an actor reaches: every unit (`all`) for HQ roles and leadership, else the actor's
 * own unit and the units it succeeded (a merged province inherits its predecessors' records).
 */
export type UnitScope = { all: true } | { all: false; unitIds: string[] };

export async function readScope(ex: Executor, actor: Actor): Promise<UnitScope> {
  if (readsEverything(actor)) return { all: true };
  if (!actor.unitId || !isInternal(actor)) return { all: false, unitIds: [] };
  return { all: false, unitIds: await orgUnitsRepo.lineageIds(ex, actor.unitId) };
}

export async function writeScope(ex: Executor, actor: Actor): Promise<UnitScope> {
  if (editsEverything(actor)) return { all: true };
  if (actor.role !== 'unit_editor' || !actor.unitId) return { all: false, unitIds: [] };
  return { all: false, unitIds: await orgUnitsRepo.lineageIds(ex, actor.unitId) };
}

/** Whether any of a record's units lies in the scope. */
export const inScope = (scope: UnitScope, unitIds: (string | null | undefined)[]): boolean =>
  scope.all || unitIds.some((id) => id != null && scope.unitIds.includes(id));
