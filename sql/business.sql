-- The SQL of the business repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- businessRepo.outcomesOf (src/server/modules/business/business.repo.ts)
select "outcomes"."id", "outcomes"."activity_id", "outcomes"."kind", "outcomes"."value", "outcomes"."currency", "outcomes"."quantity", "outcomes"."product", "outcomes"."hs_code", "outcomes"."counterpart", "outcomes"."business_partner_id", "outcomes"."business_name", "outcomes"."contact_name", "outcomes"."contact_email", "outcomes"."confirmation_status", "outcomes"."confirmed_value", "outcomes"."confirmed_quantity", "outcomes"."confirmation_note", "outcomes"."confirmed_at", "outcomes"."demo", "outcomes"."version", "outcomes"."created_by", "outcomes"."created_at", "outcomes"."updated_at", "activities"."id", "activities"."unit_id", "activities"."type", "activities"."title", "activities"."description", "activities"."start_date", "activities"."end_date", "activities"."country_code", "activities"."place", "activities"."sectors", "activities"."cost", "activities"."cost_currency", "activities"."engagement_id", "activities"."agreement_id", "activities"."commitment_id", "activities"."task_id", "activities"."support_request_id", "activities"."import_key", "activities"."demo", "activities"."version", "activities"."created_by", "activities"."created_at", "activities"."updated_at", "org_units"."name_vi", "org_units"."name_en", EXISTS (SELECT 1 FROM "confirmation_tokens" WHERE "confirmation_tokens"."outcome_id" = "outcomes"."id" AND "confirmation_tokens"."used_at" IS NULL AND "confirmation_tokens"."revoked_at" IS NULL AND "confirmation_tokens"."expires_at" > now())
  from "outcomes"
  inner join "activities" on "activities"."id" = "outcomes"."activity_id"
  inner join "org_units" on "org_units"."id" = "activities"."unit_id"
  where "outcomes"."business_partner_id" = $1
  order by "activities"."start_date" desc, "outcomes"."id" desc
  limit $2;
select count(*)
  from "outcomes"
  where "outcomes"."business_partner_id" = $1;
