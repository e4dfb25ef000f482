import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorGroupBy } from '../../../shared/schemas/indicators.js';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { pageOffset } from '../../db/search.js';
import { uuidArray } from '../dashboard/dashboard.repo.js';
import type { ComputedIndicator } from './indicators.catalogue.js';
import { FACTS } from './indicator-facts.repo.js';

const factsOf = (code: string) => {
  const facts = FACTS[code];
  if (!facts) throw new Error(`No query for indicator ${code}`);
  return facts;
};

/** A value query with its units resolved by the service; the same selection counts a value and lists its records. */
export interface FactSelection {
  from: string;
  to: string;
  asOf: string;
  mapped: boolean;
  /** The actor's read scope; undefined: everything. */
  scopeUnitIds?: string[];
  unitId?: string;
  unitType?: string;
  countryCode?: string;
  region?: string;
  field?: string;
  partnerId?: string;
  category?: string;
  excludeDemo?: boolean;
  group?: { by: IndicatorGroupBy; key: string };
}

/**
 * Maps every unit to the unit valid on the as-of day that succeeded it (itself while valid), so the mapped view
 * rolls the 63 former provinces up to the 34 of today; a unit with no valid successor stays itself.
 */
const unitMap = (asOf: string): SQL => sql`
  chain(origin, id, depth) AS (
    SELECT u.id, u.id, 0 FROM org_units u
    UNION ALL
    SELECT c.origin, s.successor_id, c.depth + 1 FROM chain c JOIN org_unit_successions s ON s.predecessor_id = c.id WHERE c.depth < 20
  ),
  unit_map AS (
    SELECT DISTINCT ON (c.origin) c.origin AS unit_id, c.id AS current_id
    FROM chain c JOIN org_units u ON u.id = c.id
    WHERE (u.valid_from IS NULL OR u.valid_from <= ${asOf}::date) AND (u.valid_to IS NULL OR u.valid_to > ${asOf}::date)
    ORDER BY c.origin, c.depth, u.code
  )`;

/** The groups a selected fact `f` falls in: (key, label_vi, label_en); `none` when it has no value. */
const GROUPS: Record<IndicatorGroupBy, SQL> = {
  month: sql.raw(`SELECT to_char(f.ref_date, 'YYYY-MM') AS key, to_char(f.ref_date, 'MM/YYYY') AS label_vi, to_char(f.ref_date, 'YYYY-MM') AS label_en`),
  quarter: sql.raw(`SELECT k AS key, k AS label_vi, k AS label_en FROM (SELECT to_char(f.ref_date, 'YYYY') || '-Q' || extract(quarter FROM f.ref_date) AS k) q`),
  half: sql.raw(`SELECT k AS key, k AS label_vi, k AS label_en FROM (SELECT to_char(f.ref_date, 'YYYY') || CASE WHEN extract(month FROM f.ref_date) <= 6 THEN '-H1' ELSE '-H2' END AS k) q`),
  year: sql.raw(`SELECT to_char(f.ref_date, 'YYYY') AS key, to_char(f.ref_date, 'YYYY') AS label_vi, to_char(f.ref_date, 'YYYY') AS label_en`),
  unit: sql.raw(`SELECT vu.id::text AS key, vu.name_vi AS label_vi, vu.name_en AS label_en FROM org_units vu WHERE vu.id = f.view_unit_id`),
  unitType: sql.raw(`SELECT vu.type AS key, vu.type AS label_vi, vu.type AS label_en FROM org_units vu WHERE vu.id = f.view_unit_id`),
  country: sql.raw(`SELECT DISTINCT coalesce(x.c, 'none') AS key, coalesce(x.c, 'none') AS label_vi, coalesce(x.c, 'none') AS label_en
      FROM (SELECT 1) one LEFT JOIN unnest(f.countries) AS x(c) ON true`),
  region: sql.raw(`SELECT DISTINCT coalesce(cr.region, 'none') AS key, coalesce(cr.region, 'none') AS label_vi, coalesce(cr.region, 'none') AS label_en
      FROM (SELECT 1) one LEFT JOIN unnest(f.countries) AS x(c) ON true LEFT JOIN country_regions cr ON cr.country_code = x.c`),
  field: sql.raw(`SELECT DISTINCT coalesce(x.v, 'none') AS key, coalesce(x.v, 'none') AS label_vi, coalesce(x.v, 'none') AS label_en
      FROM (SELECT 1) one LEFT JOIN unnest(f.fields) AS x(v) ON true`),
  partner: sql.raw(`SELECT DISTINCT coalesce(p.id::text, 'none') AS key, coalesce(p.name_vi, 'Không có đối tác') AS label_vi, coalesce(p.name_en, 'No partner') AS label_en
      FROM (SELECT 1) one LEFT JOIN partners p ON p.id = ANY(f.partner_ids)`),
  category: sql.raw(`SELECT coalesce(f.category, 'none') AS key, coalesce(f.category, 'none') AS label_vi, coalesce(f.category, 'none') AS label_en`),
};

