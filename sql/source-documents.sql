-- The SQL of the source-documents repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- sourceDocumentsRepo.list (src/server/modules/source-documents/source-documents.repo.ts)
select "id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at"
  from "source_documents"
  order by "source_documents"."issued_date" desc, "source_documents"."title_vi" asc, "source_documents"."id" asc
  limit $1;
select count(*)
  from "source_documents";

-- sourceDocumentsRepo.findById (src/server/modules/source-documents/source-documents.repo.ts)
select "id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at"
  from "source_documents"
  where "source_documents"."id" = $1;

-- sourceDocumentsRepo.findByNumber (src/server/modules/source-documents/source-documents.repo.ts)
select "id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at"
  from "source_documents"
  where "source_documents"."number" = $1
  order by "source_documents"."created_at" asc, "source_documents"."id" asc
  limit $2;

-- sourceDocumentsRepo.findByIdForUpdate (src/server/modules/source-documents/source-documents.repo.ts)
select "id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at"
  from "source_documents"
  where "source_documents"."id" = $1
  for update;

-- sourceDocumentsRepo.insert (src/server/modules/source-documents/source-documents.repo.ts)
insert into "source_documents" ("id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at";

-- sourceDocumentsRepo.update (src/server/modules/source-documents/source-documents.repo.ts)
update "source_documents"
  set "version" = "source_documents"."version" + 1, "updated_at" = $1
  where ("source_documents"."id" = $2 and "source_documents"."version" = $3)
  returning "id", "kind", "number", "issued_date", "issuer", "title_vi", "title_en", "text", "url", "engagement_id", "demo", "version", "created_by", "created_at", "updated_at";

-- sourceDocumentsRepo.engagementTitles (src/server/modules/source-documents/source-documents.repo.ts)
select "id", "title_vi", "title_en"
  from "engagements"
  where "engagements"."id" in ($1, $2);
