-- The SQL of the partnerships repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- partnershipsRepo.list (src/server/modules/partnerships/partnerships.repo.ts)
select "partnership_changes"."id", "partnership_changes"."country_code", "partnership_changes"."from_level", "partnership_changes"."to_level", "partnership_changes"."date", "partnership_changes"."date_precision", "partnership_changes"."engagement_id", "partnership_changes"."source_url", "partnership_changes"."source", "partnership_changes"."demo", "partnership_changes"."version", "partnership_changes"."created_by", "partnership_changes"."created_at", "partnership_changes"."updated_at", "engagements"."title_vi", "engagements"."title_en", "engagements"."start_date"
  from "partnership_changes"
  left join "engagements" on "engagements"."id" = "partnership_changes"."engagement_id"
  order by "partnership_changes"."date" asc, "partnership_changes"."country_code" asc;

-- partnershipsRepo.countUpgrades (src/server/modules/partnerships/partnerships.repo.ts)
select count(*)
  from "partnership_changes";

-- partnershipsRepo.currentLevels (src/server/modules/partnerships/partnerships.repo.ts)
select distinct on ("partnership_changes"."country_code") "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at"
  from "partnership_changes"
  where "partnership_changes"."country_code" = $1
  order by "partnership_changes"."country_code" asc, "partnership_changes"."date" desc;

-- partnershipsRepo.findById (src/server/modules/partnerships/partnerships.repo.ts)
select "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at"
  from "partnership_changes"
  where "partnership_changes"."id" = $1;

-- partnershipsRepo.findByIdForUpdate (src/server/modules/partnerships/partnerships.repo.ts)
select "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at"
  from "partnership_changes"
  where "partnership_changes"."id" = $1
  for update;

-- partnershipsRepo.insert (src/server/modules/partnerships/partnerships.repo.ts)
insert into "partnership_changes" ("id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- partnershipsRepo.insertIfMissing (src/server/modules/partnerships/partnerships.repo.ts)
insert into "partnership_changes" ("id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default)
  on conflict do nothing
  returning "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- partnershipsRepo.update (src/server/modules/partnerships/partnerships.repo.ts)
update "partnership_changes"
  set "version" = "partnership_changes"."version" + 1, "updated_at" = $1
  where ("partnership_changes"."id" = $2 and "partnership_changes"."version" = $3)
  returning "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- partnershipsRepo.delete (src/server/modules/partnerships/partnerships.repo.ts)
delete
  from "partnership_changes"
  where "partnership_changes"."id" = $1;

-- partnershipsRepo.linkEngagement (src/server/modules/partnerships/partnerships.repo.ts)
update "partnership_changes"
  set "engagement_id" = $1
  where ("partnership_changes"."country_code" = $2 and "partnership_changes"."to_level" = $3 and "partnership_changes"."engagement_id" IS NULL)
  returning "id", "country_code", "from_level", "to_level", "date", "date_precision", "engagement_id", "source_url", "source", "demo", "version", "created_by", "created_at", "updated_at";
