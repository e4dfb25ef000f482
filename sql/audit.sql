-- The SQL of the audit repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- auditRepo.insert (src/server/modules/audit/audit.repo.ts)
insert into "audit_log" ("id", "at", "actor_user_id", "actor_unit_id", "action", "entity", "entity_id", "before", "after")
  values (default, default, $1, $2, $3, $4, $5, $6, $7);

-- auditRepo.insertMany (src/server/modules/audit/audit.repo.ts)
insert into "audit_log" ("id", "at", "actor_user_id", "actor_unit_id", "action", "entity", "entity_id", "before", "after")
  values (default, default, $1, $2, $3, $4, $5, $6, $7), (default, default, $8, $9, $10, $11, $12, $13, $14);

-- auditRepo.list (src/server/modules/audit/audit.repo.ts)
select "audit_log"."id", "audit_log"."at", "audit_log"."actor_user_id", "audit_log"."actor_unit_id", "audit_log"."action", "audit_log"."entity", "audit_log"."entity_id", "audit_log"."before", "audit_log"."after", "users"."email", "users"."name"
  from "audit_log"
  left join "users" on "users"."id" = "audit_log"."actor_user_id"
  order by "audit_log"."id" desc
  limit $1;
select count(*)
  from "audit_log"
  left join "users" on "users"."id" = "audit_log"."actor_user_id";
