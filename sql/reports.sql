-- The SQL of the reports repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- reportsRepo.insert (src/server/modules/reports/reports.repo.ts)
insert into "reports" ("id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at")
  values (default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at";

-- reportsRepo.findById (src/server/modules/reports/reports.repo.ts)
select "id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at"
  from "reports"
  where "reports"."id" = $1;

-- reportsRepo.findByIdForUpdate (src/server/modules/reports/reports.repo.ts)
select "id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at"
  from "reports"
  where "reports"."id" = $1
  for update;

-- reportsRepo.list (src/server/modules/reports/reports.repo.ts)
select "id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at"
  from "reports"
  order by "reports"."created_at" desc, "reports"."id" desc
  limit $1;
select count(*)
  from "reports";

-- reportsRepo.update (src/server/modules/reports/reports.repo.ts)
update "reports"
  set "version" = "reports"."version" + 1, "updated_at" = $1
  where ("reports"."id" = $2 and "reports"."version" = $3)
  returning "id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at";

-- reportsRepo.setProgress (src/server/modules/reports/reports.repo.ts)
update "reports"
  set "status" = $1, "progress" = $2
  where "reports"."id" = $3
  returning "id", "template", "unit_id", "country_code", "period", "period_start", "period_end", "language", "as_of", "status", "progress", "error", "narrative", "generated_at", "reviewed_by", "reviewed_at", "issued_by", "issued_at", "version", "created_by", "created_at", "updated_at";

-- reportsRepo.names (src/server/modules/reports/reports.repo.ts)
select "id", "name"
  from "users"
  where "users"."id" in ($1, $2);

-- reportsRepo.figures (src/server/modules/reports/reports.repo.ts)
select "id", "report_id", "section", "position", "base", "indicator_code", "params", "value", "count", "filter", "target"
  from "report_figures"
  where "report_figures"."report_id" = $1
  order by "report_figures"."section" asc, "report_figures"."position" asc, "report_figures"."base" asc;

-- reportsRepo.insertFigures (src/server/modules/reports/reports.repo.ts)
insert into "report_figures" ("id", "report_id", "section", "position", "base", "indicator_code", "params", "value", "count", "filter", "target")
  values (default, $1, default, default, default, default, default, default, default, default, default);

-- reportsRepo.deleteFigures (src/server/modules/reports/reports.repo.ts)
delete
  from "report_figures"
  where "report_figures"."report_id" = $1;
