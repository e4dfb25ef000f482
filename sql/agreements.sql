-- The SQL of the agreements repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- agreementsRepo.list (src/server/modules/agreements/agreements.repo.ts)
select "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at", (
  (EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "org_units" u ON u.id = p.unit_id WHERE p.agreement_id = "agreements"."id" AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "agreements"."owner_unit_id" AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id"
    AND f.kind IN ($1, $2, $3, $4))
)
  from "agreements"
  where (("agreements"."owner_unit_id" in ($5, $6) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($7, $8))) and "agreements"."kind" = $9 and "agreements"."status" = $10 and "agreements"."engagement_id" = $11 and EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."partner_id" = $12) and ("agreements"."owner_unit_id" in ($13) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($14))) and "agreements"."signed_date" >= $15 and "agreements"."signed_date" < $16 and (
  (EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "org_units" u ON u.id = p.unit_id WHERE p.agreement_id = "agreements"."id" AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "agreements"."owner_unit_id" AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id"
    AND f.kind IN ($17, $18, $19, $20))
) and cardinality("agreements"."facilitating_unit_ids") > 0 and "agreements"."facilitating_unit_ids" && ARRAY[$21::uuid]::uuid[] and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code = $22) and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $23)) and "agreements"."demo" = $24 and (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($25)) || '%' OR (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($26)) || '%' AND f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($27)) || '%')))
  order by CASE WHEN f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($28)) || '%' THEN 0 ELSE 1 END, "agreements"."signed_date" DESC NULLS LAST, "agreements"."title_vi" asc
  limit $29;
select count(*)
  from "agreements"
  where (("agreements"."owner_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($3, $4))) and "agreements"."kind" = $5 and "agreements"."status" = $6 and "agreements"."engagement_id" = $7 and EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."partner_id" = $8) and ("agreements"."owner_unit_id" in ($9) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($10))) and "agreements"."signed_date" >= $11 and "agreements"."signed_date" < $12 and (
  (EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "org_units" u ON u.id = p.unit_id WHERE p.agreement_id = "agreements"."id" AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "agreements"."owner_unit_id" AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id"
    AND f.kind IN ($13, $14, $15, $16))
) and cardinality("agreements"."facilitating_unit_ids") > 0 and "agreements"."facilitating_unit_ids" && ARRAY[$17::uuid]::uuid[] and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code = $18) and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $19)) and "agreements"."demo" = $20 and (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($21)) || '%' OR (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($22)) || '%' AND f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($23)) || '%')));

-- agreementsRepo.count (src/server/modules/agreements/agreements.repo.ts)
select count(*)
  from "agreements"
  where (("agreements"."owner_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($3, $4))) and "agreements"."kind" = $5 and "agreements"."status" = $6 and "agreements"."engagement_id" = $7 and EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."partner_id" = $8) and ("agreements"."owner_unit_id" in ($9) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($10))) and "agreements"."signed_date" >= $11 and "agreements"."signed_date" < $12 and (
  (EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "org_units" u ON u.id = p.unit_id WHERE p.agreement_id = "agreements"."id" AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "agreements"."owner_unit_id" AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id"
    AND f.kind IN ($13, $14, $15, $16))
) and cardinality("agreements"."facilitating_unit_ids") > 0 and "agreements"."facilitating_unit_ids" && ARRAY[$17::uuid]::uuid[] and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code = $18) and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $19)) and "agreements"."demo" = $20 and (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($21)) || '%' OR (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($22)) || '%' AND f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($23)) || '%')));

-- agreementsRepo.countBy (src/server/modules/agreements/agreements.repo.ts)
SELECT "agreements"."kind" AS key, count(DISTINCT "agreements"."id")::int AS count
  FROM "agreements"
  WHERE (("agreements"."owner_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($3, $4))) and "agreements"."kind" = $5 and "agreements"."status" = $6 and "agreements"."engagement_id" = $7 and EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."partner_id" = $8) and ("agreements"."owner_unit_id" in ($9) or EXISTS (SELECT 1 FROM "agreement_parties" WHERE "agreement_parties"."agreement_id" = "agreements"."id" AND "agreement_parties"."unit_id" in ($10))) and "agreements"."signed_date" >= $11 and "agreements"."signed_date" < $12 and (
  (EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "org_units" u ON u.id = p.unit_id WHERE p.agreement_id = "agreements"."id" AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "agreements"."owner_unit_id" AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id"
    AND f.kind IN ($13, $14, $15, $16))
) and cardinality("agreements"."facilitating_unit_ids") > 0 and "agreements"."facilitating_unit_ids" && ARRAY[$17::uuid]::uuid[] and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code = $18) and EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id" AND f.country_code IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $19)) and "agreements"."demo" = $20 and (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($21)) || '%' OR (f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($22)) || '%' AND f_unaccent(lower("agreements"."title_vi" || ' ' || "agreements"."title_en")) LIKE '%' || f_unaccent(lower($23)) || '%'))) AND "agreements"."kind" IS NOT NULL
  GROUP BY 1
  ORDER BY 2 DESC, 1;

