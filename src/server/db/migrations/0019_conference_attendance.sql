ALTER TABLE "engagements" ADD COLUMN "missions_attending" integer;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "provinces_attending" integer;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_attending_ck" CHECK (coalesce("engagements"."missions_attending", 0) >= 0 AND coalesce("engagements"."provinces_attending", 0) >= 0);