-- The SQL of the support-requests repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- supportRequestsRepo.list (src/server/modules/support-requests/support-requests.repo.ts)
select "support_requests"."id", "support_requests"."requesting_unit_id", "support_requests"."requesting_partner_id", "support_requests"."target_unit_id", "support_requests"."title", "support_requests"."description", "support_requests"."country_code", "support_requests"."needed_from", "support_requests"."needed_to", "support_requests"."status", "support_requests"."answer", "support_requests"."answered_at", "support_requests"."demo", "support_requests"."version", "support_requests"."created_by", "support_requests"."created_at", "support_requests"."updated_at", "requesting_unit"."id", "requesting_unit"."code", "requesting_unit"."type", "requesting_unit"."kind", "requesting_unit"."name_vi", "requesting_unit"."name_en", "requesting_unit"."short_name", "requesting_unit"."country_code", "requesting_unit"."city", "requesting_unit"."valid_from", "requesting_unit"."valid_to", "requesting_unit"."source", "requesting_unit"."version", "requesting_unit"."created_at", "requesting_unit"."updated_at", "requesting_business"."id", "requesting_business"."name_vi", "requesting_business"."name_en", "target_unit"."id", "target_unit"."code", "target_unit"."type", "target_unit"."kind", "target_unit"."name_vi", "target_unit"."name_en", "target_unit"."short_name", "target_unit"."country_code", "target_unit"."city", "target_unit"."valid_from", "target_unit"."valid_to", "target_unit"."source", "target_unit"."version", "target_unit"."created_at", "target_unit"."updated_at"
  from "support_requests"
  left join "org_units" "requesting_unit" on "requesting_unit"."id" = "support_requests"."requesting_unit_id"
  left join "partners" "requesting_business" on "requesting_business"."id" = "support_requests"."requesting_partner_id"
  inner join "org_units" "target_unit" on "target_unit"."id" = "support_requests"."target_unit_id"
  where ("support_requests"."requesting_unit_id" in ($1, $2) or "support_requests"."target_unit_id" in ($3, $4))
  order by "support_requests"."created_at" desc, "support_requests"."id" desc
  limit $5;
select count(*)
  from "support_requests"
  where ("support_requests"."requesting_unit_id" in ($1, $2) or "support_requests"."target_unit_id" in ($3, $4));

-- supportRequestsRepo.findById (src/server/modules/support-requests/support-requests.repo.ts)
select "support_requests"."id", "support_requests"."requesting_unit_id", "support_requests"."requesting_partner_id", "support_requests"."target_unit_id", "support_requests"."title", "support_requests"."description", "support_requests"."country_code", "support_requests"."needed_from", "support_requests"."needed_to", "support_requests"."status", "support_requests"."answer", "support_requests"."answered_at", "support_requests"."demo", "support_requests"."version", "support_requests"."created_by", "support_requests"."created_at", "support_requests"."updated_at", "requesting_unit"."id", "requesting_unit"."code", "requesting_unit"."type", "requesting_unit"."kind", "requesting_unit"."name_vi", "requesting_unit"."name_en", "requesting_unit"."short_name", "requesting_unit"."country_code", "requesting_unit"."city", "requesting_unit"."valid_from", "requesting_unit"."valid_to", "requesting_unit"."source", "requesting_unit"."version", "requesting_unit"."created_at", "requesting_unit"."updated_at", "requesting_business"."id", "requesting_business"."name_vi", "requesting_business"."name_en", "target_unit"."id", "target_unit"."code", "target_unit"."type", "target_unit"."kind", "target_unit"."name_vi", "target_unit"."name_en", "target_unit"."short_name", "target_unit"."country_code", "target_unit"."city", "target_unit"."valid_from", "target_unit"."valid_to", "target_unit"."source", "target_unit"."version", "target_unit"."created_at", "target_unit"."updated_at"
  from "support_requests"
  left join "org_units" "requesting_unit" on "requesting_unit"."id" = "support_requests"."requesting_unit_id"
  left join "partners" "requesting_business" on "requesting_business"."id" = "support_requests"."requesting_partner_id"
  inner join "org_units" "target_unit" on "target_unit"."id" = "support_requests"."target_unit_id"
  where "support_requests"."id" = $1;

-- supportRequestsRepo.findByIdForUpdate (src/server/modules/support-requests/support-requests.repo.ts)
select "id", "requesting_unit_id", "requesting_partner_id", "target_unit_id", "title", "description", "country_code", "needed_from", "needed_to", "status", "answer", "answered_at", "demo", "version", "created_by", "created_at", "updated_at"
  from "support_requests"
  where "support_requests"."id" = $1
  for update;

-- supportRequestsRepo.insert (src/server/modules/support-requests/support-requests.repo.ts)
insert into "support_requests" ("id", "requesting_unit_id", "requesting_partner_id", "target_unit_id", "title", "description", "country_code", "needed_from", "needed_to", "status", "answer", "answered_at", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "requesting_unit_id", "requesting_partner_id", "target_unit_id", "title", "description", "country_code", "needed_from", "needed_to", "status", "answer", "answered_at", "demo", "version", "created_by", "created_at", "updated_at";

-- supportRequestsRepo.update (src/server/modules/support-requests/support-requests.repo.ts)
update "support_requests"
  set "version" = "support_requests"."version" + 1, "updated_at" = $1
  where ("support_requests"."id" = $2 and "support_requests"."version" = $3)
  returning "id", "requesting_unit_id", "requesting_partner_id", "target_unit_id", "title", "description", "country_code", "needed_from", "needed_to", "status", "answer", "answered_at", "demo", "version", "created_by", "created_at", "updated_at";

-- supportRequestsRepo.linkedActivities (src/server/modules/support-requests/support-requests.repo.ts)
select "id", "unit_id", "type", "title", "start_date", "end_date"
  from "activities"
  where "activities"."support_request_id" = $1
  order by "activities"."start_date" asc, "activities"."id" asc;
