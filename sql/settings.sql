-- The SQL of the settings repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- demoDataRepo.present (src/server/modules/settings/demo-data.repo.ts)
SELECT EXISTS (SELECT 1 FROM users WHERE demo) OR EXISTS (SELECT 1 FROM engagements WHERE demo) OR EXISTS (SELECT 1 FROM agreements WHERE demo) OR EXISTS (SELECT 1 FROM commitments WHERE demo) OR EXISTS (SELECT 1 FROM tasks WHERE demo) OR EXISTS (SELECT 1 FROM activities WHERE demo) OR EXISTS (SELECT 1 FROM outcomes WHERE demo) OR EXISTS (SELECT 1 FROM partners WHERE demo) OR EXISTS (SELECT 1 FROM support_requests WHERE demo) OR EXISTS (SELECT 1 FROM source_documents WHERE demo) OR EXISTS (SELECT 1 FROM partnership_changes WHERE demo) AS present;

-- settingsRepo.find (src/server/modules/settings/settings.repo.ts)
select "value", "version"
  from "app_settings"
  where "app_settings"."key" = $1;

-- settingsRepo.save (src/server/modules/settings/settings.repo.ts)
update "app_settings"
  set "value" = $1, "version" = $2, "updated_by" = $3, "updated_at" = $4
  where ("app_settings"."key" = $5 and "app_settings"."version" = $6)
  returning "version";
