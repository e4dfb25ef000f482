-- The SQL of the tasks repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- tasksRepo.list (src/server/modules/tasks/tasks.repo.ts)
select "id", "commitment_id", "parent_task_id", "is_milestone", "title", "objective", "responsible_unit_id", "responsible_person", "assigning_unit_id", "accountable_to", "checked_by", "expected_output", "expected_outcome", "start_date", "due_date", "original_due_date", "slip_count", "status", "status_changed_at", "completed_at", "demo", "version", "created_by", "created_at", "updated_at"
  from "tasks"
  where (("tasks"."responsible_unit_id" in ($1, $2) or "tasks"."assigning_unit_id" in ($3, $4)) and "tasks"."commitment_id" = $5 and EXISTS (SELECT 1 FROM "commitments" WHERE "commitments"."id" = "tasks"."commitment_id" AND (EXISTS (SELECT 1 FROM "engagements" e WHERE e.id = "commitments"."engagement_id" AND $6 = ANY(e.country_codes)) or EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "commitments"."agreement_id" AND f.country_code = $7))) and "tasks"."parent_task_id" = $8 and "tasks"."status" = $9 and ("tasks"."due_date" < $10 and "tasks"."status" not in ($11, $12, $13)) and "tasks"."due_date" >= $14 and "tasks"."due_date" <= $15 and "tasks"."demo" = $16 and (f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($17)) || '%' OR (f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($18)) || '%' AND f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($19)) || '%')))
  order by CASE WHEN f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($20)) || '%' THEN 0 ELSE 1 END, "tasks"."due_date" asc, "tasks"."title" asc, "tasks"."id" asc
  limit $21;
select count(*)
  from "tasks"
  where (("tasks"."responsible_unit_id" in ($1, $2) or "tasks"."assigning_unit_id" in ($3, $4)) and "tasks"."commitment_id" = $5 and EXISTS (SELECT 1 FROM "commitments" WHERE "commitments"."id" = "tasks"."commitment_id" AND (EXISTS (SELECT 1 FROM "engagements" e WHERE e.id = "commitments"."engagement_id" AND $6 = ANY(e.country_codes)) or EXISTS (SELECT 1 FROM "agreement_parties" p JOIN "partners" f ON f.id = p.partner_id WHERE p.agreement_id = "commitments"."agreement_id" AND f.country_code = $7))) and "tasks"."parent_task_id" = $8 and "tasks"."status" = $9 and ("tasks"."due_date" < $10 and "tasks"."status" not in ($11, $12, $13)) and "tasks"."due_date" >= $14 and "tasks"."due_date" <= $15 and "tasks"."demo" = $16 and (f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($17)) || '%' OR (f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($18)) || '%' AND f_unaccent(lower("tasks"."title" || ' ' || "tasks"."objective" || ' ' || "tasks"."responsible_person" || ' ' || "tasks"."expected_output" || ' ' || "tasks"."expected_outcome")) LIKE '%' || f_unaccent(lower($19)) || '%')));

-- tasksRepo.findById (src/server/modules/tasks/tasks.repo.ts)
select "id", "commitment_id", "parent_task_id", "is_milestone", "title", "objective", "responsible_unit_id", "responsible_person", "assigning_unit_id", "accountable_to", "checked_by", "expected_output", "expected_outcome", "start_date", "due_date", "original_due_date", "slip_count", "status", "status_changed_at", "completed_at", "demo", "version", "created_by", "created_at", "updated_at"
  from "tasks"
  where "tasks"."id" = $1;

-- tasksRepo.findByIdForUpdate (src/server/modules/tasks/tasks.repo.ts)
select "id", "commitment_id", "parent_task_id", "is_milestone", "title", "objective", "responsible_unit_id", "responsible_person", "assigning_unit_id", "accountable_to", "checked_by", "expected_output", "expected_outcome", "start_date", "due_date", "original_due_date", "slip_count", "status", "status_changed_at", "completed_at", "demo", "version", "created_by", "created_at", "updated_at"
  from "tasks"
  where "tasks"."id" = $1
  for update;

