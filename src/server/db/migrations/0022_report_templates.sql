ALTER TABLE "report_figures" DROP CONSTRAINT "report_figures_section_ck";--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "country_code" text;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_unit_idx" ON "reports" USING btree ("unit_id","period");--> statement-breakpoint
ALTER TABLE "report_figures" ADD CONSTRAINT "report_figures_section_ck" CHECK ("report_figures"."section" IN ('high_level', 'agreements', 'missions', 'activities', 'outcomes', 'support', 'commitments', 'tasks', 'targets', 'highlights', 'limitations', 'proposals'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_template_ck" CHECK ("reports"."template" IN ('national_summary', 'unit_report', 'country_brief', 'commitments_report'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_subject_ck" CHECK (("reports"."template" = 'unit_report') = ("reports"."unit_id" IS NOT NULL) AND ("reports"."template" = 'country_brief') = ("reports"."country_code" IS NOT NULL));