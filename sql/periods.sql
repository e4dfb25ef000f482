-- The SQL of the periods repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- periodLocksRepo.successors (src/server/modules/periods/periods.repo.ts)
WITH RECURSIVE lineage(origin, id, depth) AS (
            SELECT u, u, 0 FROM unnest($1::uuid[]) AS u
            UNION
            SELECT l.origin, s.successor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.predecessor_id = l.id WHERE l.depth < 20
          )
          SELECT DISTINCT origin, id
  FROM lineage;

-- periodLocksRepo.approvedReports (src/server/modules/periods/periods.repo.ts)
select "reporting_periods"."id", "reporting_periods"."label", "period_submissions"."unit_id", "reporting_periods"."start_date", "reporting_periods"."end_date"
  from "period_submissions"
  inner join "reporting_periods" on "reporting_periods"."id" = "period_submissions"."period_id"
  where ("period_submissions"."unit_id" in ($1, $2) and "period_submissions"."status" = $3);

-- periodsRepo.list (src/server/modules/periods/periods.repo.ts)
select "id", "kind", "label", "start_date", "end_date", "due_date", "open", "version", "created_by", "created_at", "updated_at"
  from "reporting_periods"
  order by "reporting_periods"."start_date" desc, "reporting_periods"."end_date" asc
  limit $1;
select count(*)
  from "reporting_periods";

-- periodsRepo.findById (src/server/modules/periods/periods.repo.ts)
select "id", "kind", "label", "start_date", "end_date", "due_date", "open", "version", "created_by", "created_at", "updated_at"
  from "reporting_periods"
  where "reporting_periods"."id" = $1;

-- periodsRepo.findByIdForUpdate (src/server/modules/periods/periods.repo.ts)
select "id", "kind", "label", "start_date", "end_date", "due_date", "open", "version", "created_by", "created_at", "updated_at"
  from "reporting_periods"
  where "reporting_periods"."id" = $1
  for update;

-- periodsRepo.insert (src/server/modules/periods/periods.repo.ts)
insert into "reporting_periods" ("id", "kind", "label", "start_date", "end_date", "due_date", "open", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default)
  returning "id", "kind", "label", "start_date", "end_date", "due_date", "open", "version", "created_by", "created_at", "updated_at";

-- periodsRepo.update (src/server/modules/periods/periods.repo.ts)
update "reporting_periods"
  set "version" = "reporting_periods"."version" + 1, "updated_at" = $1
  where ("reporting_periods"."id" = $2 and "reporting_periods"."version" = $3)
  returning "id", "kind", "label", "start_date", "end_date", "due_date", "open", "version", "created_by", "created_at", "updated_at";

-- submissionsRepo.list (src/server/modules/periods/periods.repo.ts)
select "period_submissions"."id", "period_submissions"."period_id", "period_submissions"."unit_id", "period_submissions"."status", "period_submissions"."summary", "period_submissions"."comment", "period_submissions"."submitted_by", "period_submissions"."submitted_at", "period_submissions"."decided_by", "period_submissions"."decided_at", "period_submissions"."frozen_figures", "period_submissions"."version", "period_submissions"."created_by", "period_submissions"."created_at", "period_submissions"."updated_at", "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "period_submissions"
  inner join "org_units" on "org_units"."id" = "period_submissions"."unit_id"
  where ("period_submissions"."period_id" = $1 and "period_submissions"."unit_id" in ($2, $3))
  order by "org_units"."type" asc, "org_units"."name_vi" asc
  limit $4;
select count(*)
  from "period_submissions"
  inner join "org_units" on "org_units"."id" = "period_submissions"."unit_id"
  where ("period_submissions"."period_id" = $1 and "period_submissions"."unit_id" in ($2, $3));

-- submissionsRepo.allOfPeriod (src/server/modules/periods/periods.repo.ts)
select "id", "period_id", "unit_id", "status", "summary", "comment", "submitted_by", "submitted_at", "decided_by", "decided_at", "frozen_figures", "version", "created_by", "created_at", "updated_at"
  from "period_submissions"
  where "period_submissions"."period_id" = $1;

-- submissionsRepo.findById (src/server/modules/periods/periods.repo.ts)
select "period_submissions"."id", "period_submissions"."period_id", "period_submissions"."unit_id", "period_submissions"."status", "period_submissions"."summary", "period_submissions"."comment", "period_submissions"."submitted_by", "period_submissions"."submitted_at", "period_submissions"."decided_by", "period_submissions"."decided_at", "period_submissions"."frozen_figures", "period_submissions"."version", "period_submissions"."created_by", "period_submissions"."created_at", "period_submissions"."updated_at", "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "period_submissions"
  inner join "org_units" on "org_units"."id" = "period_submissions"."unit_id"
  where ("period_submissions"."period_id" = $1 and "period_submissions"."id" = $2);

