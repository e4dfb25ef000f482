-- The SQL of the seed repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- scaleRepo.units (src/server/seed/scale.repo.ts)
select "id", "type", "code", "valid_from", "valid_to", "name_vi"
  from "org_units"
  where "org_units"."type" in ($1, $2, $3, $4)
  order by "org_units"."type" asc, "org_units"."code" asc, "org_units"."valid_from" asc;

-- scaleRepo.countries (src/server/seed/scale.repo.ts)
select "id", "code", "name_vi", "name_en"
  from "partners"
  where "partners"."kind" = $1
  order by "partners"."code" asc;

-- scaleRepo.periods (src/server/seed/scale.repo.ts)
select "id", "kind", "start_date"
  from "reporting_periods"
  where ("reporting_periods"."start_date" >= $1 and "reporting_periods"."start_date" < $2);
