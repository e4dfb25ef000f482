import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { orgUnits, partners, reportingPeriods } from '../db/schema/index.js';

export const scaleRepo = {
  /** Every unit that reports or assigns work, in a stable order, with its validity. */
  units: (ex: Executor) =>
    ex
      .select({ id: orgUnits.id, type: orgUnits.type, code: orgUnits.code, validFrom: orgUnits.validFrom, validTo: orgUnits.validTo, nameVi: orgUnits.nameVi })
      .from(orgUnits)
      .where(inArray(orgUnits.type, ['hq', 'ministry', 'mission', 'province']))
      .orderBy(asc(orgUnits.type), asc(orgUnits.code), asc(orgUnits.validFrom)),

  /** Reference country partners, in a stable order. */
  countries: (ex: Executor) =>
    ex
      .select({ id: partners.id, code: partners.code, nameVi: partners.nameVi, nameEn: partners.nameEn })
      .from(partners)
      .where(eq(partners.kind, 'country'))
      .orderBy(asc(partners.code)),

  /** Reporting periods starting in `[from, to)`, whoever created them. */
  periods: (ex: Executor, from: string, to: string) =>
    ex
      .select({ id: reportingPeriods.id, kind: reportingPeriods.kind, startDate: reportingPeriods.startDate })
      .from(reportingPeriods)
      .where(and(gte(reportingPeriods.startDate, from), lt(reportingPeriods.startDate, to))),
};
