CREATE INDEX "users_search_idx" ON "users" USING gin ((f_unaccent(lower("name" || ' ' || "email"))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "agreements_kind_idx" ON "agreements" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "agreements_status_idx" ON "agreements" USING btree ("status");--> statement-breakpoint
CREATE INDEX "agreements_fields_idx" ON "agreements" USING gin ("fields");--> statement-breakpoint
CREATE INDEX "commitments_status_due_idx" ON "commitments" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "commitments_due_idx" ON "commitments" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "commitments_search_idx" ON "commitments" USING gin ((f_unaccent(lower("title" || ' ' || coalesce("source_quote", '') || ' ' || coalesce("indicator_code", '')))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "engagements_type_idx" ON "engagements" USING btree ("type");--> statement-breakpoint
CREATE INDEX "engagements_countries_idx" ON "engagements" USING gin ("country_codes");--> statement-breakpoint
CREATE INDEX "engagements_search_idx" ON "engagements" USING gin ((f_unaccent(lower("title_vi" || ' ' || "title_en" || ' ' || "leader_name" || ' ' || coalesce("summary", '')))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tasks_status_due_idx" ON "tasks" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "tasks_search_idx" ON "tasks" USING gin ((f_unaccent(lower("title" || ' ' || "objective" || ' ' || "responsible_person" || ' ' || "expected_output" || ' ' || "expected_outcome"))) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "activities_start_idx" ON "activities" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "activities_type_idx" ON "activities" USING btree ("type","start_date");--> statement-breakpoint
CREATE INDEX "activities_country_idx" ON "activities" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "outcomes_kind_idx" ON "outcomes" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "outcomes_business_idx" ON "outcomes" USING btree ("business_partner_id");--> statement-breakpoint
CREATE INDEX "support_requests_status_idx" ON "support_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "support_requests_search_idx" ON "support_requests" USING gin ((f_unaccent(lower("title" || ' ' || "description"))) gin_trgm_ops);