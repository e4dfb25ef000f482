-- The SQL of the notifications repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- notificationsRepo.list (src/server/modules/notifications/notifications.repo.ts)
select "id", "user_id", "kind", "params", "title", "body", "entity", "entity_id", "created_at", "read_at"
  from "notifications"
  where "notifications"."user_id" = $1
  order by "notifications"."created_at" desc, "notifications"."id" desc
  limit $2;
select count(*)
  from "notifications"
  where "notifications"."user_id" = $1;

-- notificationsRepo.countUnread (src/server/modules/notifications/notifications.repo.ts)
select count(*)
  from "notifications"
  where ("notifications"."user_id" = $1 and "notifications"."read_at" is null);

-- notificationsRepo.markRead (src/server/modules/notifications/notifications.repo.ts)
update "notifications"
  set "read_at" = coalesce("notifications"."read_at", now())
  where ("notifications"."id" = $1 and "notifications"."user_id" = $2)
  returning "id", "user_id", "kind", "params", "title", "body", "entity", "entity_id", "created_at", "read_at";

-- notificationsRepo.markAllRead (src/server/modules/notifications/notifications.repo.ts)
update "notifications"
  set "read_at" = now()
  where ("notifications"."user_id" = $1 and "notifications"."read_at" is null)
  returning "id";

-- notificationsRepo.insert (src/server/modules/notifications/notifications.repo.ts)
insert into "notifications" ("id", "user_id", "kind", "params", "title", "body", "entity", "entity_id", "created_at", "read_at")
  values ($1, default, default, default, default, default, default, default, default, default)
  returning "id", "user_id", "kind", "params", "title", "body", "entity", "entity_id", "created_at", "read_at";

-- notificationsRepo.insertEmail (src/server/modules/notifications/notifications.repo.ts)
insert into "outbox_emails" ("id", "to_address", "subject", "body", "link", "created_at", "sent_at", "last_error")
  values ($1, default, default, default, default, default, default, default)
  returning "id", "to_address", "subject", "body", "link", "created_at", "sent_at", "last_error";

-- notificationsRepo.findEmail (src/server/modules/notifications/notifications.repo.ts)
select "id", "to_address", "subject", "body", "link", "created_at", "sent_at", "last_error"
  from "outbox_emails"
  where "outbox_emails"."id" = $1;

-- notificationsRepo.markEmailSent (src/server/modules/notifications/notifications.repo.ts)
update "outbox_emails"
  set "sent_at" = now(), "last_error" = $1
  where "outbox_emails"."id" = $2;

-- notificationsRepo.markEmailError (src/server/modules/notifications/notifications.repo.ts)
update "outbox_emails"
  set "last_error" = $1
  where "outbox_emails"."id" = $2;

-- notificationsRepo.listEmails (src/server/modules/notifications/notifications.repo.ts)
select "id", "to_address", "subject", "body", "link", "created_at", "sent_at", "last_error"
  from "outbox_emails"
  order by "outbox_emails"."created_at" desc, "outbox_emails"."id" desc
  limit $1;
select count(*)
  from "outbox_emails";

-- notificationsRepo.usersOfUnit (src/server/modules/notifications/notifications.repo.ts)
select "id", "email", "locale"
  from "users"
  where ("users"."unit_id" = $1 and "users"."active" = $2 and false);

-- notificationsRepo.usersOfPartner (src/server/modules/notifications/notifications.repo.ts)
select "id", "email", "locale"
  from "users"
  where ("users"."partner_id" = $1 and "users"."role" = $2 and "users"."active" = $3);

-- notificationsRepo.usersWithRole (src/server/modules/notifications/notifications.repo.ts)
select "id", "email", "locale"
  from "users"
  where ("users"."role" = $1 and "users"."active" = $2);

-- notificationsRepo.parentOf (src/server/modules/notifications/notifications.repo.ts)
select "parent_id"
  from "org_unit_parents"
  where ("org_unit_parents"."unit_id" = $1 and ("org_unit_parents"."valid_from" is null or "org_unit_parents"."valid_from" <= $2) and ("org_unit_parents"."valid_to" is null or "org_unit_parents"."valid_to" > $3));

-- notificationsRepo.overdueFollowed (src/server/modules/notifications/notifications.repo.ts)
SELECT t.id, t.title, t.status, t.start_date::text AS start_date, t.due_date::text AS due_date,
                 t.original_due_date::text AS original_due_date, t.slip_count, t.completed_at::text AS completed_at, t.commitment_id,
                 ru.id AS ru_id, ru.code AS ru_code, ru.name_vi AS ru_name_vi, ru.name_en AS ru_name_en,
                 au.id AS au_id, au.code AS au_code, au.name_vi AS au_name_vi, au.name_en AS au_name_en
  FROM tasks t JOIN org_units ru ON ru.id = t.responsible_unit_id JOIN org_units au ON au.id = t.assigning_unit_id
  WHERE (t.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND t.due_date < $1::date) AND (t.responsible_unit_id = ANY($2::uuid[]) OR t.assigning_unit_id = ANY($3::uuid[]) OR EXISTS (
    SELECT 1 FROM org_unit_parents p WHERE p.unit_id = t.responsible_unit_id AND p.parent_id = ANY($4::uuid[])
      AND (p.valid_from IS NULL OR p.valid_from <= $5::date) AND (p.valid_to IS NULL OR p.valid_to > $6::date)))
  ORDER BY t.due_date, t.id
  LIMIT $7;

