import type { CompletenessStatus, Timeliness, TimelinessByType } from '../../../shared/schemas/periods.js';
import { BOARD_UNIT_TYPES } from '../../../shared/schemas/periods.js';
import { dayIn } from '../../lib/dates.js';

/** Statuses in which the unit's report is with HQ (a returned report waits for the unit again). */
const WITH_HQ: readonly CompletenessStatus[] = ['submitted', 'approved'];

/**
 * Whether a unit reported on time: a report with HQ was sent on or before the due date (Viet Nam's calendar)
 * or after it; one not (or no longer) with HQ is overdue once the due date has passed. No due date: never late.
 */
export function timelinessOf(status: CompletenessStatus, submittedAt: Date | null | undefined, dueDate: string | null, today: string): Timeliness {
  if (WITH_HQ.includes(status)) return dueDate && submittedAt && dayIn(submittedAt) > dueDate ? 'late' : 'on_time';
  return dueDate && today > dueDate ? 'overdue' : 'not_due';
}

const share = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 10_000) / 10_000);

/** Per unit type: how many reported on time, late, are overdue or not yet due, and the on-time and late shares. */
export function timelinessByType(entries: { type: string; timeliness: Timeliness }[]): TimelinessByType[] {
  return BOARD_UNIT_TYPES.map((type) => {
    const ofType = entries.filter((entry) => entry.type === type);
    const count = (timeliness: Timeliness) => ofType.filter((entry) => entry.timeliness === timeliness).length;
    const [onTime, late, overdue, notDue] = [count('on_time'), count('late'), count('overdue'), count('not_due')];
    return { type, total: ofType.length, onTime, late, overdue, notDue, onTimeRate: share(onTime, ofType.length), lateRate: share(late + overdue, ofType.length) };
  });
}
