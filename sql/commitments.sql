-- The SQL of the commitments repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- commitmentsRepo.list (src/server/modules/commitments/commitments.repo.ts)
select "id", "title", "source_quote", "agreement_id", "engagement_id", "source_document_id", "owner_unit_id", "due_date", "indicator_code", "fields", "status", "demo", "version", "created_by", "created_at", "updated_at"
  from "commitments"
  where (("commitments"."owner_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "commitment_co_owners" WHERE "commitment_co_owners"."commitment_id" = "commitments"."id" AND "commitment_co_owners"."unit_id" in ($3, $4))) and "commitments"."agreement_id" = $5 and "commitments"."engagement_id" = $6 and "commitments"."source_document_id" = $7 and (EXISTS (SELECT 1 FROM "engagements" e WHERE e.id = "commitments"."engagement_id" AND $8 = ANY(e.country_codes)) or EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "commitments"."agreement_id" AND f.country_code = $9)) and (EXISTS (SELECT 1 FROM "engagements" e WHERE e.id = "commitments"."engagement_id" AND e.country_codes && ARRAY(SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $10)) or EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "commitments"."agreement_id" AND f.country_code IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $11))) and "commitments"."status" = $12 and ("commitments"."due_date" < $13 and "commitments"."status" in ($14, $15)) and "commitments"."due_date" >= $16 and "commitments"."due_date" <= $17 and "commitments"."demo" = $18 and (f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($19)) || '%' OR (f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($20)) || '%' AND f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($21)) || '%')))
  order by CASE WHEN f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($22)) || '%' THEN 0 ELSE 1 END, "commitments"."due_date" ASC NULLS LAST, "commitments"."title" asc, "commitments"."id" asc
  limit $23;
select count(*)
  from "commitments"
  where (("commitments"."owner_unit_id" in ($1, $2) or EXISTS (SELECT 1 FROM "commitment_co_owners" WHERE "commitment_co_owners"."commitment_id" = "commitments"."id" AND "commitment_co_owners"."unit_id" in ($3, $4))) and "commitments"."agreement_id" = $5 and "commitments"."engagement_id" = $6 and "commitments"."source_document_id" = $7 and (EXISTS (SELECT 1 FROM "engagements" e WHERE e.id = "commitments"."engagement_id" AND $8 = ANY(e.country_codes)) or EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "commitments"."agreement_id" AND f.country_code = $9)) and (EXISTS (SELECT 1 FROM "engagements" e WHERE e.id = "commitments"."engagement_id" AND e.country_codes && ARRAY(SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $10)) or EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "commitments"."agreement_id" AND f.country_code IN (SELECT "country_regions"."country_code" FROM "country_regions" WHERE "country_regions"."region" = $11))) and "commitments"."status" = $12 and ("commitments"."due_date" < $13 and "commitments"."status" in ($14, $15)) and "commitments"."due_date" >= $16 and "commitments"."due_date" <= $17 and "commitments"."demo" = $18 and (f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($19)) || '%' OR (f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($20)) || '%' AND f_unaccent(lower("commitments"."title" || ' ' || coalesce("commitments"."source_quote", '') || ' ' || coalesce("commitments"."indicator_code", ''))) LIKE '%' || f_unaccent(lower($21)) || '%')));

-- commitmentsRepo.findById (src/server/modules/commitments/commitments.repo.ts)
select "id", "title", "source_quote", "agreement_id", "engagement_id", "source_document_id", "owner_unit_id", "due_date", "indicator_code", "fields", "status", "demo", "version", "created_by", "created_at", "updated_at"
  from "commitments"
  where "commitments"."id" = $1;

-- commitmentsRepo.findByIdForUpdate (src/server/modules/commitments/commitments.repo.ts)
select "id", "title", "source_quote", "agreement_id", "engagement_id", "source_document_id", "owner_unit_id", "due_date", "indicator_code", "fields", "status", "demo", "version", "created_by", "created_at", "updated_at"
  from "commitments"
  where "commitments"."id" = $1
  for update;

-- commitmentsRepo.insert (src/server/modules/commitments/commitments.repo.ts)
insert into "commitments" ("id", "title", "source_quote", "agreement_id", "engagement_id", "source_document_id", "owner_unit_id", "due_date", "indicator_code", "fields", "status", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "title", "source_quote", "agreement_id", "engagement_id", "source_document_id", "owner_unit_id", "due_date", "indicator_code", "fields", "status", "demo", "version", "created_by", "created_at", "updated_at";

-- commitmentsRepo.update (src/server/modules/commitments/commitments.repo.ts)
update "commitments"
  set "version" = "commitments"."version" + 1, "updated_at" = $1
  where ("commitments"."id" = $2 and "commitments"."version" = $3)
  returning "id", "title", "source_quote", "agreement_id", "engagement_id", "source_document_id", "owner_unit_id", "due_date", "indicator_code", "fields", "status", "demo", "version", "created_by", "created_at", "updated_at";

-- commitmentsRepo.dueDatesOf (src/server/modules/commitments/commitments.repo.ts)
select "id", "due_date"
  from "commitments"
  where "commitments"."id" in ($1, $2);

-- commitmentsRepo.coOwnersOf (src/server/modules/commitments/commitments.repo.ts)
select "commitment_id", "unit_id"
  from "commitment_co_owners"
  where "commitment_co_owners"."commitment_id" in ($1, $2);

-- commitmentsRepo.setCoOwners (src/server/modules/commitments/commitments.repo.ts)
delete
  from "commitment_co_owners"
  where "commitment_co_owners"."commitment_id" = $1;
insert into "commitment_co_owners" ("commitment_id", "unit_id")
  values ($1, $2), ($3, $4);

-- commitmentsRepo.progressOf (src/server/modules/commitments/commitments.repo.ts)
select "commitment_id", count(*), count(CASE WHEN "tasks"."status" in ($1, $2) THEN 1 END)
  from "tasks"
  where ("tasks"."commitment_id" in ($3, $4) and "tasks"."parent_task_id" is null)
  group by "tasks"."commitment_id";

-- commitmentsRepo.topLevelTaskStatuses (src/server/modules/commitments/commitments.repo.ts)
select "status"
  from "tasks"
  where ("tasks"."commitment_id" = $1 and "tasks"."parent_task_id" is null);

-- commitmentsRepo.sourcesOf (src/server/modules/commitments/commitments.repo.ts)
select "id", "title_vi", "title_en", "expiry_date"
  from "agreements"
  where "agreements"."id" in ($1, $2);
select "id", "title_vi", "title_en"
  from "engagements"
  where "engagements"."id" in ($1, $2);
select "id", "title_vi", "title_en"
  from "source_documents"
  where "source_documents"."id" in ($1, $2);
