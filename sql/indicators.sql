-- The SQL of the indicators repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- indicatorsRepo.value (src/server/modules/indicators/indicators.repo.ts)
WITH RECURSIVE 
  chain(origin, id, depth) AS (
    SELECT u.id, u.id, 0 FROM org_units u
    UNION ALL
    SELECT c.origin, s.successor_id, c.depth + 1 FROM chain c JOIN org_unit_successions s ON s.predecessor_id = c.id WHERE c.depth < 20
  ),
  unit_map AS (
    SELECT DISTINCT ON (c.origin) c.origin AS unit_id, c.id AS current_id
    FROM chain c JOIN org_units u ON u.id = c.id
    WHERE (u.valid_from IS NULL OR u.valid_from <= $1::date) AND (u.valid_to IS NULL OR u.valid_to > $2::date)
    ORDER BY c.origin, c.depth, u.code
  ),
        facts AS (SELECT raw.*, coalesce(m.current_id, raw.unit_id) AS view_unit_id FROM (SELECT e.id::text AS row_key, e.id, 'engagement' AS entity, e.title_vi AS title, e.start_date AS ref_date,
      e.lead_unit_id AS unit_id, ARRAY[e.lead_unit_id] || ARRAY(SELECT eu.unit_id FROM engagement_units eu WHERE eu.engagement_id = e.id) AS unit_ids,
      e.country_codes AS countries, '{}'::text[] AS fields,
      ARRAY(SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = e.id) AS partner_ids,
      e.leader_level AS category, NULL::numeric AS amount, '/engagements/' || e.id AS href, e.demo
    FROM engagements e WHERE e.leader_level IN ('general_secretary', 'president', 'prime_minister', 'na_chairman') AND e.type <> 'conference') raw LEFT JOIN unit_map m ON m.unit_id = raw.unit_id), selected AS (SELECT f.* FROM facts f WHERE f.ref_date >= $3::date AND f.ref_date < $4::date AND (f.unit_ids IS NULL OR f.unit_ids && $5::uuid[]) AND f.view_unit_id = $6::uuid AND EXISTS (SELECT 1 FROM org_units tu WHERE tu.id = f.view_unit_id AND tu.type = $7) AND $8 = ANY(f.countries) AND f.countries && ARRAY(SELECT cr.country_code FROM country_regions cr WHERE cr.region = $9) AND $10 = ANY(f.fields) AND $11::uuid = ANY(f.partner_ids) AND NOT f.demo) SELECT count(*)::int AS count, sum(f.amount)::text AS amount
  FROM selected f;

-- indicatorsRepo.groups (src/server/modules/indicators/indicators.repo.ts)
WITH RECURSIVE 
  chain(origin, id, depth) AS (
    SELECT u.id, u.id, 0 FROM org_units u
    UNION ALL
    SELECT c.origin, s.successor_id, c.depth + 1 FROM chain c JOIN org_unit_successions s ON s.predecessor_id = c.id WHERE c.depth < 20
  ),
  unit_map AS (
    SELECT DISTINCT ON (c.origin) c.origin AS unit_id, c.id AS current_id
    FROM chain c JOIN org_units u ON u.id = c.id
    WHERE (u.valid_from IS NULL OR u.valid_from <= $1::date) AND (u.valid_to IS NULL OR u.valid_to > $2::date)
    ORDER BY c.origin, c.depth, u.code
  ),
        facts AS (SELECT raw.*, coalesce(m.current_id, raw.unit_id) AS view_unit_id FROM (SELECT e.id::text AS row_key, e.id, 'engagement' AS entity, e.title_vi AS title, e.start_date AS ref_date,
      e.lead_unit_id AS unit_id, ARRAY[e.lead_unit_id] || ARRAY(SELECT eu.unit_id FROM engagement_units eu WHERE eu.engagement_id = e.id) AS unit_ids,
      e.country_codes AS countries, '{}'::text[] AS fields,
      ARRAY(SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = e.id) AS partner_ids,
      e.leader_level AS category, NULL::numeric AS amount, '/engagements/' || e.id AS href, e.demo
    FROM engagements e WHERE e.leader_level IN ('general_secretary', 'president', 'prime_minister', 'na_chairman') AND e.type <> 'conference') raw LEFT JOIN unit_map m ON m.unit_id = raw.unit_id), selected AS (SELECT f.* FROM facts f WHERE f.ref_date >= $3::date AND f.ref_date < $4::date AND (f.unit_ids IS NULL OR f.unit_ids && $5::uuid[]) AND f.view_unit_id = $6::uuid AND EXISTS (SELECT 1 FROM org_units tu WHERE tu.id = f.view_unit_id AND tu.type = $7) AND $8 = ANY(f.countries) AND f.countries && ARRAY(SELECT cr.country_code FROM country_regions cr WHERE cr.region = $9) AND $10 = ANY(f.fields) AND $11::uuid = ANY(f.partner_ids) AND NOT f.demo)
          SELECT g.key, g.label_vi, g.label_en, count(*)::int AS count, sum(f.amount)::text AS amount
  FROM selected f
  CROSS JOIN LATERAL (SELECT vu.id::text AS key, vu.name_vi AS label_vi, vu.name_en AS label_en FROM org_units vu WHERE vu.id = f.view_unit_id) g
  GROUP BY g.key, g.label_vi, g.label_en
  ORDER BY count(*) DESC, g.label_vi;

