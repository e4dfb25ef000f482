-- The SQL of the engagements repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- engagementsRepo.list (src/server/modules/engagements/engagements.repo.ts)
select "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at"
  from "engagements"
  where (("engagements"."lead_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "engagement_units" WHERE "engagement_units"."engagement_id" = "engagements"."id" AND "engagement_units"."unit_id" in ($3, $4))) and "engagements"."type" = $5 and "engagements"."end_date" >= $6 and "engagements"."start_date" < $7 and $8 = ANY("engagements"."country_codes") and EXISTS (SELECT 1 FROM "engagement_partners" WHERE "engagement_partners"."engagement_id" = "engagements"."id" AND "engagement_partners"."partner_id" = $9) and ("engagements"."lead_unit_id" in ($10) or EXISTS (SELECT 1 FROM "engagement_units" WHERE "engagement_units"."engagement_id" = "engagements"."id" AND "engagement_units"."unit_id" in ($11))) and "engagements"."country_codes" && ARRAY(SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and "engagements"."demo" = $13 and f_unaccent(lower("engagements"."title_vi" || ' ' || "engagements"."title_en" || ' ' || "engagements"."leader_name" || ' ' || coalesce("engagements"."summary", ''))) LIKE '%' || f_unaccent(lower($14)) || '%')
  order by CASE WHEN f_unaccent(lower("engagements"."title_vi" || ' ' || "engagements"."title_en" || ' ' || "engagements"."leader_name" || ' ' || coalesce("engagements"."summary", ''))) LIKE '%' || f_unaccent(lower($15)) || '%' THEN 0 ELSE 1 END, "engagements"."start_date" desc, "engagements"."title_vi" asc
  limit $16;
select count(*)
  from "engagements"
  where (("engagements"."lead_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "engagement_units" WHERE "engagement_units"."engagement_id" = "engagements"."id" AND "engagement_units"."unit_id" in ($3, $4))) and "engagements"."type" = $5 and "engagements"."end_date" >= $6 and "engagements"."start_date" < $7 and $8 = ANY("engagements"."country_codes") and EXISTS (SELECT 1 FROM "engagement_partners" WHERE "engagement_partners"."engagement_id" = "engagements"."id" AND "engagement_partners"."partner_id" = $9) and ("engagements"."lead_unit_id" in ($10) or EXISTS (SELECT 1 FROM "engagement_units" WHERE "engagement_units"."engagement_id" = "engagements"."id" AND "engagement_units"."unit_id" in ($11))) and "engagements"."country_codes" && ARRAY(SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and "engagements"."demo" = $13 and f_unaccent(lower("engagements"."title_vi" || ' ' || "engagements"."title_en" || ' ' || "engagements"."leader_name" || ' ' || coalesce("engagements"."summary", ''))) LIKE '%' || f_unaccent(lower($14)) || '%');

-- engagementsRepo.findById (src/server/modules/engagements/engagements.repo.ts)
select "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at"
  from "engagements"
  where "engagements"."id" = $1;

-- engagementsRepo.findByIdForUpdate (src/server/modules/engagements/engagements.repo.ts)
select "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at"
  from "engagements"
  where "engagements"."id" = $1
  for update;

-- engagementsRepo.findByTitleAndStart (src/server/modules/engagements/engagements.repo.ts)
select "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at"
  from "engagements"
  where ("engagements"."title_vi" = $1 and "engagements"."start_date" = $2);

-- engagementsRepo.findByTitles (src/server/modules/engagements/engagements.repo.ts)
select "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at"
  from "engagements"
  where "engagements"."title_vi" in ($1, $2)
  order by "engagements"."id" asc;

-- engagementsRepo.insert (src/server/modules/engagements/engagements.repo.ts)
insert into "engagements" ("id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at";

-- engagementsRepo.insertMany (src/server/modules/engagements/engagements.repo.ts)
insert into "engagements" ("id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, $2, $3, $4, $5, $6, $7, $8, default, $9, default, default, default, default, default, default, default, default, default)
  returning "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at";
insert into "engagement_units" ("engagement_id", "unit_id")
  values ($1, $2);
insert into "engagement_partners" ("engagement_id", "partner_id")
  values ($1, $2);

-- engagementsRepo.update (src/server/modules/engagements/engagements.repo.ts)
update "engagements"
  set "version" = "engagements"."version" + 1, "updated_at" = $1
  where ("engagements"."id" = $2 and "engagements"."version" = $3)
  returning "id", "title_vi", "title_en", "type", "leader_name", "leader_level", "start_date", "end_date", "country_codes", "lead_unit_id", "summary", "sectors", "missions_attending", "provinces_attending", "demo", "version", "created_by", "created_at", "updated_at";

-- engagementsRepo.unitIdsOf (src/server/modules/engagements/engagements.repo.ts)
select "engagement_id", "unit_id"
  from "engagement_units"
  where "engagement_units"."engagement_id" in ($1, $2);

-- engagementsRepo.partnersOf (src/server/modules/engagements/engagements.repo.ts)
select "engagement_partners"."engagement_id", "partners"."id", "partners"."kind", "partners"."code", "partners"."name_vi", "partners"."name_en", "partners"."short_name", "partners"."country_code", "partners"."parent_id", "partners"."website", "partners"."notes", "partners"."demo", "partners"."version", "partners"."created_at", "partners"."updated_at"
  from "engagement_partners"
  inner join "partners" on "partners"."id" = "engagement_partners"."partner_id"
  where "engagement_partners"."engagement_id" in ($1, $2)
  order by "partners"."name_vi" asc;

-- engagementsRepo.setUnits (src/server/modules/engagements/engagements.repo.ts)
delete
  from "engagement_units"
  where "engagement_units"."engagement_id" = $1;
insert into "engagement_units" ("engagement_id", "unit_id")
  values ($1, $2), ($3, $4);

-- engagementsRepo.setPartners (src/server/modules/engagements/engagements.repo.ts)
delete
  from "engagement_partners"
  where "engagement_partners"."engagement_id" = $1;
insert into "engagement_partners" ("engagement_id", "partner_id")
  values ($1, $2), ($3, $4);
