CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"country_code" text,
	"place" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"cost" numeric(20, 2),
	"cost_currency" text,
	"engagement_id" uuid,
	"agreement_id" uuid,
	"commitment_id" uuid,
	"task_id" uuid,
	"support_request_id" uuid,
	"import_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_dates_ck" CHECK ("activities"."end_date" >= "activities"."start_date"),
	CONSTRAINT "activities_cost_currency_ck" CHECK (("activities"."cost" IS NULL) = ("activities"."cost_currency" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "activity_outputs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"quantity" integer NOT NULL,
	"note" text,
	CONSTRAINT "activity_outputs_quantity_ck" CHECK ("activity_outputs"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_partners" (
	"activity_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "activity_partners_activity_id_partner_id_pk" PRIMARY KEY("activity_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "activity_provinces" (
	"activity_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "activity_provinces_activity_id_unit_id_pk" PRIMARY KEY("activity_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "confirmation_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"outcome_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" numeric(20, 2),
	"currency" text,
	"quantity" integer,
	"product" text,
	"hs_code" text,
	"counterpart" text,
	"business_partner_id" uuid,
	"business_name" text,
	"contact_name" text,
	"contact_email" text,
	"confirmation_status" text DEFAULT 'unconfirmed' NOT NULL,
	"confirmed_value" numeric(20, 2),
	"confirmed_quantity" integer,
	"confirmation_note" text,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcomes_value_currency_ck" CHECK (("outcomes"."value" IS NULL) = ("outcomes"."currency" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "period_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"summary" text,
	"comment" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"due_date" date,
	"open" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_dates_ck" CHECK ("reporting_periods"."end_date" > "reporting_periods"."start_date")
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"requesting_unit_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"country_code" text,
	"needed_from" date,
	"needed_to" date,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_provinces" ADD CONSTRAINT "activity_provinces_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_provinces" ADD CONSTRAINT "activity_provinces_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmation_tokens" ADD CONSTRAINT "confirmation_tokens_outcome_id_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmation_tokens" ADD CONSTRAINT "confirmation_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_business_partner_id_partners_id_fk" FOREIGN KEY ("business_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requesting_unit_id_org_units_id_fk" FOREIGN KEY ("requesting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_target_unit_id_org_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_unit_idx" ON "activities" USING btree ("unit_id","start_date");--> statement-breakpoint
CREATE INDEX "activities_end_idx" ON "activities" USING btree ("end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_import_key_uq" ON "activities" USING btree ("unit_id","import_key");--> statement-breakpoint
CREATE INDEX "activities_search_idx" ON "activities" USING gin ((f_unaccent(lower("title" || ' ' || coalesce("description", '')))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "activity_outputs_activity_idx" ON "activity_outputs" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_partners_partner_idx" ON "activity_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "activity_provinces_unit_idx" ON "activity_provinces" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "confirmation_tokens_hash_uq" ON "confirmation_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "confirmation_tokens_outcome_idx" ON "confirmation_tokens" USING btree ("outcome_id");--> statement-breakpoint
CREATE INDEX "outcomes_activity_idx" ON "outcomes" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "outcomes_confirmation_idx" ON "outcomes" USING btree ("confirmation_status");--> statement-breakpoint
CREATE UNIQUE INDEX "period_submissions_period_unit_uq" ON "period_submissions" USING btree ("period_id","unit_id");--> statement-breakpoint
CREATE INDEX "period_submissions_unit_idx" ON "period_submissions" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_kind_start_uq" ON "reporting_periods" USING btree ("kind","start_date");--> statement-breakpoint
CREATE INDEX "support_requests_requesting_idx" ON "support_requests" USING btree ("requesting_unit_id");--> statement-breakpoint
CREATE INDEX "support_requests_target_idx" ON "support_requests" USING btree ("target_unit_id");