-- The SQL of the dashboard repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- dashboardRepo.commitmentCountsByGroup (src/server/modules/dashboard/dashboard.repo.ts)
SELECT g.key, g.label_vi, g.label_en, count(DISTINCT f.id)::int AS total, (count(DISTINCT f.id) FILTER (WHERE f.fulfilled))::int AS fulfilled,
   (count(DISTINCT f.id) FILTER (WHERE f.overdue))::int AS overdue
  FROM (SELECT c.id, c.title, c.status, c.due_date, c.owner_unit_id AS unit_id,
              ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, CASE WHEN cardinality(c.fields) > 0 THEN c.fields ELSE coalesce(a.fields, '{}'::text[]) END AS all_fields,
              coalesce(c.due_date, e.start_date, a.signed_date, (c.created_at AT TIME ZONE $1)::date) AS ref_date,
              NULL::int AS slip_count, NULL::uuid AS commitment_id,
              (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AS fulfilled, (NOT (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AND (coalesce(c.due_date < $2::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = c.id AND (ot.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND ot.due_date < $3::date)))) AS overdue, false AS slipping, c.demo
            FROM commitments c
            LEFT JOIN agreements a ON a.id = c.agreement_id
            LEFT JOIN engagements e ON e.id = coalesce(c.engagement_id, a.engagement_id)) f
  CROSS JOIN LATERAL (SELECT u.id::text AS key, u.name_vi AS label_vi, u.name_en AS label_en FROM org_units u WHERE u.id = f.unit_id) g
  WHERE true
  GROUP BY g.key, g.label_vi, g.label_en
  ORDER BY count(DISTINCT f.id) DESC, g.label_vi;

-- dashboardRepo.commitmentCounts (src/server/modules/dashboard/dashboard.repo.ts)
SELECT count(DISTINCT f.id)::int AS total, (count(DISTINCT f.id) FILTER (WHERE f.fulfilled))::int AS fulfilled,
   (count(DISTINCT f.id) FILTER (WHERE f.overdue))::int AS overdue
  FROM (SELECT c.id, c.title, c.status, c.due_date, c.owner_unit_id AS unit_id,
              ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, CASE WHEN cardinality(c.fields) > 0 THEN c.fields ELSE coalesce(a.fields, '{}'::text[]) END AS all_fields,
              coalesce(c.due_date, e.start_date, a.signed_date, (c.created_at AT TIME ZONE $1)::date) AS ref_date,
              NULL::int AS slip_count, NULL::uuid AS commitment_id,
              (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AS fulfilled, (NOT (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AND (coalesce(c.due_date < $2::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = c.id AND (ot.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND ot.due_date < $3::date)))) AS overdue, false AS slipping, c.demo
            FROM commitments c
            LEFT JOIN agreements a ON a.id = c.agreement_id
            LEFT JOIN engagements e ON e.id = coalesce(c.engagement_id, a.engagement_id)) f
  WHERE true;

-- dashboardRepo.count (src/server/modules/dashboard/dashboard.repo.ts)
SELECT count(*)::int AS total
  FROM (SELECT c.id, c.title, c.status, c.due_date, c.owner_unit_id AS unit_id,
              ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, CASE WHEN cardinality(c.fields) > 0 THEN c.fields ELSE coalesce(a.fields, '{}'::text[]) END AS all_fields,
              coalesce(c.due_date, e.start_date, a.signed_date, (c.created_at AT TIME ZONE $1)::date) AS ref_date,
              NULL::int AS slip_count, NULL::uuid AS commitment_id,
              (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AS fulfilled, (NOT (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AND (coalesce(c.due_date < $2::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = c.id AND (ot.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND ot.due_date < $3::date)))) AS overdue, false AS slipping, c.demo
            FROM commitments c
            LEFT JOIN agreements a ON a.id = c.agreement_id
            LEFT JOIN engagements e ON e.id = coalesce(c.engagement_id, a.engagement_id)) f
  WHERE true AND f.unit_ids && $4::uuid[] AND f.unit_ids && $5::uuid[] AND $6::uuid IN (SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = f.engagement_id
   UNION SELECT ap.partner_id FROM agreement_parties ap WHERE ap.agreement_id = f.agreement_id AND ap.partner_id IS NOT NULL) AND $7 = ANY(f.all_fields) AND NOT f.demo AND f.ref_date >= $8::date AND f.ref_date < $9::date AND f.overdue AND EXISTS (SELECT 1 FROM (SELECT u.id::text AS key, u.name_vi AS label_vi, u.name_en AS label_en FROM org_units u WHERE u.id = f.unit_id) g WHERE g.key = $10);

-- dashboardRepo.records (src/server/modules/dashboard/dashboard.repo.ts)
SELECT r.id, r.title, r.status, r.due_date::text AS due_date, r.unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi,
                 u.name_en AS unit_name_en, r.slip_count, r.commitment_id, r.engagement_id
  FROM (SELECT f.* FROM (SELECT c.id, c.title, c.status, c.due_date, c.owner_unit_id AS unit_id,
              ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, CASE WHEN cardinality(c.fields) > 0 THEN c.fields ELSE coalesce(a.fields, '{}'::text[]) END AS all_fields,
              coalesce(c.due_date, e.start_date, a.signed_date, (c.created_at AT TIME ZONE $1)::date) AS ref_date,
              NULL::int AS slip_count, NULL::uuid AS commitment_id,
              (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AS fulfilled, (NOT (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AND (coalesce(c.due_date < $2::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = c.id AND (ot.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND ot.due_date < $3::date)))) AS overdue, false AS slipping, c.demo
            FROM commitments c
            LEFT JOIN agreements a ON a.id = c.agreement_id
            LEFT JOIN engagements e ON e.id = coalesce(c.engagement_id, a.engagement_id)) f WHERE true AND f.unit_ids && $4::uuid[] AND f.unit_ids && $5::uuid[] AND $6::uuid IN (SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = f.engagement_id
   UNION SELECT ap.partner_id FROM agreement_parties ap WHERE ap.agreement_id = f.agreement_id AND ap.partner_id IS NOT NULL) AND $7 = ANY(f.all_fields) AND NOT f.demo AND f.ref_date >= $8::date AND f.ref_date < $9::date AND f.overdue AND EXISTS (SELECT 1 FROM (SELECT u.id::text AS key, u.name_vi AS label_vi, u.name_en AS label_en FROM org_units u WHERE u.id = f.unit_id) g WHERE g.key = $10)) r JOIN org_units u ON u.id = r.unit_id
  ORDER BY r.due_date NULLS LAST, r.id
  LIMIT $11
  OFFSET $12;

-- dashboardRepo.commitmentTaskSummaries (src/server/modules/dashboard/dashboard.repo.ts)
SELECT t.id, t.title, t.status, t.start_date::text AS start_date, t.due_date::text AS due_date,
                 t.original_due_date::text AS original_due_date, t.slip_count, t.completed_at::text AS completed_at, t.commitment_id,
                 ru.id AS ru_id, ru.code AS ru_code, ru.name_vi AS ru_name_vi, ru.name_en AS ru_name_en,
                 au.id AS au_id, au.code AS au_code, au.name_vi AS au_name_vi, au.name_en AS au_name_en
  FROM tasks t JOIN org_units ru ON ru.id = t.responsible_unit_id JOIN org_units au ON au.id = t.assigning_unit_id
  WHERE t.commitment_id = ANY($1::uuid[])
  ORDER BY t.due_date, t.id
  LIMIT $2;

-- dashboardRepo.unitTaskSummaries (src/server/modules/dashboard/dashboard.repo.ts)
SELECT t.id, t.title, t.status, t.start_date::text AS start_date, t.due_date::text AS due_date,
                 t.original_due_date::text AS original_due_date, t.slip_count, t.completed_at::text AS completed_at, t.commitment_id,
                 ru.id AS ru_id, ru.code AS ru_code, ru.name_vi AS ru_name_vi, ru.name_en AS ru_name_en,
                 au.id AS au_id, au.code AS au_code, au.name_vi AS au_name_vi, au.name_en AS au_name_en
  FROM tasks t JOIN org_units ru ON ru.id = t.responsible_unit_id JOIN org_units au ON au.id = t.assigning_unit_id
  WHERE t.responsible_unit_id = ANY($1::uuid[]) AND t.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND t.due_date BETWEEN $2::date AND $3::date + $4::int
  ORDER BY t.due_date, t.id
  LIMIT $5;

-- dashboardRepo.countUnitTasks (src/server/modules/dashboard/dashboard.repo.ts)
SELECT count(*)::int AS total
  FROM tasks t
  WHERE t.responsible_unit_id = ANY($1::uuid[]) AND t.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND t.due_date BETWEEN $2::date AND $3::date + $4::int;

-- dashboardRepo.taskSummaries (src/server/modules/dashboard/dashboard.repo.ts)
SELECT t.id, t.title, t.status, t.start_date::text AS start_date, t.due_date::text AS due_date,
                 t.original_due_date::text AS original_due_date, t.slip_count, t.completed_at::text AS completed_at, t.commitment_id,
                 ru.id AS ru_id, ru.code AS ru_code, ru.name_vi AS ru_name_vi, ru.name_en AS ru_name_en,
                 au.id AS au_id, au.code AS au_code, au.name_vi AS au_name_vi, au.name_en AS au_name_en
  FROM tasks t JOIN org_units ru ON ru.id = t.responsible_unit_id JOIN org_units au ON au.id = t.assigning_unit_id
  WHERE $1
  ORDER BY t.due_date, t.id
  LIMIT $2;

-- dashboardRepo.countTasks (src/server/modules/dashboard/dashboard.repo.ts)
SELECT count(*)::int AS total
  FROM tasks t
  WHERE $1;

-- dashboardRepo.metricTaskSummaries (src/server/modules/dashboard/dashboard.repo.ts)
SELECT t.id, t.title, t.status, t.start_date::text AS start_date, t.due_date::text AS due_date,
                 t.original_due_date::text AS original_due_date, t.slip_count, t.completed_at::text AS completed_at, t.commitment_id,
                 ru.id AS ru_id, ru.code AS ru_code, ru.name_vi AS ru_name_vi, ru.name_en AS ru_name_en,
                 au.id AS au_id, au.code AS au_code, au.name_vi AS au_name_vi, au.name_en AS au_name_en
  FROM tasks t JOIN org_units ru ON ru.id = t.responsible_unit_id JOIN org_units au ON au.id = t.assigning_unit_id
  WHERE t.id IN (SELECT f.id FROM (SELECT t.id, t.title, t.status, t.due_date, t.responsible_unit_id AS unit_id,
              ARRAY[t.responsible_unit_id, t.assigning_unit_id] AS unit_ids,
              coalesce(c.engagement_id, a.engagement_id) AS engagement_id, c.agreement_id, CASE WHEN cardinality(c.fields) > 0 THEN c.fields ELSE coalesce(a.fields, '{}'::text[]) END AS all_fields,
              t.due_date AS ref_date, t.slip_count, t.commitment_id,
              t.status IN ('completed', 'completed_with_changes') AS fulfilled,
              (t.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND t.due_date < $1::date) AS overdue, t.slip_count > 0 AS slipping, t.demo
            FROM tasks t
            LEFT JOIN commitments c ON c.id = t.commitment_id
            LEFT JOIN agreements a ON a.id = c.agreement_id) f WHERE true AND f.unit_ids && $2::uuid[] AND f.unit_ids && $3::uuid[] AND $4::uuid IN (SELECT ep.partner_id FROM engagement_partners ep WHERE ep.engagement_id = f.engagement_id
   UNION SELECT ap.partner_id FROM agreement_parties ap WHERE ap.agreement_id = f.agreement_id AND ap.partner_id IS NOT NULL) AND $5 = ANY(f.all_fields) AND NOT f.demo AND f.ref_date >= $6::date AND f.ref_date < $7::date AND f.overdue AND EXISTS (SELECT 1 FROM (SELECT u.id::text AS key, u.name_vi AS label_vi, u.name_en AS label_en FROM org_units u WHERE u.id = f.unit_id) g WHERE g.key = $8))
  ORDER BY t.due_date, t.id
  LIMIT $9;

-- dashboardRepo.promisedCommitments (src/server/modules/dashboard/dashboard.repo.ts)
SELECT c.id, c.title, c.source_quote, c.agreement_id, c.due_date::text AS due_date, c.status,
                 (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AS fulfilled, (NOT (c.status = 'fulfilled' OR (EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id) AND NOT EXISTS (SELECT 1 FROM tasks ft WHERE ft.commitment_id = c.id AND ft.status NOT IN ('completed', 'completed_with_changes')))) AND (coalesce(c.due_date < $1::date, false) OR EXISTS (SELECT 1 FROM tasks ot WHERE ot.commitment_id = c.id AND (ot.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND ot.due_date < $2::date)))) AS overdue,
                 ARRAY[c.owner_unit_id] || ARRAY(SELECT co.unit_id FROM commitment_co_owners co WHERE co.commitment_id = c.id) AS unit_ids,
                 u.id AS unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en
  FROM commitments c
  LEFT JOIN agreements a ON a.id = c.agreement_id
  LEFT JOIN source_documents sd ON sd.id = c.source_document_id
          JOIN org_units u ON u.id = c.owner_unit_id
  WHERE c.engagement_id = $3 OR a.engagement_id = $4 OR sd.engagement_id = $5
  ORDER BY c.due_date NULLS LAST, c.created_at, c.id;