-- agreementsRepo.findById (src/server/modules/agreements/agreements.repo.ts)
select "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at", (
  (EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "org_units" u ON u.id = p.unit_id WHERE p.agreement_id = "agreements"."id" AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "agreements"."owner_unit_id" AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "agreements"."id"
    AND f.kind IN ($1, $2, $3, $4))
)
  from "agreements"
  where "agreements"."id" = $5;

-- agreementsRepo.findByIdForUpdate (src/server/modules/agreements/agreements.repo.ts)
select "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at"
  from "agreements"
  where "agreements"."id" = $1
  for update;

-- agreementsRepo.findByTitleAndSigned (src/server/modules/agreements/agreements.repo.ts)
select "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at"
  from "agreements"
  where ("agreements"."title_vi" = $1 and "agreements"."signed_date" = $2);

-- agreementsRepo.findByTitles (src/server/modules/agreements/agreements.repo.ts)
select "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at"
  from "agreements"
  where "agreements"."title_vi" in ($1, $2)
  order by "agreements"."id" asc;

-- agreementsRepo.insert (src/server/modules/agreements/agreements.repo.ts)
insert into "agreements" ("id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at";

-- agreementsRepo.insertMany (src/server/modules/agreements/agreements.repo.ts)
insert into "agreements" ("id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at")
  values ($1, $2, $3, $4, $5, default, default, default, default, default, default, default, default, default, $6, default, default, default, default, default, default, default, default)
  returning "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at";
insert into "agreement_parties" ("agreement_id", "unit_id", "partner_id")
  values ($1, $2, default), ($3, default, $4);
insert into "agreement_events" ("id", "agreement_id", "status", "effective_date", "note", "actor_user_id", "at")
  values ($1, $2, $3, $4, $5, $6, default);

-- agreementsRepo.update (src/server/modules/agreements/agreements.repo.ts)
update "agreements"
  set "version" = "agreements"."version" + 1, "updated_at" = $1
  where ("agreements"."id" = $2 and "agreements"."version" = $3)
  returning "id", "title_vi", "title_en", "kind", "status", "signed_date", "signed_place", "in_force_date", "expiry_date", "renewal", "engagement_id", "fields", "value", "currency", "owner_unit_id", "summary", "facilitating_unit_ids", "demo", "published_at", "version", "created_by", "created_at", "updated_at";

-- agreementsRepo.partiesOf (src/server/modules/agreements/agreements.repo.ts)
select "agreement_parties"."agreement_id", "agreement_parties"."unit_id", "partners"."id", "partners"."kind", "partners"."code", "partners"."name_vi", "partners"."name_en", "partners"."short_name", "partners"."country_code", "partners"."parent_id", "partners"."website", "partners"."notes", "partners"."demo", "partners"."version", "partners"."created_at", "partners"."updated_at"
  from "agreement_parties"
  left join "partners" on "partners"."id" = "agreement_parties"."partner_id"
  where "agreement_parties"."agreement_id" in ($1, $2)
  order by "partners"."name_vi" asc;

-- agreementsRepo.setParties (src/server/modules/agreements/agreements.repo.ts)
delete
  from "agreement_parties"
  where "agreement_parties"."agreement_id" = $1;
insert into "agreement_parties" ("agreement_id", "unit_id", "partner_id")
  values ($1, $2, default), ($3, $4, default), ($5, default, $6), ($7, default, $8);

-- agreementsRepo.insertEvent (src/server/modules/agreements/agreements.repo.ts)
insert into "agreement_events" ("id", "agreement_id", "status", "effective_date", "note", "actor_user_id", "at")
  values ($1, default, default, default, default, default, default)
  returning "id", "agreement_id", "status", "effective_date", "note", "actor_user_id", "at";

-- agreementsRepo.publishSourced (src/server/modules/agreements/agreements.repo.ts)
update "agreements"
  set "published_at" = $1
  where ("agreements"."published_at" is null and "agreements"."demo" = $2 and "agreements"."status" <> 'negotiating' and false)
  returning "id";

-- agreementsRepo.eventsOf (src/server/modules/agreements/agreements.repo.ts)
select "agreement_events"."id", "agreement_events"."agreement_id", "agreement_events"."status", "agreement_events"."effective_date", "agreement_events"."note", "agreement_events"."actor_user_id", "agreement_events"."at", "users"."name", "users"."unit_id"
  from "agreement_events"
  left join "users" on "users"."id" = "agreement_events"."actor_user_id"
  where "agreement_events"."agreement_id" = $1
  order by "agreement_events"."at" asc, "agreement_events"."id" asc;
