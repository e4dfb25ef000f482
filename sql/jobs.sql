-- The SQL of the jobs repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- jobsRepo.enqueue (src/server/jobs/jobs.repo.ts)
insert into "jobs" ("id", "kind", "payload", "run_at", "status", "attempts", "locked_at", "locked_by", "last_error", "dedupe_key", "created_at", "finished_at")
  values ($1, default, $2, now(), default, default, default, default, default, $3, default, default)
  on conflict ("dedupe_key") do nothing
  returning "id";

-- jobsRepo.claim (src/server/jobs/jobs.repo.ts)
update "jobs"
  set "status" = $1, "attempts" = "jobs"."attempts" + 1, "locked_at" = now(), "locked_by" = $2
  where "jobs"."id" in (select "id" from "jobs" where ("jobs"."status" = $3 and "jobs"."run_at" <= now()) order by "jobs"."run_at" asc limit $4 for update skip locked)
  returning "id", "kind", "payload", "run_at", "status", "attempts", "locked_at", "locked_by", "last_error", "dedupe_key", "created_at", "finished_at";

-- jobsRepo.lockClaimed (src/server/jobs/jobs.repo.ts)
select "id", "kind", "payload", "run_at", "status", "attempts", "locked_at", "locked_by", "last_error", "dedupe_key", "created_at", "finished_at"
  from "jobs"
  where ("jobs"."id" = $1 and "jobs"."status" = $2 and "jobs"."locked_by" = $3)
  for update;

-- jobsRepo.markDone (src/server/jobs/jobs.repo.ts)
update "jobs"
  set "status" = $1, "locked_at" = $2, "last_error" = $3, "finished_at" = now()
  where ("jobs"."id" = $4 and "jobs"."locked_by" = $5 and "jobs"."status" = $6)
  returning "id";

-- jobsRepo.markFailed (src/server/jobs/jobs.repo.ts)
update "jobs"
  set "run_at" = now() + make_interval(secs => ()), "status" = $1, "locked_at" = $2, "locked_by" = $3, "last_error" = $4
  where ("jobs"."id" = $5 and "jobs"."locked_by" = $6 and "jobs"."status" = $7);

-- jobsRepo.recoverStale (src/server/jobs/jobs.repo.ts)
update "jobs"
  set "run_at" = now(), "status" = CASE WHEN "jobs"."attempts" >= () THEN 'failed' ELSE 'pending' END, "locked_at" = $1, "locked_by" = $2, "last_error" = coalesce("jobs"."last_error", 'worker stopped while running the job'), "finished_at" = CASE WHEN "jobs"."attempts" >= () THEN now() END
  where "jobs"."id" in (select "id" from "jobs" where ("jobs"."status" = $3 and "jobs"."locked_at" < now() - make_interval(secs => ())) for update skip locked)
  returning "id";

-- jobsRepo.findById (src/server/jobs/jobs.repo.ts)
select "id", "kind", "payload", "run_at", "status", "attempts", "locked_at", "locked_by", "last_error", "dedupe_key", "created_at", "finished_at"
  from "jobs"
  where "jobs"."id" = $1;

-- jobsRepo.findByDedupeKey (src/server/jobs/jobs.repo.ts)
select "id", "kind", "payload", "run_at", "status", "attempts", "locked_at", "locked_by", "last_error", "dedupe_key", "created_at", "finished_at"
  from "jobs"
  where "jobs"."dedupe_key" = $1;
