-- The SQL of the outcomes repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- confirmationTokensRepo.insert (src/server/modules/outcomes/outcomes.repo.ts)
insert into "confirmation_tokens" ("id", "outcome_id", "token_hash", "email", "expires_at", "used_at", "revoked_at", "reminders_sent", "outbox_email_id", "created_by", "created_at")
  values ($1, default, default, default, default, default, default, default, default, default, default)
  returning "id", "outcome_id", "token_hash", "email", "expires_at", "used_at", "revoked_at", "reminders_sent", "outbox_email_id", "created_by", "created_at";

-- confirmationTokensRepo.latestOpenOf (src/server/modules/outcomes/outcomes.repo.ts)
select distinct on ("confirmation_tokens"."outcome_id") "outcome_id", "created_at", "expires_at"
  from "confirmation_tokens"
  where ("confirmation_tokens"."outcome_id" in ($1, $2) and "confirmation_tokens"."used_at" is null and "confirmation_tokens"."revoked_at" is null)
  order by "confirmation_tokens"."outcome_id", "confirmation_tokens"."created_at" desc;

-- confirmationTokensRepo.latestOpenWithLink (src/server/modules/outcomes/outcomes.repo.ts)
select "confirmation_tokens"."id", "confirmation_tokens"."outcome_id", "confirmation_tokens"."token_hash", "confirmation_tokens"."email", "confirmation_tokens"."expires_at", "confirmation_tokens"."used_at", "confirmation_tokens"."revoked_at", "confirmation_tokens"."reminders_sent", "confirmation_tokens"."outbox_email_id", "confirmation_tokens"."created_by", "confirmation_tokens"."created_at", "outbox_emails"."link", "outbox_emails"."sent_at"
  from "confirmation_tokens"
  inner join "outbox_emails" on "outbox_emails"."id" = "confirmation_tokens"."outbox_email_id"
  where ("confirmation_tokens"."outcome_id" = $1 and "confirmation_tokens"."used_at" is null and "confirmation_tokens"."revoked_at" is null)
  order by "confirmation_tokens"."created_at" desc
  limit $2;

-- confirmationTokensRepo.revokeOpen (src/server/modules/outcomes/outcomes.repo.ts)
update "confirmation_tokens"
  set "revoked_at" = $1
  where ("confirmation_tokens"."outcome_id" = $2 and "confirmation_tokens"."used_at" is null and "confirmation_tokens"."revoked_at" is null);

-- confirmationTokensRepo.findByHashForUpdate (src/server/modules/outcomes/outcomes.repo.ts)
select "id", "outcome_id", "token_hash", "email", "expires_at", "used_at", "revoked_at", "reminders_sent", "outbox_email_id", "created_by", "created_at"
  from "confirmation_tokens"
  where "confirmation_tokens"."token_hash" = $1
  for update;

-- confirmationTokensRepo.markUsed (src/server/modules/outcomes/outcomes.repo.ts)
update "confirmation_tokens"
  set "used_at" = $1
  where "confirmation_tokens"."id" = $2;

-- confirmationTokensRepo.claimOf (src/server/modules/outcomes/outcomes.repo.ts)
select "outcomes"."id", "outcomes"."activity_id", "outcomes"."kind", "outcomes"."value", "outcomes"."currency", "outcomes"."quantity", "outcomes"."product", "outcomes"."hs_code", "outcomes"."counterpart", "outcomes"."business_partner_id", "outcomes"."business_name", "outcomes"."contact_name", "outcomes"."contact_email", "outcomes"."confirmation_status", "outcomes"."confirmed_value", "outcomes"."confirmed_quantity", "outcomes"."confirmation_note", "outcomes"."confirmed_at", "outcomes"."demo", "outcomes"."version", "outcomes"."created_by", "outcomes"."created_at", "outcomes"."updated_at", "activities"."id", "activities"."unit_id", "activities"."type", "activities"."title", "activities"."description", "activities"."start_date", "activities"."end_date", "activities"."country_code", "activities"."place", "activities"."sectors", "activities"."cost", "activities"."cost_currency", "activities"."engagement_id", "activities"."agreement_id", "activities"."commitment_id", "activities"."task_id", "activities"."support_request_id", "activities"."import_key", "activities"."demo", "activities"."version", "activities"."created_by", "activities"."created_at", "activities"."updated_at", "org_units"."name_vi", "org_units"."name_en"
  from "outcomes"
  inner join "activities" on "activities"."id" = "outcomes"."activity_id"
  inner join "org_units" on "org_units"."id" = "activities"."unit_id"
  where "outcomes"."id" = $1;

