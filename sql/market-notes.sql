-- The SQL of the market-notes repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- marketNotesRepo.list (src/server/modules/market-notes/market-notes.repo.ts)
select "market_notes"."id", "market_notes"."unit_id", "market_notes"."kind", "market_notes"."title", "market_notes"."summary", "market_notes"."body", "market_notes"."country_code", "market_notes"."sectors", "market_notes"."hs_codes", "market_notes"."classification", "market_notes"."to_businesses", "market_notes"."to_provinces", "market_notes"."status", "market_notes"."published_at", "market_notes"."source", "market_notes"."demo", "market_notes"."version", "market_notes"."created_by", "market_notes"."created_at", "market_notes"."updated_at", "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "market_notes"
  inner join "org_units" on "org_units"."id" = "market_notes"."unit_id"
  where (("market_notes"."unit_id" in ($1, $2) or ("market_notes"."status" = $3 and "market_notes"."classification" <> $4 and "market_notes"."to_provinces" = $5)) and "market_notes"."country_code" = $6 and "market_notes"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $7) and (f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) LIKE '%' || f_unaccent(lower($8)) || '%' OR (f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) LIKE '%' || f_unaccent(lower($9)) || '%' AND (f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) LIKE '%' || f_unaccent(lower($10)) || '%' OR f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) %>> f_unaccent(lower($11))))))
  order by "market_notes"."published_at" DESC NULLS FIRST, "market_notes"."created_at" desc, "market_notes"."id" desc
  limit $12;
select count(*)
  from "market_notes"
  where (("market_notes"."unit_id" in ($1, $2) or ("market_notes"."status" = $3 and "market_notes"."classification" <> $4 and "market_notes"."to_provinces" = $5)) and "market_notes"."country_code" = $6 and "market_notes"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $7) and (f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) LIKE '%' || f_unaccent(lower($8)) || '%' OR (f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) LIKE '%' || f_unaccent(lower($9)) || '%' AND (f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) LIKE '%' || f_unaccent(lower($10)) || '%' OR f_unaccent(lower("market_notes"."title" || ' ' || coalesce("market_notes"."summary", '') || ' ' || "market_notes"."body")) %>> f_unaccent(lower($11))))));

-- marketNotesRepo.findReadable (src/server/modules/market-notes/market-notes.repo.ts)
select "market_notes"."id", "market_notes"."unit_id", "market_notes"."kind", "market_notes"."title", "market_notes"."summary", "market_notes"."body", "market_notes"."country_code", "market_notes"."sectors", "market_notes"."hs_codes", "market_notes"."classification", "market_notes"."to_businesses", "market_notes"."to_provinces", "market_notes"."status", "market_notes"."published_at", "market_notes"."source", "market_notes"."demo", "market_notes"."version", "market_notes"."created_by", "market_notes"."created_at", "market_notes"."updated_at", "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at"
  from "market_notes"
  inner join "org_units" on "org_units"."id" = "market_notes"."unit_id"
  where ("market_notes"."id" = $1 and ("market_notes"."unit_id" in ($2, $3) or ("market_notes"."status" = $4 and "market_notes"."classification" <> $5 and "market_notes"."to_provinces" = $6)));

-- marketNotesRepo.findByIdForUpdate (src/server/modules/market-notes/market-notes.repo.ts)
select "id", "unit_id", "kind", "title", "summary", "body", "country_code", "sectors", "hs_codes", "classification", "to_businesses", "to_provinces", "status", "published_at", "source", "demo", "version", "created_by", "created_at", "updated_at"
  from "market_notes"
  where "market_notes"."id" = $1
  for update;

-- marketNotesRepo.insert (src/server/modules/market-notes/market-notes.repo.ts)
insert into "market_notes" ("id", "unit_id", "kind", "title", "summary", "body", "country_code", "sectors", "hs_codes", "classification", "to_businesses", "to_provinces", "status", "published_at", "source", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "unit_id", "kind", "title", "summary", "body", "country_code", "sectors", "hs_codes", "classification", "to_businesses", "to_provinces", "status", "published_at", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- marketNotesRepo.update (src/server/modules/market-notes/market-notes.repo.ts)
update "market_notes"
  set "version" = "market_notes"."version" + 1, "updated_at" = $1
  where ("market_notes"."id" = $2 and "market_notes"."version" = $3)
  returning "id", "unit_id", "kind", "title", "summary", "body", "country_code", "sectors", "hs_codes", "classification", "to_businesses", "to_provinces", "status", "published_at", "source", "demo", "version", "created_by", "created_at", "updated_at";

-- marketNotesRepo.subscriptionsOf (src/server/modules/market-notes/market-notes.repo.ts)
select "id", "user_id", "country_code", "sector", "created_at"
  from "market_subscriptions"
  where "market_subscriptions"."user_id" = $1
  order by "market_subscriptions"."created_at" asc, "market_subscriptions"."id" asc;

-- marketNotesRepo.insertSubscription (src/server/modules/market-notes/market-notes.repo.ts)
insert into "market_subscriptions" ("id", "user_id", "country_code", "sector", "created_at")
  values ($1, $2, $3, $4, default)
  on conflict do nothing
  returning "id", "user_id", "country_code", "sector", "created_at";

-- marketNotesRepo.deleteSubscription (src/server/modules/market-notes/market-notes.repo.ts)
delete
  from "market_subscriptions"
  where ("market_subscriptions"."id" = $1 and "market_subscriptions"."user_id" = $2)
  returning "id", "user_id", "country_code", "sector", "created_at";

-- marketNotesRepo.subscribersOf (src/server/modules/market-notes/market-notes.repo.ts)
select distinct "users"."id", "users"."email", "users"."locale", "users"."role", "users"."unit_id", "users"."partner_id", "org_units"."type"
  from "market_subscriptions"
  inner join "users" on "users"."id" = "market_subscriptions"."user_id"
  left join "org_units" on "org_units"."id" = "users"."unit_id"
  inner join "market_notes" on "market_notes"."id" = $1
  where ("users"."active" = $2 and "market_subscriptions"."country_code" IS NULL and ("market_subscriptions"."sector" IS NULL or "market_subscriptions"."sector" = ANY("market_notes"."sectors")));
