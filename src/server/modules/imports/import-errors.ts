import type { z } from 'zod';
import type { NumberRefusal } from '../../../shared/numbers.js';
import type { ImportErrorCode, ImportRowError } from '../../../shared/schemas/imports.js';
import type { DomainError } from '../../lib/errors.js';
import { columnKeyOf, type ImportColumn, type ImportLanguage } from './imports.columns.js';
import type { SheetRow } from './imports.workbook.js';

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

/** Collects one row's errors by column, keeping the first per column; the cells it could not read come first. */
export function rowErrors(columns: readonly ImportColumn[], language: ImportLanguage, { row, texts, problems }: SheetRow) {
  const errors = new Map<string, { code: ImportErrorCode; message: string; reason?: NumberRefusal }>();
  const add = (field: string, code: ImportErrorCode, message: string, reason?: NumberRefusal) => {
    const column = columnKeyOf(columns, field);
    if (!errors.has(column)) errors.set(column, { code, message, ...(reason ? { reason } : {}) });
  };
  for (const problem of problems) add(problem.field, problem.code, problem.message, problem.reason);
  return {
    add,
    /** A domain check's error: one row error per field it names (a field's text is a message or a short code). */
    addDomain(error: DomainError) {
      for (const [field, text] of Object.entries(error.fields ?? { _: error.message })) {
        if (field === 'periodLabel') continue;
        this.add(field, domainCode(error, field, text), text === field || !text.includes(' ') ? error.message : text);
      }
    },
    get size() {
      return errors.size;
    },
    list: (): ImportRowError[] =>
      [...errors].map(([field, error]) => ({
        row,
        field,
        column: columns.find((column) => column.key === field)?.label[language] ?? field,
        ...error,
        ...(texts[field] === undefined ? {} : { value: texts[field] }),
      })),
  };
}
export type RowErrors = ReturnType<typeof rowErrors>;
