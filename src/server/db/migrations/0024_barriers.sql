ALTER TABLE "barrier_status_changes" ADD CONSTRAINT "barrier_status_changes_status_ck" CHECK ("barrier_status_changes"."status" IN ('open', 'partly_resolved', 'resolved'));--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_measure_type_ck" CHECK ("barriers"."measure_type" IN ('sps', 'tbt', 'tariff', 'iuu_yellow_card', 'trade_remedy', 'other'));--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_priority_ck" CHECK ("barriers"."priority" IN ('high', 'medium', 'low'));--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_status_ck" CHECK ("barriers"."status" IN ('open', 'partly_resolved', 'resolved'));--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_sectors_ck" CHECK ("barriers"."sectors" <@ ARRAY['trade', 'investment', 'science_technology', 'digital', 'energy', 'agriculture', 'labour', 'tourism', 'finance', 'education', 'health', 'transport', 'environment', 'defence_security', 'culture', 'halal', 'semiconductors', 'artificial_intelligence', 'cloud_iot', 'green_economy', 'other']::text[]);--> statement-breakpoint
-- A barrier's status history is evidence of what was achieved and when: nobody edits or deletes it.
CREATE TRIGGER barrier_status_changes_append_only BEFORE UPDATE OR DELETE ON barrier_status_changes
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER barrier_status_changes_no_truncate BEFORE TRUNCATE ON barrier_status_changes
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
