import { sql, type SQL } from 'drizzle-orm';
import { OUTCOME_KINDS, type OutcomeKind } from '../../../shared/schemas/outcomes.js';
import { outcomes } from '../../db/schema/index.js';
import { noResultRecorded } from '../activities/activities.repo.js';
import { localInternational } from '../agreements/agreements.repo.js';
import { facts as implementationFacts, PARTNER_IDS_OF_F } from '../dashboard/dashboard.repo.js';
import { CONFIRMED, effective } from '../outcomes/outcomes.repo.js';
import { outcomeIndicatorCode, type FactContext } from './indicators.catalogue.js';

/**
 * The query of every computed indicator (by code): one row per counted record with the same columns, so that
 * filters, groupings, values and the drill-down are written once (indicators.repo.ts):
 *   row_key text, id uuid, entity text, title text, ref_date date (the date the period filter applies to),
 *   unit_id uuid (the record's unit: grouping, unit filter), unit_ids uuid[] (every unit it belongs to: read scope;
 *   null for national records), countries text[], fields text[], partner_ids uuid[], category text,
 *   amount numeric (what a sum adds; else null), href text (its web page), demo boolean (invented for the
 *   demonstration: `excludeDemo` leaves it out).
 * Conditions reuse the definitions of the features that own the records (overdue and fulfilled from the
 * dashboard, "no result" from activities, confirmed and corrected values from outcomes), so a figure is counted
 * one way everywhere.
 */
const KEY_LEADERS = ['general_secretary', 'president', 'prime_minister', 'na_chairman'];
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// Facts per kind of record. Constants only are inlined; the as-of day is a parameter.

const engagementFacts = (where: string): SQL =>
  sql.raw(`SELECT e.id::text AS row_key, e.id, 'engagement' AS entity, e.title_vi AS title, e.start_date AS ref_date,
      e.lead_unit_id AS unit_id, ARRAY[e.lead_unit_id] || ARRAY(SELECT eu.unit_id FROM engagement_units eu WHERE eu.engagement_id = e.id) AS unit_ids,
      e.country_codes AS countries, '{}'::text[] AS fields,
      ARRAY(SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = e.id) AS partner_ids,
      e.leader_level AS category, NULL::numeric AS amount, '/engagements/' || e.id AS href, e.demo
    FROM engagements e WHERE ${where}`);

const agreementFacts = (where: SQL): SQL =>
  sql`SELECT agreements.id::text AS row_key, agreements.id, 'agreement' AS entity, agreements.title_vi AS title, agreements.signed_date AS ref_date,
      agreements.owner_unit_id AS unit_id,
      ARRAY[agreements.owner_unit_id] || ARRAY(SELECT p.unit_id FROM agreement_parties p WHERE p.agreement_id = agreements.id AND p.unit_id IS NOT NULL) AS unit_ids,
      ARRAY(SELECT DISTINCT pt.country_code FROM agreement_parties p JOIN partners pt ON pt.id = p.partner_id WHERE p.agreement_id = agreements.id AND pt.country_code IS NOT NULL) AS countries,
      agreements.fields AS fields,
      ARRAY(SELECT p.partner_id FROM agreement_parties p WHERE p.agreement_id = agreements.id AND p.partner_id IS NOT NULL) AS partner_ids,
      agreements.kind AS category, NULL::numeric AS amount, '/agreements/' || agreements.id AS href, agreements.demo
    FROM agreements WHERE agreements.signed_date IS NOT NULL AND agreements.status <> 'negotiating' AND ${where}`;

const activityFacts = (where: SQL): SQL =>
  sql`SELECT activities.id::text AS row_key, activities.id, 'activity' AS entity, activities.title, activities.start_date AS ref_date,
      activities.unit_id,
      ARRAY[activities.unit_id] || ARRAY(SELECT ap.unit_id FROM activity_provinces ap WHERE ap.activity_id = activities.id) AS unit_ids,
      CASE WHEN activities.country_code IS NULL THEN '{}'::text[] ELSE ARRAY[activities.country_code] END AS countries,
      activities.sectors AS fields,
      ARRAY(SELECT ap.partner_id FROM activity_partners ap WHERE ap.activity_id = activities.id) AS partner_ids,
      activities.type AS category, NULL::numeric AS amount, '/activities/' || activities.id AS href, activities.demo
    FROM activities JOIN org_units au ON au.id = activities.unit_id WHERE ${where}`;

const outcomeFacts = (kind: OutcomeKind, confirmedOnly: boolean): SQL => {
  const money = kind !== 'tourists' && kind !== 'jobs';
  const amount = money ? effective(outcomes.value, outcomes.confirmedValue) : effective(outcomes.quantity, outcomes.confirmedQuantity);
  return sql`SELECT outcomes.id::text AS row_key, outcomes.id, 'outcome' AS entity, activities.title || ' — ' || coalesce(outcomes.business_name, outcomes.product, outcomes.kind) AS title,
      activities.start_date AS ref_date, activities.unit_id,
      ARRAY[activities.unit_id] || ARRAY(SELECT ap.unit_id FROM activity_provinces ap WHERE ap.activity_id = activities.id) AS unit_ids,
      CASE WHEN activities.country_code IS NULL THEN '{}'::text[] ELSE ARRAY[activities.country_code] END AS countries,
      activities.sectors AS fields,
      ARRAY(SELECT ap.partner_id FROM activity_partners ap WHERE ap.activity_id = activities.id) AS partner_ids,
      outcomes.confirmation_status AS category, (${amount})::numeric AS amount, '/activities/' || activities.id AS href,
      (outcomes.demo OR activities.demo) AS demo
    FROM outcomes JOIN activities ON activities.id = outcomes.activity_id
    WHERE outcomes.kind = ${kind} AND outcomes.confirmation_status <> 'denied'
      ${money ? sql`AND outcomes.currency = 'USD'` : sql``}
      ${confirmedOnly ? sql.raw(`AND outcomes.confirmation_status IN (${quoted(CONFIRMED)})`) : sql``}`;
};