-- tasksRepo.insert (src/server/modules/tasks/tasks.repo.ts)
insert into "tasks" ("id", "commitment_id", "parent_task_id", "is_milestone", "title", "objective", "responsible_unit_id", "responsible_person", "assigning_unit_id", "accountable_to", "checked_by", "expected_output", "expected_outcome", "start_date", "due_date", "original_due_date", "slip_count", "status", "status_changed_at", "completed_at", "demo", "version", "created_by", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "commitment_id", "parent_task_id", "is_milestone", "title", "objective", "responsible_unit_id", "responsible_person", "assigning_unit_id", "accountable_to", "checked_by", "expected_output", "expected_outcome", "start_date", "due_date", "original_due_date", "slip_count", "status", "status_changed_at", "completed_at", "demo", "version", "created_by", "created_at", "updated_at";

-- tasksRepo.update (src/server/modules/tasks/tasks.repo.ts)
update "tasks"
  set "version" = "tasks"."version" + 1, "updated_at" = $1
  where ("tasks"."id" = $2 and "tasks"."version" = $3)
  returning "id", "commitment_id", "parent_task_id", "is_milestone", "title", "objective", "responsible_unit_id", "responsible_person", "assigning_unit_id", "accountable_to", "checked_by", "expected_output", "expected_outcome", "start_date", "due_date", "original_due_date", "slip_count", "status", "status_changed_at", "completed_at", "demo", "version", "created_by", "created_at", "updated_at";

-- tasksRepo.childBounds (src/server/modules/tasks/tasks.repo.ts)
select min("start_date"), max("due_date")
  from "tasks"
  where "tasks"."parent_task_id" = $1;

-- tasksRepo.insertStatusEvent (src/server/modules/tasks/tasks.repo.ts)
insert into "task_status_events" ("id", "task_id", "from_status", "to_status", "rationale", "evidence_url", "attachment_id", "actor_user_id", "at")
  values ($1, default, default, default, default, default, default, default, default)
  returning "id", "task_id", "from_status", "to_status", "rationale", "evidence_url", "attachment_id", "actor_user_id", "at";

-- tasksRepo.timeline (src/server/modules/tasks/tasks.repo.ts)
select "task_status_events"."id", "task_status_events"."task_id", "task_status_events"."from_status", "task_status_events"."to_status", "task_status_events"."rationale", "task_status_events"."evidence_url", "task_status_events"."attachment_id", "task_status_events"."actor_user_id", "task_status_events"."at", "users"."name", "users"."unit_id"
  from "task_status_events"
  left join "users" on "users"."id" = "task_status_events"."actor_user_id"
  where "task_status_events"."task_id" = $1
  order by "task_status_events"."at" asc, "task_status_events"."id" asc;

-- tasksRepo.insertDueDateChange (src/server/modules/tasks/tasks.repo.ts)
insert into "due_date_changes" ("id", "task_id", "from_date", "to_date", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "decision_note")
  values ($1, default, default, default, default, default, default, default, default, default, default)
  returning "id", "task_id", "from_date", "to_date", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "decision_note";

-- tasksRepo.dueDateChangesOf (src/server/modules/tasks/tasks.repo.ts)
select "id", "task_id", "from_date", "to_date", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "decision_note"
  from "due_date_changes"
  where "due_date_changes"."task_id" = $1
  order by "due_date_changes"."requested_at" desc, "due_date_changes"."id" desc;

-- tasksRepo.taskIdOfDueDateChange (src/server/modules/tasks/tasks.repo.ts)
select "task_id"
  from "due_date_changes"
  where "due_date_changes"."id" = $1;

-- tasksRepo.findDueDateChange (src/server/modules/tasks/tasks.repo.ts)
select "id", "task_id", "from_date", "to_date", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "decision_note"
  from "due_date_changes"
  where ("due_date_changes"."id" = $1 and "due_date_changes"."task_id" = $2)
  for update;

-- tasksRepo.withPendingDueDateChange (src/server/modules/tasks/tasks.repo.ts)
select distinct "task_id"
  from "due_date_changes"
  where ("due_date_changes"."task_id" in ($1, $2) and "due_date_changes"."decision" = $3);

-- tasksRepo.userNames (src/server/modules/tasks/tasks.repo.ts)
select "id", "name"
  from "users"
  where "users"."id" in ($1, $2);

-- tasksRepo.findPendingDueDateChange (src/server/modules/tasks/tasks.repo.ts)
select "id", "task_id", "from_date", "to_date", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "decision_note"
  from "due_date_changes"
  where ("due_date_changes"."task_id" = $1 and "due_date_changes"."decision" = $2);

-- tasksRepo.decideDueDateChange (src/server/modules/tasks/tasks.repo.ts)
update "due_date_changes"
  set "decided_at" = $1
  where ("due_date_changes"."id" = $2 and "due_date_changes"."decision" = $3)
  returning "id", "task_id", "from_date", "to_date", "reason", "requested_by", "requested_at", "decision", "decided_by", "decided_at", "decision_note";
