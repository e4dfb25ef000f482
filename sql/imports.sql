-- The SQL of the imports repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- importRunsRepo.insert (src/server/modules/imports/import-runs.repo.ts)
insert into "import_runs" ("id", "kind", "created_by", "unit_id", "dry_run", "language", "file", "state", "rows_read", "rows_validated", "rows_written", "result", "row_errors", "error", "created_at", "started_at", "finished_at")
  values (default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default);

-- importRunsRepo.findById (src/server/modules/imports/import-runs.repo.ts)
select "id", "kind", "created_by", "unit_id", "dry_run", "language", "state", "rows_read", "rows_validated", "rows_written", "result", "row_errors", "error", "created_at", "started_at", "finished_at"
  from "import_runs"
  where "import_runs"."id" = $1;

-- importRunsRepo.start (src/server/modules/imports/import-runs.repo.ts)
update "import_runs"
  set "state" = $1, "rows_read" = $2, "rows_validated" = $3, "rows_written" = $4, "started_at" = coalesce("import_runs"."started_at", now())
  where ("import_runs"."id" = $5 and "import_runs"."state" in ($6, $7))
  returning "id", "kind", "created_by", "unit_id", "dry_run", "language", "file", "state", "rows_read", "rows_validated", "rows_written", "result", "row_errors", "error", "created_at", "started_at", "finished_at";

-- importRunsRepo.progress (src/server/modules/imports/import-runs.repo.ts)
-- no representative call yet: No values to set

-- importRunsRepo.finish (src/server/modules/imports/import-runs.repo.ts)
update "import_runs"
  set "file" = $1, "finished_at" = now()
  where "import_runs"."id" = $2;