-- submissionsRepo.periodIdOf (src/server/modules/periods/periods.repo.ts)
select "period_id"
  from "period_submissions"
  where "period_submissions"."id" = $1;

-- submissionsRepo.findByIdForUpdate (src/server/modules/periods/periods.repo.ts)
select "id", "period_id", "unit_id", "status", "summary", "comment", "submitted_by", "submitted_at", "decided_by", "decided_at", "frozen_figures", "version", "created_by", "created_at", "updated_at"
  from "period_submissions"
  where ("period_submissions"."period_id" = $1 and "period_submissions"."id" = $2)
  for update;

-- submissionsRepo.insert (src/server/modules/periods/periods.repo.ts)
insert into "period_submissions" ("id", "period_id", "unit_id", "status", "summary", "comment", "submitted_by", "submitted_at", "decided_by", "decided_at", "frozen_figures", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "period_id", "unit_id", "status", "summary", "comment", "submitted_by", "submitted_at", "decided_by", "decided_at", "frozen_figures", "version", "created_by", "created_at", "updated_at";

-- submissionsRepo.update (src/server/modules/periods/periods.repo.ts)
update "period_submissions"
  set "version" = "period_submissions"."version" + 1, "updated_at" = $1
  where ("period_submissions"."id" = $2 and "period_submissions"."version" = $3)
  returning "id", "period_id", "unit_id", "status", "summary", "comment", "submitted_by", "submitted_at", "decided_by", "decided_at", "frozen_figures", "version", "created_by", "created_at", "updated_at";

-- submissionsRepo.figureRecords (src/server/modules/periods/periods.repo.ts)
WITH a AS (
            SELECT act.id, act.end_date FROM activities act
            WHERE act.unit_id = ANY($1::uuid[]) AND act.start_date >= $2::date AND act.start_date < $3::date
          )
          SELECT coalesce((SELECT array_agg(a.id::text ORDER BY a.id) FROM a), '{}'::text[]) AS activities,
                 coalesce((SELECT array_agg(a.id::text ORDER BY a.id) FROM a WHERE a.end_date <= $4::date - 30
                    AND NOT EXISTS (SELECT 1 FROM activity_outputs o WHERE o.activity_id = a.id)
                    AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.activity_id = a.id)), '{}'::text[]) AS without_result,
                 coalesce((SELECT array_agg(DISTINCT act.id::text) FROM activities act JOIN activity_provinces ap ON ap.activity_id = act.id
                    WHERE ap.unit_id = ANY($5::uuid[]) AND NOT act.unit_id = ANY($6::uuid[])
                      AND act.start_date >= $7::date AND act.start_date < $8::date), '{}'::text[]) AS supported,
                 coalesce((SELECT array_agg(o.id::text ORDER BY o.id) FROM outcomes o JOIN a ON a.id = o.activity_id), '{}'::text[]) AS outcomes,
                 coalesce((SELECT array_agg(o.id::text ORDER BY o.id) FROM outcomes o JOIN a ON a.id = o.activity_id
                    WHERE o.confirmation_status IN ('confirmed', 'corrected')), '{}'::text[]) AS confirmed;

-- submissionsRepo.editedSince (src/server/modules/periods/periods.repo.ts)
SELECT id::text
  FROM activities
  WHERE id = ANY($1::uuid[]) AND updated_at > $2::timestamptz
  UNION ALL
          SELECT id::text
  FROM outcomes
  WHERE id = ANY($3::uuid[]) AND updated_at > $4::timestamptz;

-- submissionsRepo.describeRecords (src/server/modules/periods/periods.repo.ts)
SELECT a.id::text, a.id::text AS activity_id, a.title AS activity_title, NULL AS outcome_kind, NULL AS business_name
  FROM activities a
  WHERE a.id = ANY($1::uuid[])
  UNION ALL
          SELECT o.id::text, a.id::text, a.title, o.kind, coalesce(p.name_vi, o.business_name)
  FROM outcomes o JOIN activities a ON a.id = o.activity_id
  LEFT JOIN partners p ON p.id = o.business_partner_id
  WHERE o.id = ANY($2::uuid[]);

-- submissionsRepo.remindedOn (src/server/modules/periods/periods.repo.ts)
select count(*)
  from "notifications"
  inner join "users" on "users"."id" = "notifications"."user_id"
  where ("notifications"."kind" = $1 and "notifications"."entity_id" = $2 and "users"."unit_id" = $3 and "notifications"."created_at" >= $4 and "notifications"."created_at" < $5::timestamptz + interval '1 day');