-- indicatorsRepo.records (src/server/modules/indicators/indicators.repo.ts)
WITH RECURSIVE 
  chain(origin, id, depth) AS (
    SELECT u.id, u.id, 0 FROM org_units u
    UNION ALL
    SELECT c.origin, s.successor_id, c.depth + 1 FROM chain c JOIN org_unit_successions s ON s.predecessor_id = c.id WHERE c.depth < 20
  ),
  unit_map AS (
    SELECT DISTINCT ON (c.origin) c.origin AS unit_id, c.id AS current_id
    FROM chain c JOIN org_units u ON u.id = c.id
    WHERE (u.valid_from IS NULL OR u.valid_from <= $1::date) AND (u.valid_to IS NULL OR u.valid_to > $2::date)
    ORDER BY c.origin, c.depth, u.code
  ),
        facts AS (SELECT raw.*, coalesce(m.current_id, raw.unit_id) AS view_unit_id FROM (SELECT e.id::text AS row_key, e.id, 'engagement' AS entity, e.title_vi AS title, e.start_date AS ref_date,
      e.lead_unit_id AS unit_id, ARRAY[e.lead_unit_id] || ARRAY(SELECT eu.unit_id FROM engagement_units eu WHERE eu.engagement_id = e.id) AS unit_ids,
      e.country_codes AS countries, '{}'::text[] AS fields,
      ARRAY(SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = e.id) AS partner_ids,
      e.leader_level AS category, NULL::numeric AS amount, '/engagements/' || e.id AS href, e.demo
    FROM engagements e WHERE e.leader_level IN ('general_secretary', 'president', 'prime_minister', 'na_chairman') AND e.type <> 'conference') raw LEFT JOIN unit_map m ON m.unit_id = raw.unit_id), selected AS (SELECT f.* FROM facts f WHERE f.ref_date >= $3::date AND f.ref_date < $4::date AND (f.unit_ids IS NULL OR f.unit_ids && $5::uuid[]) AND f.view_unit_id = $6::uuid AND EXISTS (SELECT 1 FROM org_units tu WHERE tu.id = f.view_unit_id AND tu.type = $7) AND $8 = ANY(f.countries) AND f.countries && ARRAY(SELECT cr.country_code FROM country_regions cr WHERE cr.region = $9) AND $10 = ANY(f.fields) AND $11::uuid = ANY(f.partner_ids) AND NOT f.demo)
          SELECT f.entity, f.id, f.title, f.ref_date::text AS ref_date, f.category, f.amount::text AS amount, f.href, f.countries,
                 u.id AS unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en
  FROM selected f
  LEFT JOIN org_units u ON u.id = f.view_unit_id
  ORDER BY f.ref_date DESC NULLS LAST, f.row_key
  LIMIT $12
  OFFSET $13;

