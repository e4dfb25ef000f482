import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { periodSubmissions, reportingPeriods } from '../../db/schema/index.js';
import { ruleViolated } from '../../lib/errors.js';
import { uuidArray } from '../dashboard/dashboard.repo.js';

/** The units and every unit that succeeded them, transitively: a merged province reports its predecessors' records. */
const withSuccessors = (ex: Executor, unitIds: string[]) =>
  selectRows<{ id: string }>(
    ex,
    sql`WITH RECURSIVE lineage(id, depth) AS (
          SELECT unnest(${uuidArray(unitIds)}), 0
          UNION
          SELECT s.successor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.predecessor_id = l.id WHERE l.depth < 20
        )
        SELECT DISTINCT id FROM lineage`,
  ).then((rows) => rows.map((row) => row.id));

/** Approved submissions of these units (or of their successors) whose period contains `day`: their records are locked. */
export const lockingSubmissions = async (ex: Executor, unitIds: string[], day: string) =>
  unitIds.length === 0
    ? []
    : ex
        .select({ periodId: reportingPeriods.id, label: reportingPeriods.label, unitId: periodSubmissions.unitId })
        .from(periodSubmissions)
        .innerJoin(reportingPeriods, eq(reportingPeriods.id, periodSubmissions.periodId))
        .where(
          and(
            inArray(periodSubmissions.unitId, await withSuccessors(ex, unitIds)),
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
