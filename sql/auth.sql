-- The SQL of the auth repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- apiTokensRepo.insert (src/server/modules/auth/sessions.repo.ts)
insert into "api_tokens" ("id", "user_id", "name", "prefix", "token_hash", "created_at", "last_used_at", "expires_at", "revoked_at")
  values ($1, default, default, default, default, default, default, default, default)
  returning "id", "user_id", "name", "prefix", "token_hash", "created_at", "last_used_at", "expires_at", "revoked_at";

-- apiTokensRepo.listFor (src/server/modules/auth/sessions.repo.ts)
select "id", "user_id", "name", "prefix", "token_hash", "created_at", "last_used_at", "expires_at", "revoked_at"
  from "api_tokens"
  where ("api_tokens"."user_id" = $1 and "api_tokens"."revoked_at" is null)
  order by "api_tokens"."created_at" desc;

-- apiTokensRepo.findUser (src/server/modules/auth/sessions.repo.ts)
select "users"."id", "users"."email", "users"."name", "users"."password_hash", "users"."role", "users"."unit_id", "users"."partner_id", "users"."locale", "users"."active", "users"."last_login_at", "users"."demo", "users"."version", "users"."created_at", "users"."updated_at", "api_tokens"."id", "api_tokens"."user_id", "api_tokens"."name", "api_tokens"."prefix", "api_tokens"."token_hash", "api_tokens"."created_at", "api_tokens"."last_used_at", "api_tokens"."expires_at", "api_tokens"."revoked_at"
  from "api_tokens"
  inner join "users" on "users"."id" = "api_tokens"."user_id"
  where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("api_tokens"."expires_at" is null or "api_tokens"."expires_at" > $2) and "users"."active" = $3);

-- apiTokensRepo.markUsed (src/server/modules/auth/sessions.repo.ts)
update "api_tokens"
  set "last_used_at" = $1
  where "api_tokens"."id" = $2;

-- apiTokensRepo.revoke (src/server/modules/auth/sessions.repo.ts)
update "api_tokens"
  set "revoked_at" = $1
  where ("api_tokens"."id" = $2 and "api_tokens"."user_id" = $3 and "api_tokens"."revoked_at" is null)
  returning "id", "user_id", "name", "prefix", "token_hash", "created_at", "last_used_at", "expires_at", "revoked_at";

-- loginAttemptsRepo.recordFailure (src/server/modules/auth/sessions.repo.ts)
insert into "login_attempts" ("id", "email", "ip", "at")
  values ($1, $2, $3, default);

-- loginAttemptsRepo.countSince (src/server/modules/auth/sessions.repo.ts)
select count(*)::int, max("at")::text
  from "login_attempts"
  where ("login_attempts"."email" = $1 and "login_attempts"."ip" IS NOT DISTINCT FROM $2 and "login_attempts"."at" > $3);

-- loginAttemptsRepo.clear (src/server/modules/auth/sessions.repo.ts)
delete
  from "login_attempts"
  where ("login_attempts"."email" = $1 and "login_attempts"."ip" IS NOT DISTINCT FROM $2);

-- sessionsRepo.insert (src/server/modules/auth/sessions.repo.ts)
insert into "sessions" ("token_hash", "user_id", "created_at", "last_seen_at", "expires_at")
  values (default, default, default, default, default);

-- sessionsRepo.findUser (src/server/modules/auth/sessions.repo.ts)
select "users"."id", "users"."email", "users"."name", "users"."password_hash", "users"."role", "users"."unit_id", "users"."partner_id", "users"."locale", "users"."active", "users"."last_login_at", "users"."demo", "users"."version", "users"."created_at", "users"."updated_at", "sessions"."token_hash", "sessions"."user_id", "sessions"."created_at", "sessions"."last_seen_at", "sessions"."expires_at"
  from "sessions"
  inner join "users" on "users"."id" = "sessions"."user_id"
  where ("sessions"."token_hash" = $1 and "sessions"."expires_at" > $2 and "users"."active" = $3);

-- sessionsRepo.extend (src/server/modules/auth/sessions.repo.ts)
update "sessions"
  set "last_seen_at" = $1, "expires_at" = $2
  where "sessions"."token_hash" = $3;

-- sessionsRepo.delete (src/server/modules/auth/sessions.repo.ts)
delete
  from "sessions"
  where "sessions"."token_hash" = $1
  returning "user_id";

-- sessionsRepo.revokeAllFor (src/server/modules/auth/sessions.repo.ts)
delete
  from "sessions"
  where ("sessions"."user_id" = $1 and "sessions"."token_hash" <> $2);
update "api_tokens"
  set "revoked_at" = $1
  where ("api_tokens"."user_id" = $2 and "api_tokens"."revoked_at" is null);

-- sessionsRepo.deleteExpired (src/server/modules/auth/sessions.repo.ts)
delete
  from "sessions"
  where "sessions"."expires_at" < $1;