-- confirmationTokensRepo.dueForReminder (src/server/modules/outcomes/outcomes.repo.ts)
select "confirmation_tokens"."id", "confirmation_tokens"."outcome_id", "confirmation_tokens"."token_hash", "confirmation_tokens"."email", "confirmation_tokens"."expires_at", "confirmation_tokens"."used_at", "confirmation_tokens"."revoked_at", "confirmation_tokens"."reminders_sent", "confirmation_tokens"."outbox_email_id", "confirmation_tokens"."created_by", "confirmation_tokens"."created_at"
  from "confirmation_tokens"
  inner join "outcomes" on "outcomes"."id" = "confirmation_tokens"."outcome_id"
  where ("confirmation_tokens"."used_at" is null and "confirmation_tokens"."revoked_at" is null and "confirmation_tokens"."created_at" <= $1 and "confirmation_tokens"."reminders_sent" < $2 and "outcomes"."confirmation_status" = $3)
  order by "confirmation_tokens"."created_at" asc;

-- outcomesRepo.list (src/server/modules/outcomes/outcomes.repo.ts)
select "outcomes"."id", "outcomes"."activity_id", "outcomes"."kind", "outcomes"."value", "outcomes"."currency", "outcomes"."quantity", "outcomes"."product", "outcomes"."hs_code", "outcomes"."counterpart", "outcomes"."business_partner_id", "outcomes"."business_name", "outcomes"."contact_name", "outcomes"."contact_email", "outcomes"."confirmation_status", "outcomes"."confirmed_value", "outcomes"."confirmed_quantity", "outcomes"."confirmation_note", "outcomes"."confirmed_at", "outcomes"."demo", "outcomes"."version", "outcomes"."created_by", "outcomes"."created_at", "outcomes"."updated_at", "activities"."id", "activities"."title", "activities"."start_date", "activities"."end_date", "activities"."unit_id"
  from "outcomes"
  inner join "activities" on "activities"."id" = "outcomes"."activity_id"
  where ((("activities"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($3, $4))) and "activities"."unit_id" in ($5) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($6)) and "activities"."type" = $7 and "activities"."start_date" >= $8 and "activities"."start_date" < $9 and "activities"."country_code" = $10 and ("activities"."end_date" <= $11::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and $13 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $14) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $15) and (f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($16)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($18)) || '%')) and "outcomes"."activity_id" = $19 and "outcomes"."kind" = $20 and "outcomes"."currency" = $21 and "outcomes"."confirmation_status" = $22 and "outcomes"."confirmation_status" in ($23, $24) and "outcomes"."confirmation_status" <> $25 and "outcomes"."demo" = $26)
  order by CASE WHEN f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($27)) || '%' THEN 0 ELSE 1 END, "activities"."start_date" desc, "outcomes"."created_at" desc, "outcomes"."id" asc
  limit $28;
select count(*)
  from "outcomes"
  inner join "activities" on "activities"."id" = "outcomes"."activity_id"
  where ((("activities"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($3, $4))) and "activities"."unit_id" in ($5) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($6)) and "activities"."type" = $7 and "activities"."start_date" >= $8 and "activities"."start_date" < $9 and "activities"."country_code" = $10 and ("activities"."end_date" <= $11::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and $13 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $14) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $15) and (f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($16)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($18)) || '%')) and "outcomes"."activity_id" = $19 and "outcomes"."kind" = $20 and "outcomes"."currency" = $21 and "outcomes"."confirmation_status" = $22 and "outcomes"."confirmation_status" in ($23, $24) and "outcomes"."confirmation_status" <> $25 and "outcomes"."demo" = $26);

