import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { periodSubmissions, reportingPeriods } from '../../db/schema/index.js';
import { ruleViolated } from '../../lib/errors.js';

/** Approved submissions of these units whose period contains `day`: their records are locked. */
export const lockingSubmissions = (ex: Executor, unitIds: string[], day: string) =>
  unitIds.length === 0
    ? Promise.resolve([])
    : ex
        .select({ periodId: reportingPeriods.id, label: reportingPeriods.label, unitId: periodSubmissions.unitId })
        .from(periodSubmissions)
        .innerJoin(reportingPeriods, eq(reportingPeriods.id, periodSubmissions.periodId))
        .where(
          and(
            inArray(periodSubmissions.unitId, unitIds),
            eq(periodSubmissions.status, 'approved'),
            lte(reportingPeriods.startDate, day),
            gt(reportingPeriods.endDate, day),
          ),
        );

/**
 * Refuses a change to a unit's records dated in a period whose report HQ approved; HQ must reopen it first.
 * Throws `rule_violated` with field `period`.
 */
export async function assertUnlocked(ex: Executor, unitIds: string[], day: string): Promise<void> {
  const [lock] = await lockingSubmissions(ex, unitIds, day);
  if (lock) {
    throw ruleViolated(`The reporting period ${lock.label} is approved and locked; ask HQ to reopen it before changing its records`, {
      period: 'locked',
    });
  }
}
