-- The SQL of the activities repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- activitiesRepo.list (src/server/modules/activities/activities.repo.ts)
select "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at", ("activities"."end_date" <= $1::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")), (SELECT count(*) FROM "outcomes" r WHERE r.activity_id = "activities"."id")
  from "activities"
  where (("activities"."unit_id" in ($2, $3) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($4, $5))) and "activities"."unit_id" in ($6) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($7)) and "activities"."type" = $8 and "activities"."start_date" >= $9 and "activities"."start_date" < $10 and "activities"."country_code" = $11 and ("activities"."end_date" <= $12::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $13) and $14 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $15) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $16 and (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($18)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($19)) || '%')))
  order by CASE WHEN f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($20)) || '%' THEN 0 ELSE 1 END, "activities"."start_date" desc, "activities"."title" asc, "activities"."id" asc
  limit $21;
select count(*)
  from "activities"
  where (("activities"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($3, $4))) and "activities"."unit_id" in ($5) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($6)) and "activities"."type" = $7 and "activities"."start_date" >= $8 and "activities"."start_date" < $9 and "activities"."country_code" = $10 and ("activities"."end_date" <= $11::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and $13 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $14) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $15 and (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($16)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($18)) || '%')));

-- activitiesRepo.findComputed (src/server/modules/activities/activities.repo.ts)
select "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at", ("activities"."end_date" <= $1::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")), (SELECT count(*) FROM "outcomes" r WHERE r.activity_id = "activities"."id")
  from "activities"
  where "activities"."id" in ($2, $3);

-- activitiesRepo.countBy (src/server/modules/activities/activities.repo.ts)
select "unit_id", count(*)
  from "activities"
  where (("activities"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($3, $4))) and "activities"."unit_id" in ($5) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($6)) and "activities"."type" = $7 and "activities"."start_date" >= $8 and "activities"."start_date" < $9 and "activities"."country_code" = $10 and ("activities"."end_date" <= $11::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and $13 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $14) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $15 and (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($16)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($18)) || '%')))
  group by "activities"."unit_id"
  order by count(*) desc, "activities"."unit_id" asc;

-- activitiesRepo.formalismByUnit (src/server/modules/activities/activities.repo.ts)
select "unit_id", count(*), count(*) FILTER (WHERE ("activities"."end_date" <= $1::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")))
  from "activities"
  where (("activities"."unit_id" in ($2, $3) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($4, $5))) and "activities"."unit_id" in ($6) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($7)) and "activities"."type" = $8 and "activities"."start_date" >= $9 and "activities"."start_date" < $10 and "activities"."country_code" = $11 and ("activities"."end_date" <= $12::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $13) and $14 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $15) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $16 and (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($18)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("activities"."description", ''))) LIKE '%' || f_unaccent(lower($19)) || '%')))
  group by "activities"."unit_id";

-- activitiesRepo.findById (src/server/modules/activities/activities.repo.ts)
select "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at"
  from "activities"
  where "activities"."id" = $1;

-- activitiesRepo.findByIdForUpdate (src/server/modules/activities/activities.repo.ts)
select "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at"
  from "activities"
  where "activities"."id" = $1
  for update;

-- activitiesRepo.insert (src/server/modules/activities/activities.repo.ts)
insert into "activities" ("id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at";

-- activitiesRepo.update (src/server/modules/activities/activities.repo.ts)
update "activities"
  set "version" = "activities"."version" + 1, "updated_at" = $1
  where ("activities"."id" = $2 and "activities"."version" = $3)
  returning "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at";

-- activitiesRepo.delete (src/server/modules/activities/activities.repo.ts)
delete
  from "activities"
  where ("activities"."id" = $1 and "activities"."version" = $2)
  returning "id";

-- activitiesRepo.provinceIdsOf (src/server/modules/activities/activities.repo.ts)
select "activity_id", "unit_id"
  from "activity_provinces"
  where "activity_provinces"."activity_id" in ($1, $2);

-- activitiesRepo.partnersOf (src/server/modules/activities/activities.repo.ts)
select "activity_partners"."activity_id", "partners"."id", "partners"."kind", "partners"."code", "partners"."name_vi", "partners"."name_en", "partners"."short_name", "partners"."country_code", "partners"."parent_id", "partners"."website", "partners"."notes", "partners"."demo", "partners"."version", "partners"."created_at", "partners"."updated_at"
  from "activity_partners"
  inner join "partners" on "partners"."id" = "activity_partners"."partner_id"
  where "activity_partners"."activity_id" in ($1, $2)
  order by "partners"."name_vi" asc;

-- activitiesRepo.outputsOf (src/server/modules/activities/activities.repo.ts)
select "id", "activity_id", "kind", "quantity", "note"
  from "activity_outputs"
  where "activity_outputs"."activity_id" in ($1, $2)
  order by "activity_outputs"."id" asc;

-- activitiesRepo.insertMany (src/server/modules/activities/activities.repo.ts)
insert into "activities" ("id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, $2, $3, $4, default, $5, $6, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "unit_id", "type", "title", "description", "start_date", "end_date", "country_code", "place", "sectors", "cost", "cost_currency", "engagement_id", "agreement_id", "commitment_id", "task_id", "support_request_id", "import_key", "demo", "version", "created_by", "created_at", "updated_at";
insert into "activity_provinces" ("activity_id", "unit_id")
  values ($1, $2);
insert into "activity_outputs" ("id", "activity_id", "kind", "quantity", "note")
  values ($1, $2, $3, $4, $5);

-- activitiesRepo.setProvinces (src/server/modules/activities/activities.repo.ts)
delete
  from "activity_provinces"
  where "activity_provinces"."activity_id" = $1;
insert into "activity_provinces" ("activity_id", "unit_id")
  values ($1, $2), ($3, $4);

-- activitiesRepo.setPartners (src/server/modules/activities/activities.repo.ts)
delete
  from "activity_partners"
  where "activity_partners"."activity_id" = $1;
insert into "activity_partners" ("activity_id", "partner_id")
  values ($1, $2), ($3, $4);

-- activitiesRepo.setOutputs (src/server/modules/activities/activities.repo.ts)
delete
  from "activity_outputs"
  where "activity_outputs"."activity_id" = $1;

-- activitiesRepo.missingLinks (src/server/modules/activities/activities.repo.ts)
select "id"
  from "engagements"
  where "engagements"."id" = $1;
select "id"
  from "agreements"
  where "agreements"."id" = $1;
select "id"
  from "commitments"
  where "commitments"."id" = $1;
select "id"
  from "tasks"
  where "tasks"."id" = $1;
select "id"
  from "support_requests"
  where "support_requests"."id" = $1;
