CREATE TABLE "barrier_businesses" (
	"barrier_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	CONSTRAINT "barrier_businesses_barrier_id_partner_id_pk" PRIMARY KEY("barrier_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "barrier_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"barrier_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_date" date,
	"done_on" date,
	"commitment_id" uuid,
	"task_id" uuid
);
--> statement-breakpoint
CREATE TABLE "barrier_provinces" (
	"barrier_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "barrier_provinces_barrier_id_unit_id_pk" PRIMARY KEY("barrier_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "barrier_status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"barrier_id" uuid NOT NULL,
	"status" text NOT NULL,
	"effective_date" date NOT NULL,
	"note" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "barriers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"country_code" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"measure_type" text NOT NULL,
	"value_at_stake" numeric(20, 2),
	"currency" text,
	"priority" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_since" date NOT NULL,
	"source" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_profiles" (
	"partner_id" uuid PRIMARY KEY NOT NULL,
	"registration_number" text,
	"tax_number" text,
	"sector" text,
	"province_unit_id" uuid,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consent_to_contact" boolean DEFAULT false NOT NULL,
	"consent_recorded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "market_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text NOT NULL,
	"country_code" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"classification" text NOT NULL,
	"to_businesses" boolean DEFAULT false NOT NULL,
	"to_provinces" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"source" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_subscriptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"country_code" text,
	"sector" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matchmaking_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid,
	"kind" text NOT NULL,
	"requesting_partner_id" uuid,
	"requesting_unit_id" uuid,
	"target_unit_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"message" text NOT NULL,
	"respond_by" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"activity_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"country_code" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"hs_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"value_estimate" numeric(20, 2),
	"currency" text,
	"deadline" date,
	"to_businesses" boolean DEFAULT false NOT NULL,
	"to_provinces" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"source" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "barrier_businesses" ADD CONSTRAINT "barrier_businesses_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_businesses" ADD CONSTRAINT "barrier_businesses_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_milestones" ADD CONSTRAINT "barrier_milestones_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_milestones" ADD CONSTRAINT "barrier_milestones_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_milestones" ADD CONSTRAINT "barrier_milestones_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_provinces" ADD CONSTRAINT "barrier_provinces_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_provinces" ADD CONSTRAINT "barrier_provinces_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_status_changes" ADD CONSTRAINT "barrier_status_changes_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_status_changes" ADD CONSTRAINT "barrier_status_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_profiles" ADD CONSTRAINT "business_profiles_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_profiles" ADD CONSTRAINT "business_profiles_province_unit_id_org_units_id_fk" FOREIGN KEY ("province_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_notes" ADD CONSTRAINT "market_notes_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_notes" ADD CONSTRAINT "market_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_subscriptions" ADD CONSTRAINT "market_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_requesting_partner_id_partners_id_fk" FOREIGN KEY ("requesting_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_requesting_unit_id_org_units_id_fk" FOREIGN KEY ("requesting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_target_unit_id_org_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_requests" ADD CONSTRAINT "matchmaking_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "barrier_milestones_barrier_idx" ON "barrier_milestones" USING btree ("barrier_id","position");--> statement-breakpoint
CREATE INDEX "barrier_status_changes_barrier_idx" ON "barrier_status_changes" USING btree ("barrier_id","effective_date");--> statement-breakpoint
CREATE INDEX "barriers_unit_idx" ON "barriers" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "barriers_country_idx" ON "barriers" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "barriers_search_idx" ON "barriers" USING gin ((f_unaccent(lower("title" || ' ' || "description"))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "business_profiles_tax_idx" ON "business_profiles" USING btree ("tax_number");--> statement-breakpoint
CREATE INDEX "business_profiles_registration_idx" ON "business_profiles" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "market_notes_unit_idx" ON "market_notes" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "market_notes_country_idx" ON "market_notes" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "market_notes_published_idx" ON "market_notes" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "market_notes_search_idx" ON "market_notes" USING gin ((f_unaccent(lower("title" || ' ' || coalesce("summary", '') || ' ' || "body"))) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "market_subscriptions_uq" ON "market_subscriptions" USING btree ("user_id",coalesce("country_code", ''),coalesce("sector", ''));--> statement-breakpoint
CREATE INDEX "matchmaking_requests_target_idx" ON "matchmaking_requests" USING btree ("target_unit_id","status");--> statement-breakpoint
CREATE INDEX "matchmaking_requests_partner_idx" ON "matchmaking_requests" USING btree ("requesting_partner_id");--> statement-breakpoint
CREATE INDEX "matchmaking_requests_opportunity_idx" ON "matchmaking_requests" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "opportunities_unit_idx" ON "opportunities" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "opportunities_search_idx" ON "opportunities" USING gin ((f_unaccent(lower("title" || ' ' || "description"))) gin_trgm_ops);