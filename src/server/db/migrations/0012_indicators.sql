CREATE TABLE "indicator_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"year" integer NOT NULL,
	"half" integer,
	"unit_id" uuid,
	"low" numeric(24, 6) NOT NULL,
	"high" numeric(24, 6),
	"baseline" numeric(24, 6),
	"source" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_targets_half_ck" CHECK ("indicator_targets"."half" IS NULL OR "indicator_targets"."half" IN (1, 2)),
	CONSTRAINT "indicator_targets_range_ck" CHECK ("indicator_targets"."high" IS NULL OR "indicator_targets"."high" >= "indicator_targets"."low")
);
--> statement-breakpoint
CREATE TABLE "reported_value_revisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reported_value_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"value" numeric(24, 6) NOT NULL,
	"source" text NOT NULL,
	"published_on" date NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reported_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"indicator_code" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric(24, 6) NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"published_on" date NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reported_values_period_ck" CHECK ("reported_values"."period_end" > "reported_values"."period_start")
);
--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_value_revisions" ADD CONSTRAINT "reported_value_revisions_reported_value_id_reported_values_id_fk" FOREIGN KEY ("reported_value_id") REFERENCES "public"."reported_values"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_value_revisions" ADD CONSTRAINT "reported_value_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_values" ADD CONSTRAINT "reported_values_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_targets_uq" ON "indicator_targets" USING btree ("indicator_code","year",coalesce("half", 0),coalesce("unit_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "reported_value_revisions_value_idx" ON "reported_value_revisions" USING btree ("reported_value_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reported_values_code_period_uq" ON "reported_values" USING btree ("indicator_code","period_start","period_end");