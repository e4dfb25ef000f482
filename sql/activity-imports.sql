-- The SQL of the activity-imports repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- activityImportsRepo.importKeysOf (src/server/modules/activity-imports/activity-imports.repo.ts)
select "import_key"
  from "activities"
  where ("activities"."unit_id" = $1 and "activities"."import_key" in ($2, $3));
