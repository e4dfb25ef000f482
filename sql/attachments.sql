-- The SQL of the attachments repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- attachmentsRepo.insert (src/server/modules/attachments/attachments.repo.ts)
insert into "attachments" ("id", "entity", "entity_id", "filename", "content_type", "size", "sha256", "data", "uploaded_by", "created_at")
  values ($1, default, default, default, default, default, default, default, default, default)
  returning "id", "entity", "entity_id", "filename", "content_type", "size", "sha256", "uploaded_by", "created_at";

-- attachmentsRepo.listFor (src/server/modules/attachments/attachments.repo.ts)
select "id", "entity", "entity_id", "filename", "content_type", "size", "sha256", "uploaded_by", "created_at"
  from "attachments"
  where ("attachments"."entity" = $1 and "attachments"."entity_id" = $2)
  order by "attachments"."created_at" asc, "attachments"."id" asc;

-- attachmentsRepo.findFor (src/server/modules/attachments/attachments.repo.ts)
select "id", "entity", "entity_id", "filename", "content_type", "size", "sha256", "data", "uploaded_by", "created_at"
  from "attachments"
  where ("attachments"."id" = $1 and "attachments"."entity" = $2 and "attachments"."entity_id" = $3);
