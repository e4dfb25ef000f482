-- The SQL of the partners repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- partnersRepo.list (src/server/modules/partners/partners.repo.ts)
select "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at"
  from "partners"
  order by "partners"."kind" asc, "partners"."name_vi" asc
  limit $1;
select count(*)
  from "partners";

-- partnersRepo.all (src/server/modules/partners/partners.repo.ts)
select "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at"
  from "partners";

-- partnersRepo.findById (src/server/modules/partners/partners.repo.ts)
select "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at"
  from "partners"
  where "partners"."id" = $1;

-- partnersRepo.findCountry (src/server/modules/partners/partners.repo.ts)
select "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at"
  from "partners"
  where ("partners"."kind" = $1 and "partners"."country_code" = $2)
  limit $3;

-- partnersRepo.findByIdForUpdate (src/server/modules/partners/partners.repo.ts)
select "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at"
  from "partners"
  where "partners"."id" = $1
  for update;

-- partnersRepo.findByIds (src/server/modules/partners/partners.repo.ts)
select "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at"
  from "partners"
  where "partners"."id" in ($1, $2);

-- partnersRepo.insert (src/server/modules/partners/partners.repo.ts)
insert into "partners" ("id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at";

-- partnersRepo.insertIfMissing (src/server/modules/partners/partners.repo.ts)
insert into "partners" ("id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default)
  on conflict do nothing
  returning "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at";

-- partnersRepo.update (src/server/modules/partners/partners.repo.ts)
update "partners"
  set "version" = "partners"."version" + 1, "updated_at" = $1
  where ("partners"."id" = $2 and "partners"."version" = $3)
  returning "id", "kind", "code", "name_vi", "name_en", "short_name", "country_code", "parent_id", "website", "notes", "demo", "version", "created_at", "updated_at";

-- partnersRepo.ftas (src/server/modules/partners/partners.repo.ts)
select "ftas"."id", "ftas"."short_name", "ftas"."name", "ftas"."type", "ftas"."partners", "ftas"."status", "ftas"."signed_date", "ftas"."in_force_date", "ftas"."source", coalesce(array_agg("fta_countries"."country_code" ORDER BY "fta_countries"."country_code") FILTER (WHERE "fta_countries"."country_code" IS NOT NULL), '{}')
  from "ftas"
  left join "fta_countries" on "fta_countries"."fta_id" = "ftas"."id"
  where "ftas"."id" in (select "fta_id" from "fta_countries" where "fta_countries"."country_code" = $1)
  group by "ftas"."id"
  order by "ftas"."signed_date" asc, "ftas"."short_name" asc;

-- partnersRepo.ensureFta (src/server/modules/partners/partners.repo.ts)
insert into "ftas" ("id", "short_name", "name", "type", "partners", "status", "signed_date", "in_force_date", "source")
  values ($1, default, default, default, default, default, default, default, default)
  on conflict do nothing
  returning "id", "short_name", "name", "type", "partners", "status", "signed_date", "in_force_date", "source";
select "id", "short_name", "name", "type", "partners", "status", "signed_date", "in_force_date", "source"
  from "ftas"
  where "ftas"."short_name" = $1;

-- partnersRepo.insertFtaCountries (src/server/modules/partners/partners.repo.ts)
insert into "fta_countries" ("fta_id", "country_code")
  values ($1, $2), ($3, $4)
  on conflict do nothing;