-- reportedValuesRepo.within (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at"
  from "reported_values"
  where ("reported_values"."indicator_code" = $1 and "reported_values"."period_start" >= $2 and "reported_values"."period_end" <= $3)
  order by "reported_values"."period_start" asc, "reported_values"."period_end" asc;

-- reportedValuesRepo.list (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at"
  from "reported_values"
  order by "reported_values"."indicator_code" asc, "reported_values"."period_start" desc, "reported_values"."period_end" asc
  limit $1;
select count(*)
  from "reported_values";

-- reportedValuesRepo.findById (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at"
  from "reported_values"
  where "reported_values"."id" = $1;

-- reportedValuesRepo.findByIdForUpdate (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at"
  from "reported_values"
  where "reported_values"."id" = $1
  for update;

-- reportedValuesRepo.findByPeriod (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at"
  from "reported_values"
  where ("reported_values"."indicator_code" = $1 and "reported_values"."period_start" = $2 and "reported_values"."period_end" = $3)
  for update;

-- reportedValuesRepo.insert (src/server/modules/indicators/targets.repo.ts)
insert into "reported_values" ("id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at";

-- reportedValuesRepo.revise (src/server/modules/indicators/targets.repo.ts)
update "reported_values"
  set "version" = "reported_values"."version" + 1, "updated_at" = $1
  where ("reported_values"."id" = $2 and "reported_values"."version" = $3)
  returning "id", "indicator_code", "period_start", "period_end", "value", "source", "source_url", "published_on", "note", "version", "created_by", "created_at", "updated_at";

-- reportedValuesRepo.delete (src/server/modules/indicators/targets.repo.ts)
delete
  from "reported_values"
  where ("reported_values"."id" = $1 and "reported_values"."version" = $2)
  returning "id";

-- reportedValuesRepo.revisionsOf (src/server/modules/indicators/targets.repo.ts)
select "id", "reported_value_id", "version", "value", "source", "published_on", "note", "changed_by", "changed_at"
  from "reported_value_revisions"
  where "reported_value_revisions"."reported_value_id" in ($1, $2)
  order by "reported_value_revisions"."version" desc;

-- targetsRepo.list (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "year", "half", "unit_id", "low", "high", "baseline", "source", "note", "version", "created_by", "created_at", "updated_at"
  from "indicator_targets"
  order by "indicator_targets"."year" desc, "indicator_targets"."half" NULLS FIRST, "indicator_targets"."indicator_code" asc, "indicator_targets"."id" asc
  limit $1;
select count(*)
  from "indicator_targets";

-- targetsRepo.findById (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "year", "half", "unit_id", "low", "high", "baseline", "source", "note", "version", "created_by", "created_at", "updated_at"
  from "indicator_targets"
  where "indicator_targets"."id" = $1;

-- targetsRepo.findByIdForUpdate (src/server/modules/indicators/targets.repo.ts)
select "id", "indicator_code", "year", "half", "unit_id", "low", "high", "baseline", "source", "note", "version", "created_by", "created_at", "updated_at"
  from "indicator_targets"
  where "indicator_targets"."id" = $1
  for update;

-- targetsRepo.insert (src/server/modules/indicators/targets.repo.ts)
insert into "indicator_targets" ("id", "indicator_code", "year", "half", "unit_id", "low", "high", "baseline", "source", "note", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "indicator_code", "year", "half", "unit_id", "low", "high", "baseline", "source", "note", "version", "created_by", "created_at", "updated_at";

-- targetsRepo.update (src/server/modules/indicators/targets.repo.ts)
update "indicator_targets"
  set "version" = "indicator_targets"."version" + 1, "updated_at" = $1
  where ("indicator_targets"."id" = $2 and "indicator_targets"."version" = $3)
  returning "id", "indicator_code", "year", "half", "unit_id", "low", "high", "baseline", "source", "note", "version", "created_by", "created_at", "updated_at";

-- targetsRepo.delete (src/server/modules/indicators/targets.repo.ts)
delete
  from "indicator_targets"
  where ("indicator_targets"."id" = $1 and "indicator_targets"."version" = $2)
  returning "id";
