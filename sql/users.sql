-- The SQL of the users repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- usersRepo.list (src/server/modules/users/users.repo.ts)
select "users"."id", "users"."email", "users"."name", "users"."password_hash", "users"."role", "users"."unit_id", "users"."partner_id", "users"."locale", "users"."active", "users"."last_login_at", "users"."demo", "users"."version", "users"."created_at", "users"."updated_at", "org_units"."id", "org_units"."code", "org_units"."name_vi", "org_units"."name_en", "org_units"."type"
  from "users"
  left join "org_units" on "org_units"."id" = "users"."unit_id"
  order by "users"."name" asc
  limit $1;
select count(*)
  from "users";

-- usersRepo.findById (src/server/modules/users/users.repo.ts)
select "users"."id", "users"."email", "users"."name", "users"."password_hash", "users"."role", "users"."unit_id", "users"."partner_id", "users"."locale", "users"."active", "users"."last_login_at", "users"."demo", "users"."version", "users"."created_at", "users"."updated_at", "org_units"."id", "org_units"."code", "org_units"."name_vi", "org_units"."name_en", "org_units"."type"
  from "users"
  left join "org_units" on "org_units"."id" = "users"."unit_id"
  where "users"."id" = $1;

-- usersRepo.findByIdForUpdate (src/server/modules/users/users.repo.ts)
select "id", "email", "name", "password_hash", "role", "unit_id", "partner_id", "locale", "active", "last_login_at", "demo", "version", "created_at", "updated_at"
  from "users"
  where "users"."id" = $1
  for update;

-- usersRepo.findByEmail (src/server/modules/users/users.repo.ts)
select "id", "email", "name", "password_hash", "role", "unit_id", "partner_id", "locale", "active", "last_login_at", "demo", "version", "created_at", "updated_at"
  from "users"
  where lower("users"."email") = $1;

-- usersRepo.insert (src/server/modules/users/users.repo.ts)
insert into "users" ("id", "email", "name", "password_hash", "role", "unit_id", "partner_id", "locale", "active", "last_login_at", "demo", "version", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "email", "name", "password_hash", "role", "unit_id", "partner_id", "locale", "active", "last_login_at", "demo", "version", "created_at", "updated_at";

-- usersRepo.update (src/server/modules/users/users.repo.ts)
update "users"
  set "version" = "users"."version" + 1, "updated_at" = $1
  where ("users"."id" = $2 and "users"."version" = $3)
  returning "id", "email", "name", "password_hash", "role", "unit_id", "partner_id", "locale", "active", "last_login_at", "demo", "version", "created_at", "updated_at";

-- usersRepo.touch (src/server/modules/users/users.repo.ts)
update "users"
  set "last_login_at" = $1
  where "users"."id" = $2;

-- usersRepo.count (src/server/modules/users/users.repo.ts)
select count(*)
  from "users";
