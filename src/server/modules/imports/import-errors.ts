import type { z } from 'zod';
import type { ImportErrorCode } from '../../../shared/schemas/imports.js';
import type { DomainError } from '../../lib/errors.js';

/** The stable code of a zod issue in a sheet cell: the UI translates it; the English message stays beside it. */
export function issueCode(issue: z.core.$ZodIssue): ImportErrorCode {
  if (issue.code === 'invalid_type' && /received undefined|required/i.test(issue.message)) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return 'required';
  if (/required/i.test(issue.message)) return 'required';
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'out_of_range';
  if (/date/i.test(issue.message)) return 'invalid_date';
  return 'invalid_value';
}

/** Fields whose `invalid` answer means "no such record", by what they name. */
const UNKNOWN_BY_FIELD: [RegExp, ImportErrorCode][] = [
  [/unit/i, 'unknown_unit'],
  [/partner/i, 'unknown_partner'],
  [/countr/i, 'unknown_country'],
];

/** The stable code of a domain error raised on `field` while checking a row. */
export function domainCode(error: DomainError, field: string, value: string): ImportErrorCode {
  if (error.code === 'forbidden') return 'forbidden';
  if (value === 'locked') return 'locked_period';
  if (error.code === 'invalid' && /^unknown/i.test(value || error.message)) return UNKNOWN_BY_FIELD.find(([pattern]) => pattern.test(field))?.[1] ?? 'unknown_reference';
  if (error.code === 'invalid') return /date/i.test(value || error.message) ? 'invalid_date' : 'invalid_value';
  return 'rule_violated';
}
