import type { Executor } from '../../db/client.js';
import { ruleViolated } from '../../lib/errors.js';
import { periodLocksRepo } from './periods.repo.js';

export type Lock = { periodId: string; label: string };

/**
 * For each record (its units and the days it is dated on), the approved report locking it, or null. A report
 * of a unit's successor locks the unit's records too (a merged province reports its predecessors' records).
 * A whole page in two queries.
 */
export async function locksOf(ex: Executor, records: { unitIds: string[]; days: string[] }[]): Promise<(Lock | null)[]> {
  const unitIds = [...new Set(records.flatMap((record) => record.unitIds))];
  if (unitIds.length === 0) return records.map(() => null);
  const lineage = await periodLocksRepo.successors(ex, unitIds);
  const approved = await periodLocksRepo.approvedReports(ex, [...new Set(lineage.map((row) => row.id))]);
  return records.map(({ unitIds: own, days }) => {
    const reach = new Set(lineage.filter((row) => own.includes(row.origin)).map((row) => row.id));
    const lock = approved.find((row) => reach.has(row.unitId) && days.some((day) => row.startDate <= day && day < row.endDate));
    return lock ? { periodId: lock.periodId, label: lock.label } : null;
  });
}

/**
 * Refuses a change to a unit's records dated in a period whose report HQ approved; HQ must reopen it first.
 * Throws `rule_violated` with fields `period: 'locked'` and `periodLabel` (e.g. "H1 2025").
 */
export async function assertUnlocked(ex: Executor, unitIds: string[], day: string): Promise<void> {
  const [lock] = await locksOf(ex, [{ unitIds, days: [day] }]);
  if (lock) throw lockedError(lock);
}

/** The 422 for a change inside a locked period. */
export const lockedError = (lock: Lock) =>
  ruleViolated(`The reporting period ${lock.label} is approved and locked; ask HQ to reopen it before changing its records`, {
    period: 'locked',
    periodLabel: lock.label,
  });
