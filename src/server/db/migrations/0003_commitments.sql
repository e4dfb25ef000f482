CREATE TABLE "fta_countries" (
	"fta_id" uuid NOT NULL,
	"country_code" text NOT NULL,
	CONSTRAINT "fta_countries_fta_id_country_code_pk" PRIMARY KEY("fta_id","country_code")
);
--> statement-breakpoint
CREATE TABLE "ftas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"short_name" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"partners" text NOT NULL,
	"status" text NOT NULL,
	"signed_date" date,
	"in_force_date" date,
	"source" text,
	CONSTRAINT "ftas_shortName_unique" UNIQUE("short_name")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"short_name" text,
	"country_code" text,
	"parent_id" uuid,
	"website" text,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	"level" text NOT NULL,
	"established" text,
	"upgraded_from" text,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "agreement_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"status" text NOT NULL,
	"effective_date" date NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"unit_id" uuid,
	"partner_id" uuid,
	CONSTRAINT "agreement_parties_one_side_ck" CHECK (("agreement_parties"."unit_id" IS NULL) <> ("agreement_parties"."partner_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"signed_date" date,
	"signed_place" text,
	"in_force_date" date,
	"expiry_date" date,
	"renewal" text DEFAULT 'none' NOT NULL,
	"engagement_id" uuid,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"value" numeric(20, 2),
	"currency" text,
	"owner_unit_id" uuid NOT NULL,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_value_currency_ck" CHECK (("agreements"."value" IS NULL) = ("agreements"."currency" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_co_owners" (
	"commitment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "commitment_co_owners_commitment_id_unit_id_pk" PRIMARY KEY("commitment_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"source_quote" text,
	"agreement_id" uuid,
	"engagement_id" uuid,
	"owner_unit_id" uuid NOT NULL,
	"due_date" date,
	"indicator_code" text,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_source_ck" CHECK ("commitments"."agreement_id" IS NOT NULL OR "commitments"."engagement_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "due_date_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "engagement_partners" (
	"engagement_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "engagement_partners_engagement_id_partner_id_pk" PRIMARY KEY("engagement_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_units" (
	"engagement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "engagement_units_engagement_id_unit_id_pk" PRIMARY KEY("engagement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"type" text NOT NULL,
	"leader_name" text NOT NULL,
	"leader_level" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"country_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagements_dates_ck" CHECK ("engagements"."end_date" >= "engagements"."start_date")
);
--> statement-breakpoint
CREATE TABLE "task_status_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"rationale" text NOT NULL,
	"evidence_url" text,
	"attachment_id" uuid,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"commitment_id" uuid,
	"parent_task_id" uuid,
	"is_milestone" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"objective" text NOT NULL,
	"responsible_unit_id" uuid NOT NULL,
	"responsible_person" text NOT NULL,
	"assigning_unit_id" uuid NOT NULL,
	"accountable_to" text NOT NULL,
	"checked_by" text NOT NULL,
	"expected_output" text NOT NULL,
	"expected_outcome" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"original_due_date" date NOT NULL,
	"slip_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_dates_ck" CHECK ("tasks"."due_date" >= "tasks"."start_date")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"entity" text,
	"entity_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "fta_countries" ADD CONSTRAINT "fta_countries_fta_id_ftas_id_fk" FOREIGN KEY ("fta_id") REFERENCES "public"."ftas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_co_owners" ADD CONSTRAINT "commitment_co_owners_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_co_owners" ADD CONSTRAINT "commitment_co_owners_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_date_changes" ADD CONSTRAINT "due_date_changes_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_date_changes" ADD CONSTRAINT "due_date_changes_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "due_date_changes" ADD CONSTRAINT "due_date_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_partners" ADD CONSTRAINT "engagement_partners_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_partners" ADD CONSTRAINT "engagement_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_units" ADD CONSTRAINT "engagement_units_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_units" ADD CONSTRAINT "engagement_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_lead_unit_id_org_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_events" ADD CONSTRAINT "task_status_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_events" ADD CONSTRAINT "task_status_events_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_events" ADD CONSTRAINT "task_status_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_task_id_tasks_id_fk" FOREIGN KEY ("parent_task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_responsible_unit_id_org_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigning_unit_id_org_units_id_fk" FOREIGN KEY ("assigning_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partners_kind_code_uq" ON "partners" USING btree ("kind","code");--> statement-breakpoint
CREATE INDEX "partners_country_idx" ON "partners" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "partners_search_idx" ON "partners" USING gin ((f_unaccent(lower("name_vi" || ' ' || "name_en" || ' ' || coalesce("short_name", '') || ' ' || coalesce("code", '')))) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "partnerships_country_level_uq" ON "partnerships" USING btree ("country_code","level");--> statement-breakpoint
CREATE INDEX "agreement_events_agreement_idx" ON "agreement_events" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_agreement_idx" ON "agreement_parties" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_unit_idx" ON "agreement_parties" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_partner_idx" ON "agreement_parties" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_date");--> statement-breakpoint
CREATE INDEX "agreements_engagement_idx" ON "agreements" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "agreements_owner_idx" ON "agreements" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "agreements_search_idx" ON "agreements" USING gin ((f_unaccent(lower("title_vi" || ' ' || "title_en"))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "attachments_entity_idx" ON "attachments" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "commitment_co_owners_unit_idx" ON "commitment_co_owners" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "commitments_agreement_idx" ON "commitments" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "commitments_engagement_idx" ON "commitments" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "commitments_owner_idx" ON "commitments" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "due_date_changes_task_idx" ON "due_date_changes" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "engagement_partners_partner_idx" ON "engagement_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "engagement_units_unit_idx" ON "engagement_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "engagements_start_idx" ON "engagements" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "engagements_lead_unit_idx" ON "engagements" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "task_status_events_task_idx" ON "task_status_events" USING btree ("task_id","at");--> statement-breakpoint
CREATE INDEX "tasks_commitment_idx" ON "tasks" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_task_id");--> statement-breakpoint
CREATE INDEX "tasks_responsible_idx" ON "tasks" USING btree ("responsible_unit_id");--> statement-breakpoint
CREATE INDEX "tasks_assigning_idx" ON "tasks" USING btree ("assigning_unit_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_uq" ON "jobs" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");