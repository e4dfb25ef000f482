ALTER TABLE "notifications" ALTER COLUMN "title" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ALTER COLUMN "requesting_unit_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "confirmation_tokens" ADD COLUMN "outbox_email_id" uuid;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "requesting_partner_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmation_tokens" ADD CONSTRAINT "confirmation_tokens_outbox_email_id_outbox_emails_id_fk" FOREIGN KEY ("outbox_email_id") REFERENCES "public"."outbox_emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requesting_partner_id_partners_id_fk" FOREIGN KEY ("requesting_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_partner_idx" ON "users" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "support_requests_requesting_partner_idx" ON "support_requests" USING btree ("requesting_partner_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_partner_business_ck" CHECK ("users"."partner_id" IS NULL OR "users"."role" = 'business');--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_one_requester_ck" CHECK (num_nonnulls("support_requests"."requesting_unit_id", "support_requests"."requesting_partner_id") = 1);