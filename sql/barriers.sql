-- The SQL of the barriers repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- barriersRepo.list (src/server/modules/barriers/barriers.repo.ts)
select "barriers"."id", "barriers"."unit_id", "barriers"."title", "barriers"."description", "barriers"."country_code", "barriers"."sectors", "barriers"."hs_codes", "barriers"."measure_type", "barriers"."value_at_stake", "barriers"."currency", "barriers"."priority", "barriers"."status", "barriers"."status_since", "barriers"."source", "barriers"."demo", "barriers"."version", "barriers"."created_by", "barriers"."created_at", "barriers"."updated_at", "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "barriers"
  inner join "org_units" on "org_units"."id" = "barriers"."unit_id"
  where ("barriers"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "barrier_provinces" WHERE "barrier_provinces"."barrier_id" = "barriers"."id" AND "barrier_provinces"."unit_id" in ($3, $4)))
  order by CASE "barriers"."priority" WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, "barriers"."status_since" desc, "barriers"."id" desc
  limit $5;
select count(*)
  from "barriers"
  where ("barriers"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "barrier_provinces" WHERE "barrier_provinces"."barrier_id" = "barriers"."id" AND "barrier_provinces"."unit_id" in ($3, $4)));

-- barriersRepo.findReadable (src/server/modules/barriers/barriers.repo.ts)
select "barriers"."id", "barriers"."unit_id", "barriers"."title", "barriers"."description", "barriers"."country_code", "barriers"."sectors", "barriers"."hs_codes", "barriers"."measure_type", "barriers"."value_at_stake", "barriers"."currency", "barriers"."priority", "barriers"."status", "barriers"."status_since", "barriers"."source", "barriers"."demo", "barriers"."version", "barriers"."created_by", "barriers"."created_at", "barriers"."updated_at", "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "barriers"
  inner join "org_units" on "org_units"."id" = "barriers"."unit_id"
  where ("barriers"."id" = $1 and ("barriers"."unit_id" in ($2, $3) or EXISTS (SELECT 1 FROM "barrier_provinces" WHERE "barrier_provinces"."barrier_id" = "barriers"."id" AND "barrier_provinces"."unit_id" in ($4, $5))));

-- barriersRepo.findByIdForUpdate (src/server/modules/barriers/barriers.repo.ts)
select "id", "unit_id", "title", "description", "country_code", "sectors", "hs_codes", "measure_type", "value_at_stake", "currency", "priority", "status", "status_since", "source", "demo", "version", "created_by", "created_at", "updated_at"
  from "barriers"
  where "barriers"."id" = $1
  for update;

-- barriersRepo.insert (src/server/modules/barriers/barriers.repo.ts)
insert into "barriers" ("id", "unit_id", "title", "description", "country_code", "sectors", "hs_codes", "measure_type", "value_at_stake", "currency", "priority", "status", "status_since", "source", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "unit_id", "title", "description", "country_code", "sectors", "hs_codes", "measure_type", "value_at_stake", "currency", "priority", "status", "status_since", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- barriersRepo.update (src/server/modules/barriers/barriers.repo.ts)
update "barriers"
  set "version" = "barriers"."version" + 1, "updated_at" = $1
  where ("barriers"."id" = $2 and "barriers"."version" = $3)
  returning "id", "unit_id", "title", "description", "country_code", "sectors", "hs_codes", "measure_type", "value_at_stake", "currency", "priority", "status", "status_since", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- barriersRepo.provinces (src/server/modules/barriers/barriers.repo.ts)
select "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "barrier_provinces"
  inner join "org_units" on "org_units"."id" = "barrier_provinces"."unit_id"
  where "barrier_provinces"."barrier_id" = $1
  order by "org_units"."code" asc;

-- barriersRepo.businesses (src/server/modules/barriers/barriers.repo.ts)
select "partners"."id", "partners"."name_vi", "partners"."name_en"
  from "barrier_businesses"
  inner join "partners" on "partners"."id" = "barrier_businesses"."partner_id"
  where "barrier_businesses"."barrier_id" = $1
  order by "partners"."name_vi" asc;

-- barriersRepo.milestones (src/server/modules/barriers/barriers.repo.ts)
select "barrier_milestones"."id", "barrier_milestones"."barrier_id", "barrier_milestones"."position", "barrier_milestones"."title", "barrier_milestones"."due_date", "barrier_milestones"."done_on", "barrier_milestones"."commitment_id", "barrier_milestones"."task_id", "commitments"."title", "tasks"."title"
  from "barrier_milestones"
  left join "commitments" on "commitments"."id" = "barrier_milestones"."commitment_id"
  left join "tasks" on "tasks"."id" = "barrier_milestones"."task_id"
  where "barrier_milestones"."barrier_id" = $1
  order by "barrier_milestones"."position" asc;

-- barriersRepo.history (src/server/modules/barriers/barriers.repo.ts)
select "barrier_status_changes"."id", "barrier_status_changes"."barrier_id", "barrier_status_changes"."status", "barrier_status_changes"."effective_date", "barrier_status_changes"."note", "barrier_status_changes"."user_id", "barrier_status_changes"."created_at", "users"."name"
  from "barrier_status_changes"
  left join "users" on "users"."id" = "barrier_status_changes"."user_id"
  where "barrier_status_changes"."barrier_id" = $1
  order by "barrier_status_changes"."effective_date" asc, "barrier_status_changes"."created_at" asc, "barrier_status_changes"."id" asc;

-- barriersRepo.setProvinces (src/server/modules/barriers/barriers.repo.ts)
delete
  from "barrier_provinces"
  where "barrier_provinces"."barrier_id" = $1;
insert into "barrier_provinces" ("barrier_id", "unit_id")
  values ($1, $2), ($3, $4);

-- barriersRepo.setBusinesses (src/server/modules/barriers/barriers.repo.ts)
delete
  from "barrier_businesses"
  where "barrier_businesses"."barrier_id" = $1;
insert into "barrier_businesses" ("barrier_id", "partner_id")
  values ($1, $2), ($3, $4);

-- barriersRepo.setMilestones (src/server/modules/barriers/barriers.repo.ts)
delete
  from "barrier_milestones"
  where "barrier_milestones"."barrier_id" = $1;

-- barriersRepo.insertStatusChange (src/server/modules/barriers/barriers.repo.ts)
insert into "barrier_status_changes" ("id", "barrier_id", "status", "effective_date", "note", "user_id", "created_at")
  values ($1, default, default, default, default, default, default)
  returning "id", "barrier_id", "status", "effective_date", "note", "user_id", "created_at";