function conditions(s: FactSelection): SQL {
  const where: SQL[] = [sql`f.ref_date >= ${s.from}::date`, sql`f.ref_date < ${s.to}::date`];
  // National records (no unit, e.g. partnership changes) are read by every internal user.
  if (s.scopeUnitIds) where.push(sql`(f.unit_ids IS NULL OR f.unit_ids && ${uuidArray(s.scopeUnitIds)})`);
  if (s.unitId) where.push(sql`f.view_unit_id = ${s.unitId}::uuid`);
  if (s.unitType) where.push(sql`EXISTS (SELECT 1 FROM org_units tu WHERE tu.id = f.view_unit_id AND tu.type = ${s.unitType})`);
  if (s.countryCode) where.push(sql`${s.countryCode} = ANY(f.countries)`);
  if (s.region) where.push(sql`f.countries && ARRAY(SELECT cr.country_code FROM country_regions cr WHERE cr.region = ${s.region})`);
  if (s.field) where.push(sql`${s.field} = ANY(f.fields)`);
  if (s.partnerId) where.push(sql`${s.partnerId}::uuid = ANY(f.partner_ids)`);
  if (s.category) where.push(sql`f.category = ${s.category}`);
  if (s.excludeDemo) where.push(sql`NOT f.demo`);
  if (s.group) where.push(sql`EXISTS (SELECT 1 FROM (${GROUPS[s.group.by]}) g WHERE g.key = ${s.group.key})`);
  return sql.join(where, sql` AND `);
}

/** `WITH … selected AS (…)`: the indicator's facts under the selection, with the unit they count for in the view. */
function selected(indicator: ComputedIndicator, s: FactSelection): SQL {
  const facts = factsOf(indicator.code)({ asOf: s.asOf });
  const viewed = s.mapped
    ? sql`WITH RECURSIVE ${unitMap(s.asOf)},
        facts AS (SELECT raw.*, coalesce(m.current_id, raw.unit_id) AS view_unit_id FROM (${facts}) raw LEFT JOIN unit_map m ON m.unit_id = raw.unit_id),`
    : sql`WITH facts AS (SELECT raw.*, raw.unit_id AS view_unit_id FROM (${facts}) raw),`;
  return sql`${viewed} selected AS (SELECT f.* FROM facts f WHERE ${conditions(s)})`;
}

export interface ValueRow {
  count: number;
  amount: string | null;
}
export interface GroupValueRow extends ValueRow {
  key: string;
  label_vi: string;
  label_en: string;
}
export interface FactRecordRow {
  entity: string;
  id: string;
  title: string;
  ref_date: string | null;
  category: string | null;
  amount: string | null;
  href: string;
  countries: string[];
  unit_id: string | null;
  unit_code: string | null;
  unit_name_vi: string | null;
  unit_name_en: string | null;
}

export const indicatorsRepo = {
  /** How many records the selection counts and the sum of their amounts. */
  value: (ex: Executor, indicator: ComputedIndicator, s: FactSelection) =>
    selectRows<ValueRow>(ex, sql`${selected(indicator, s)} SELECT count(*)::int AS count, sum(f.amount)::text AS amount FROM selected f`).then(
      ([row]) => row ?? { count: 0, amount: null },
    ),

  /** The value of every group; a record with several countries, fields or partners counts in each. */
  groups: (ex: Executor, indicator: ComputedIndicator, s: FactSelection, groupBy: IndicatorGroupBy) =>
    selectRows<GroupValueRow>(
      ex,
      sql`${selected(indicator, s)}
          SELECT g.key, g.label_vi, g.label_en, count(*)::int AS count, sum(f.amount)::text AS amount
          FROM selected f CROSS JOIN LATERAL (${GROUPS[groupBy]}) g
          GROUP BY g.key, g.label_vi, g.label_en
          ORDER BY ${TIME_GROUP_BYS.has(groupBy) ? sql`g.key` : sql`count(*) DESC, g.label_vi`}`,
    ),

  /** The records behind a value, as the list shows them, in the unit of the view. */
  records: (ex: Executor, indicator: ComputedIndicator, s: FactSelection, page: number, pageSize: number) =>
    selectRows<FactRecordRow>(
      ex,
      sql`${selected(indicator, s)}
          SELECT f.entity, f.id, f.title, f.ref_date::text AS ref_date, f.category, f.amount::text AS amount, f.href, f.countries,
                 u.id AS unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en
          FROM selected f LEFT JOIN org_units u ON u.id = f.view_unit_id
          ORDER BY f.ref_date DESC NULLS LAST, f.row_key
          LIMIT ${pageSize} OFFSET ${pageOffset(page, pageSize)}`,
    ),
};

const TIME_GROUP_BYS = new Set<IndicatorGroupBy>(['month', 'quarter', 'half', 'year']);
export const isTimeGroup = (groupBy: IndicatorGroupBy) => TIME_GROUP_BYS.has(groupBy);
