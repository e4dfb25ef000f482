CREATE TABLE "country_regions" (
	"country_code" text PRIMARY KEY NOT NULL,
	"region" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	"from_level" text,
	"to_level" text NOT NULL,
	"date" date NOT NULL,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"engagement_id" uuid,
	"source_url" text,
	"source" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_changes_levels_ck" CHECK ("partnership_changes"."from_level" IS DISTINCT FROM "partnership_changes"."to_level")
);
--> statement-breakpoint
ALTER TABLE "partnership_changes" ADD CONSTRAINT "partnership_changes_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_changes" ADD CONSTRAINT "partnership_changes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_changes_country_level_uq" ON "partnership_changes" USING btree ("country_code","to_level");--> statement-breakpoint
CREATE INDEX "partnership_changes_date_idx" ON "partnership_changes" USING btree ("date");--> statement-breakpoint
CREATE INDEX "partnership_changes_engagement_idx" ON "partnership_changes" USING btree ("engagement_id");--> statement-breakpoint
INSERT INTO "partnership_changes" ("id", "country_code", "from_level", "to_level", "date", "date_precision", "source")
SELECT gen_random_uuid(), "country_code", "upgraded_from", "level",
  CASE WHEN "established" ~ '^\d{4}$' THEN ("established" || '-01-01')::date
       WHEN "established" ~ '^\d{4}-\d{2}$' THEN ("established" || '-01')::date
       ELSE "established"::date END,
  CASE WHEN "established" ~ '^\d{4}$' THEN 'year' WHEN "established" ~ '^\d{4}-\d{2}$' THEN 'month' ELSE 'day' END,
  "source"
FROM "partnerships" WHERE "established" IS NOT NULL AND "established" ~ '^\d{4}(-\d{2}(-\d{2})?)?$'
ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "partnerships";