-- outcomesRepo.totals (src/server/modules/outcomes/outcomes.repo.ts)
select "outcomes"."kind", "outcomes"."currency", sum(CASE WHEN "outcomes"."confirmation_status" = 'corrected' AND "outcomes"."confirmed_value" IS NOT NULL THEN "outcomes"."confirmed_value" ELSE "outcomes"."value" END)::text, sum(CASE WHEN "outcomes"."confirmation_status" = 'corrected' AND "outcomes"."confirmed_quantity" IS NOT NULL THEN "outcomes"."confirmed_quantity" ELSE "outcomes"."quantity" END), count(*)
  from "outcomes"
  inner join "activities" on "activities"."id" = "outcomes"."activity_id"
  where ((("activities"."unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($3, $4))) and "activities"."unit_id" in ($5) and EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id" AND ap.unit_id IN ($6)) and "activities"."type" = $7 and "activities"."start_date" >= $8 and "activities"."start_date" < $9 and "activities"."country_code" = $10 and ("activities"."end_date" <= $11::date - 30
    AND NOT EXISTS (SELECT 1 FROM "activity_outputs" o WHERE o.activity_id = "activities"."id")
    AND NOT EXISTS (SELECT 1 FROM "outcomes" r WHERE r.activity_id = "activities"."id")) and "activities"."country_code" IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $12) and $13 = ANY("activities"."sectors") and EXISTS (SELECT 1 FROM "org_units" u WHERE u.id = "activities"."unit_id" AND u.type = $14) and  EXISTS (SELECT 1 FROM "activity_provinces" ap WHERE ap.activity_id = "activities"."id") and "activities"."demo" = $15) and (f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($16)) || '%' OR (f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($17)) || '%' AND f_unaccent(lower("activities"."title" || ' ' || coalesce("outcomes"."product", '') || ' ' || coalesce("outcomes"."business_name", '') || ' ' || coalesce("outcomes"."counterpart", ''))) LIKE '%' || f_unaccent(lower($18)) || '%')) and "outcomes"."kind" = $19 and "outcomes"."confirmation_status" <> $20 and "outcomes"."demo" = $21)
  group by "outcomes"."kind", "outcomes"."currency"
  order by "outcomes"."kind" asc, "outcomes"."currency" asc;

-- outcomesRepo.findWithActivity (src/server/modules/outcomes/outcomes.repo.ts)
select "outcomes"."id", "outcomes"."activity_id", "outcomes"."kind", "outcomes"."value", "outcomes"."currency", "outcomes"."quantity", "outcomes"."product", "outcomes"."hs_code", "outcomes"."counterpart", "outcomes"."business_partner_id", "outcomes"."business_name", "outcomes"."contact_name", "outcomes"."contact_email", "outcomes"."confirmation_status", "outcomes"."confirmed_value", "outcomes"."confirmed_quantity", "outcomes"."confirmation_note", "outcomes"."confirmed_at", "outcomes"."demo", "outcomes"."version", "outcomes"."created_by", "outcomes"."created_at", "outcomes"."updated_at", "activities"."id", "activities"."title", "activities"."start_date", "activities"."end_date", "activities"."unit_id"
  from "outcomes"
  inner join "activities" on "activities"."id" = "outcomes"."activity_id"
  where "outcomes"."id" = $1;

-- outcomesRepo.findById (src/server/modules/outcomes/outcomes.repo.ts)
select "id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at"
  from "outcomes"
  where "outcomes"."id" = $1;

-- outcomesRepo.findByIdForUpdate (src/server/modules/outcomes/outcomes.repo.ts)
select "id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at"
  from "outcomes"
  where "outcomes"."id" = $1
  for update;

-- outcomesRepo.insert (src/server/modules/outcomes/outcomes.repo.ts)
insert into "outcomes" ("id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at";

-- outcomesRepo.insertMany (src/server/modules/outcomes/outcomes.repo.ts)
insert into "outcomes" ("id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, $2, $3, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at";

-- outcomesRepo.update (src/server/modules/outcomes/outcomes.repo.ts)
update "outcomes"
  set "version" = "outcomes"."version" + 1, "updated_at" = $1
  where ("outcomes"."id" = $2 and "outcomes"."version" = $3)
  returning "id", "activity_id", "kind", "value", "currency", "quantity", "product", "hs_code", "counterpart", "business_partner_id", "business_name", "contact_name", "contact_email", "confirmation_status", "confirmed_value", "confirmed_quantity", "confirmation_note", "confirmed_at", "demo", "version", "created_by", "created_at", "updated_at";

-- outcomesRepo.delete (src/server/modules/outcomes/outcomes.repo.ts)
delete
  from "outcomes"
  where ("outcomes"."id" = $1 and "outcomes"."version" = $2)
  returning "id";