/** Commitments and tasks as the implementation dashboard defines them (fulfilled, overdue, slipping). */
const implementation = (entity: 'commitment' | 'task', where: string) => (ctx: FactContext): SQL =>
  sql`SELECT f.id::text AS row_key, f.id, ${entity}::text AS entity, f.title, f.ref_date, f.unit_id, f.unit_ids,
      coalesce((SELECT e.country_codes FROM engagements e WHERE e.id = f.engagement_id), '{}'::text[]) AS countries,
      f.all_fields AS fields, ARRAY(${sql.raw(PARTNER_IDS_OF_F)}) AS partner_ids, f.status AS category, NULL::numeric AS amount,
      ${entity === 'commitment' ? sql`'/commitments/'` : sql`'/tasks/'`} || f.id AS href, f.demo
    FROM (${implementationFacts(entity, ctx.asOf)}) f WHERE ${sql.raw(where)}`;

/** Missions and provinces that report a period (valid on its end), one row per period and unit. */
const expectedReports = (): SQL =>
  sql.raw(`SELECT p.id::text || ':' || u.id::text AS row_key, u.id, 'org_unit' AS entity, u.name_vi || ' — ' || p.label AS title, p.start_date AS ref_date,
      u.id AS unit_id, ARRAY[u.id] AS unit_ids, CASE WHEN u.country_code IS NULL THEN '{}'::text[] ELSE ARRAY[u.country_code] END AS countries,
      '{}'::text[] AS fields, '{}'::uuid[] AS partner_ids, coalesce(s.status, 'none') AS category, NULL::numeric AS amount, '/periods/' || p.id AS href,
      false AS demo
    FROM reporting_periods p
    JOIN org_units u ON u.type IN ('mission', 'province') AND (u.valid_from IS NULL OR u.valid_from <= p.end_date) AND (u.valid_to IS NULL OR u.valid_to > p.end_date)
    LEFT JOIN period_submissions s ON s.period_id = p.id AND s.unit_id = u.id`);


const OUTCOME_FACTS = Object.fromEntries(
  OUTCOME_KINDS.flatMap((kind) => ([false, true] as const).map((confirmedOnly) => [outcomeIndicatorCode(kind, confirmedOnly), () => outcomeFacts(kind, confirmedOnly)])),
) as Record<string, (ctx: FactContext) => SQL>;

export const FACTS: Record<string, (ctx: FactContext) => SQL> = {
  // A review conference chaired by the Prime Minister reports on the high-level activities; it is not one of them.
  'engagements.high_level': () => engagementFacts(`e.leader_level IN (${quoted(KEY_LEADERS)}) AND e.type <> 'conference'`),
  'engagements.all': () => engagementFacts('true'),
  'relations.upgrades': () =>
      sql.raw(`SELECT c.id::text AS row_key, c.id, 'partnership_change' AS entity, c.country_code || ': ' || coalesce(c.from_level, '—') || ' → ' || c.to_level AS title,
          c.date AS ref_date, NULL::uuid AS unit_id, NULL::uuid[] AS unit_ids, ARRAY[c.country_code] AS countries, '{}'::text[] AS fields, '{}'::uuid[] AS partner_ids,
          c.to_level AS category, NULL::numeric AS amount,
          coalesce('/partners/' || (SELECT p.id FROM partners p WHERE p.kind = 'country' AND p.country_code = c.country_code ORDER BY p.id LIMIT 1), '/partners') AS href, c.demo
        FROM partnership_changes c`),
  'agreements.signed': () => agreementFacts(sql`true`),
  'agreements.local_international': () => agreementFacts(localInternational),
  'activities.all': () => activityFacts(sql`true`),
  'activities.missions': () => activityFacts(sql`au.type = 'mission'`),
  'activities.provinces': () => activityFacts(sql`au.type = 'province'`),
  'activities.missions_supporting_localities': () => activityFacts(sql`au.type = 'mission' AND EXISTS (SELECT 1 FROM activity_provinces sp WHERE sp.activity_id = activities.id)`),
  'activities.no_result': (ctx) => activityFacts(noResultRecorded(ctx.asOf)),
  'support_requests.answered': () =>
      sql.raw(`SELECT r.id::text AS row_key, r.id, 'support_request' AS entity, r.title, (r.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS ref_date,
          r.target_unit_id AS unit_id, ARRAY[r.target_unit_id, r.requesting_unit_id] AS unit_ids,
          CASE WHEN r.country_code IS NULL THEN '{}'::text[] ELSE ARRAY[r.country_code] END AS countries, '{}'::text[] AS fields, '{}'::uuid[] AS partner_ids,
          r.status AS category, NULL::numeric AS amount, '/support-requests/' || r.id AS href, r.demo
        FROM support_requests r WHERE r.answered_at IS NOT NULL`),
  'commitments.total': implementation('commitment', 'true'),
  'commitments.fulfilled': implementation('commitment', 'f.fulfilled'),
  'commitments.overdue': implementation('commitment', 'f.overdue'),
  'tasks.on_time': implementation('task', 'f.fulfilled AND NOT f.slipping'),
  'tasks.slipped': implementation('task', 'f.slipping'),
  'tasks.overdue': implementation('task', 'f.overdue'),
  'reports.expected': expectedReports,
  'reports.submitted': () => sql`SELECT * FROM (${expectedReports()}) x WHERE x.category IN ('submitted', 'approved')`,
  ...OUTCOME_FACTS,
};
