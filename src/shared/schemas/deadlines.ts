import { z } from 'zod';
import { IsoDate } from './common.js';

/** Whose date a deadline should not pass: the agreement's expiry, the commitment's due date, or the deadline the source text states. */
export const DEADLINE_LIMITS = ['agreement_expiry', 'commitment_due', 'source_text'] as const;
export type DeadlineLimit = (typeof DEADLINE_LIMITS)[number];

/** A deadline that falls after the one it serves: a warning for a person to weigh (HQ decides), never a refusal. */
export const DeadlineWarning = z.object({
  field: z.string().describe('The field holding the later date'),
  date: IsoDate.describe('The later date'),
  limit: z.enum(DEADLINE_LIMITS),
  limitDate: IsoDate.describe('The date it passes'),
});
export type DeadlineWarning = z.infer<typeof DeadlineWarning>;

/** The warning when `date` falls after `limitDate`; none when either is missing. */
export function deadlineWarnings(field: string, date: string | null | undefined, limit: DeadlineLimit, limitDate: string | null | undefined): DeadlineWarning[] {
  return date && limitDate && date > limitDate ? [{ field, date, limit, limitDate }] : [];
}