-- notificationsRepo.countOverdueFollowed (src/server/modules/notifications/notifications.repo.ts)
SELECT count(*)::int AS total
  FROM tasks t
  WHERE (t.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND t.due_date < $1::date) AND (t.responsible_unit_id = ANY($2::uuid[]) OR t.assigning_unit_id = ANY($3::uuid[]) OR EXISTS (
    SELECT 1 FROM org_unit_parents p WHERE p.unit_id = t.responsible_unit_id AND p.parent_id = ANY($4::uuid[])
      AND (p.valid_from IS NULL OR p.valid_from <= $5::date) AND (p.valid_to IS NULL OR p.valid_to > $6::date)));

-- notificationsRepo.findTaskForNotice (src/server/modules/notifications/notifications.repo.ts)
select "tasks"."id", "tasks"."commitment_id", "tasks"."parent_task_id", "tasks"."is_milestone", "tasks"."title", "tasks"."objective", "tasks"."responsible_unit_id", "tasks"."responsible_person", "tasks"."assigning_unit_id", "tasks"."accountable_to", "tasks"."checked_by", "tasks"."expected_output", "tasks"."expected_outcome", "tasks"."start_date", "tasks"."due_date", "tasks"."original_due_date", "tasks"."slip_count", "tasks"."status", "tasks"."status_changed_at", "tasks"."completed_at", "tasks"."demo", "tasks"."version", "tasks"."created_by", "tasks"."created_at", "tasks"."updated_at", "org_units"."name_vi", "org_units"."name_en"
  from "tasks"
  inner join "org_units" on "org_units"."id" = "tasks"."responsible_unit_id"
  where "tasks"."id" = $1;

-- notificationsRepo.openTasksDue (src/server/modules/notifications/notifications.repo.ts)
SELECT t.id, t.due_date::text AS due_date
  FROM tasks t
  WHERE t.status NOT IN ('completed', 'completed_with_changes', 'not_pursued') AND t.due_date BETWEEN $1::date AND $2::date
  ORDER BY t.due_date, t.id;

-- notificationsRepo.pendingDueDateRequests (src/server/modules/notifications/notifications.repo.ts)
SELECT d.id, t.id AS task_id, t.title AS task_title, d.from_date::text AS from_date, d.to_date::text AS to_date, d.reason,
                 d.requested_at, u.id AS unit_id, u.code AS unit_code, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en
  FROM due_date_changes d JOIN tasks t ON t.id = d.task_id JOIN org_units u ON u.id = t.responsible_unit_id
  WHERE d.decision = 'pending' AND t.assigning_unit_id = ANY($1::uuid[])
  ORDER BY d.requested_at, d.id
  LIMIT $2;

-- notificationsRepo.countPendingDueDateRequests (src/server/modules/notifications/notifications.repo.ts)
SELECT count(*)::int AS total
  FROM due_date_changes d JOIN tasks t ON t.id = d.task_id
  WHERE d.decision = 'pending' AND t.assigning_unit_id = ANY($1::uuid[]);

-- preferencesRepo.ofUsers (src/server/modules/notifications/preferences.repo.ts)
select "user_id", "kind", "in_app", "email_delivery", "updated_at"
  from "notification_preferences"
  where "notification_preferences"."user_id" in ($1, $2);

-- preferencesRepo.upsert (src/server/modules/notifications/preferences.repo.ts)
insert into "notification_preferences" ("user_id", "kind", "in_app", "email_delivery", "updated_at")
  values ($1, $2, $3, $4, default)
  on conflict ("user_id","kind") do update
  set "in_app" = excluded.in_app, "email_delivery" = excluded.email_delivery, "updated_at" = now();

-- preferencesRepo.insertDigestItem (src/server/modules/notifications/preferences.repo.ts)
insert into "digest_items" ("id", "user_id", "frequency", "kind", "params", "entity", "entity_id", "created_at", "sent_at")
  values ($1, $2, $3, $4, $5, $6, $7, default, default);

-- preferencesRepo.pendingDigestItems (src/server/modules/notifications/preferences.repo.ts)
select "digest_items"."id", "digest_items"."user_id", "digest_items"."frequency", "digest_items"."kind", "digest_items"."params", "digest_items"."entity", "digest_items"."entity_id", "digest_items"."created_at", "digest_items"."sent_at", "users"."id", "users"."email", "users"."locale"
  from "digest_items"
  inner join "users" on "users"."id" = "digest_items"."user_id"
  where ("digest_items"."frequency" = $1 and "digest_items"."sent_at" is null and "users"."active" = $2)
  order by "digest_items"."user_id" asc, "digest_items"."created_at" asc, "digest_items"."id" asc
  for update of "digest_items" skip locked;

-- preferencesRepo.markDigestSent (src/server/modules/notifications/preferences.repo.ts)
update "digest_items"
  set "sent_at" = now()
  where "digest_items"."id" in ($1, $2);
