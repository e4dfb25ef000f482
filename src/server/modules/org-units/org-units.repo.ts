import { and, asc, count, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { OrgUnitListQuery, OrgUnitType } from '../../../shared/schemas/org-units.js';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { orgUnitParents, orgUnits, orgUnitSuccessions } from '../../db/schema/index.js';
import { DomainError, translateDbError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, startsWithFirst } from '../../db/search.js';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type OrgUnitInsert = Omit<typeof orgUnits.$inferInsert, 'id'> & { id?: string };

/** Whether the half-open period [from, to) of a row contains `day`; open ends are unbounded. */
const validOn = (day: string, from: AnyPgColumn, to: AnyPgColumn) => and(or(isNull(from), lte(from, day)), or(isNull(to), gt(to, day)));

const parentLink = alias(orgUnitParents, 'parent_link');

const searchable = sql`${orgUnits.nameVi} || ' ' || ${orgUnits.nameEn} || ' ' || ${orgUnits.code} || ' ' || coalesce(${orgUnits.shortName}, '')`;

const duplicateCode = new DomainError('conflict', 'Another unit of this type already uses this code from that date', {
  code: 'duplicate',
});

export interface OrgUnitListFilter extends OrgUnitListQuery {
  asOf: string;
  /** Include units of every period, not only those valid on `asOf`. */
  history?: boolean;
}

export const orgUnitsRepo = {
  /** Units valid on `asOf` (or of every period), each with its parent on that date. */
  list: async (ex: Executor, filter: OrgUnitListFilter) => {
    const conditions = and(
      filter.history ? undefined : validOn(filter.asOf, orgUnits.validFrom, orgUnits.validTo),
      filter.type ? eq(orgUnits.type, filter.type) : undefined,
      filter.countryCode ? eq(orgUnits.countryCode, filter.countryCode) : undefined,
      filter.parentId ? eq(parentLink.parentId, filter.parentId) : undefined,
      filter.q ? matchesText(searchable, filter.q) : undefined,
    );
    const parentJoin = and(eq(parentLink.unitId, orgUnits.id), validOn(filter.asOf, parentLink.validFrom, parentLink.validTo));
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ unit: orgUnits, parentId: parentLink.parentId })
        .from(orgUnits)
        .leftJoin(parentLink, parentJoin)
        .where(conditions)
        .orderBy(
          ...(filter.q ? [startsWithFirst([sql`${orgUnits.nameVi}`, sql`${orgUnits.nameEn}`, sql`${orgUnits.code}`], filter.q)] : []),
          asc(orgUnits.type),
          asc(sql`f_unaccent(lower(${orgUnits.nameVi}))`),
          asc(orgUnits.nameVi),
          asc(orgUnits.validFrom),
        )
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(orgUnits).leftJoin(parentLink, parentJoin).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  all: (ex: Executor) => ex.select().from(orgUnits),

  findById: (ex: Executor, id: string) =>
    ex.select().from(orgUnits).where(eq(orgUnits.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update').then(([row]) => row),

  findByIds: (ex: Executor, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : ex.select().from(orgUnits).where(inArray(orgUnits.id, ids)),

  findByCode: (ex: Executor, type: OrgUnitType, code: string, asOf: string) =>
    ex
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.type, type), eq(orgUnits.code, code), validOn(asOf, orgUnits.validFrom, orgUnits.validTo)))
      .then(([row]) => row),

  parentsOf: (ex: Executor, unitId: string) =>
    ex
      .select({ parent: orgUnits, validFrom: orgUnitParents.validFrom, validTo: orgUnitParents.validTo })
      .from(orgUnitParents)
      .innerJoin(orgUnits, eq(orgUnits.id, orgUnitParents.parentId))
      .where(eq(orgUnitParents.unitId, unitId))
      .orderBy(asc(orgUnitParents.validFrom)),

  predecessorsOf: (ex: Executor, unitId: string) =>
    ex
      .select({ unit: orgUnits, link: orgUnitSuccessions })
      .from(orgUnitSuccessions)
      .innerJoin(orgUnits, eq(orgUnits.id, orgUnitSuccessions.predecessorId))
      .where(eq(orgUnitSuccessions.successorId, unitId))
      .orderBy(asc(orgUnits.nameVi)),

  successorsOf: (ex: Executor, unitId: string) =>
    ex
      .select({ unit: orgUnits, link: orgUnitSuccessions })
      .from(orgUnitSuccessions)
      .innerJoin(orgUnits, eq(orgUnits.id, orgUnitSuccessions.successorId))
      .where(eq(orgUnitSuccessions.predecessorId, unitId))
      .orderBy(asc(orgUnits.nameVi)),

  countChildren: (ex: Executor, unitId: string, asOf: string) =>
    ex
      .select({ total: count() })
      .from(orgUnitParents)
      .innerJoin(orgUnits, eq(orgUnits.id, orgUnitParents.unitId))
      .where(
        and(
          eq(orgUnitParents.parentId, unitId),
          validOn(asOf, orgUnitParents.validFrom, orgUnitParents.validTo),
          validOn(asOf, orgUnits.validFrom, orgUnits.validTo),
        ),
      )
      .then(([row]) => row?.total ?? 0),

  /** The units valid on `asOf` that a unit's records roll up to, following successions transitively. */
  currentUnitsOf: (ex: Executor, unitId: string, asOf: string) =>
    selectRows<{ id: string; code: string; name_vi: string; name_en: string }>(
      ex,
      sql`WITH RECURSIVE lineage(id, depth) AS (
            SELECT ${unitId}::uuid, 0
            UNION
            SELECT s.successor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.predecessor_id = l.id
            WHERE l.depth < 20
          )
          SELECT DISTINCT u.id, u.code, u.name_vi, u.name_en FROM lineage l JOIN org_units u ON u.id = l.id
          WHERE (u.valid_from IS NULL OR u.valid_from <= ${asOf}::date) AND (u.valid_to IS NULL OR u.valid_to > ${asOf}::date)
          ORDER BY u.name_vi`,
    ),

  /** A unit and every unit it succeeded, transitively: whose records a unit inherits. */
  lineageIds: (ex: Executor, unitId: string) =>
    selectRows<{ id: string }>(
      ex,
      sql`WITH RECURSIVE lineage(id, depth) AS (
            SELECT ${unitId}::uuid, 0
            UNION
            SELECT s.predecessor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.successor_id = l.id
            WHERE l.depth < 20
          )
          SELECT DISTINCT id FROM lineage`,
    ).then((rows) => rows.map((row) => row.id)),

  insert: async (ex: Executor, values: OrgUnitInsert) => {
    try {
      const [row] = await ex.insert(orgUnits).values({ ...values, id: values.id ?? newId() }).returning();
      return row!;
    } catch (error) {
      return translateDbError(error, { unique: duplicateCode });
    }
  },

  update: async (ex: Executor, id: string, version: number, values: Partial<OrgUnitInsert>) => {
    try {
      const [row] = await ex
        .update(orgUnits)
        .set({ ...values, version: sql`${orgUnits.version} + 1`, updatedAt: new Date() })
        .where(and(eq(orgUnits.id, id), eq(orgUnits.version, version)))
        .returning();
      return row;
    } catch (error) {
      return translateDbError(error, { unique: duplicateCode });
    }
  },

  insertParent: (ex: Executor, values: { unitId: string; parentId: string; validFrom: string | null; validTo?: string | null }) =>
    ex.insert(orgUnitParents).values({ id: newId(), ...values }),

  /** Ends the unit's open parent period on `day`. */
  closeParentPeriods: (ex: Executor, unitId: string, day: string) =>
    ex
      .update(orgUnitParents)
      .set({ validTo: day })
      .where(and(eq(orgUnitParents.unitId, unitId), isNull(orgUnitParents.validTo))),

  insertSuccession: (ex: Executor, values: typeof orgUnitSuccessions.$inferInsert) =>
    ex.insert(orgUnitSuccessions).values(values).onConflictDoNothing(),
};
