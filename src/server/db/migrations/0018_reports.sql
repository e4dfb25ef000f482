CREATE TABLE "report_figures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"section" text NOT NULL,
	"position" integer NOT NULL,
	"base" text NOT NULL,
	"indicator_code" text NOT NULL,
	"params" jsonb NOT NULL,
	"value" text,
	"count" integer NOT NULL,
	"filter" jsonb NOT NULL,
	"target" jsonb,
	CONSTRAINT "report_figures_section_ck" CHECK ("report_figures"."section" IN ('high_level', 'agreements', 'missions', 'commitments', 'targets', 'limitations', 'proposals')),
	CONSTRAINT "report_figures_base_ck" CHECK ("report_figures"."base" IN ('current', 'same_period_previous_year', 'previous_year'))
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template" text NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"language" text NOT NULL,
	"as_of" date NOT NULL,
	"status" text DEFAULT 'generating' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"error" text,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"generated_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_status_ck" CHECK ("reports"."status" IN ('generating', 'failed', 'draft', 'reviewed', 'issued')),
	CONSTRAINT "reports_period_ck" CHECK ("reports"."period_end" > "reports"."period_start")
);
--> statement-breakpoint
ALTER TABLE "report_figures" ADD CONSTRAINT "report_figures_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_figures_report_idx" ON "report_figures" USING btree ("report_id","section","position");--> statement-breakpoint
CREATE INDEX "reports_created_idx" ON "reports" USING btree ("created_at");