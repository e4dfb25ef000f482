CREATE TABLE "source_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"issued_date" date NOT NULL,
	"issuer" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"text" text,
	"url" text,
	"engagement_id" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitments" DROP CONSTRAINT "commitments_source_ck";--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "source_document_id" uuid;--> statement-breakpoint
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_documents_issued_idx" ON "source_documents" USING btree ("issued_date");--> statement-breakpoint
CREATE INDEX "source_documents_engagement_idx" ON "source_documents" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "source_documents_search_idx" ON "source_documents" USING gin ((f_unaccent(lower("title_vi" || ' ' || "title_en" || ' ' || coalesce("number", '') || ' ' || "issuer"))) gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_document_id_source_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitments_source_document_idx" ON "commitments" USING btree ("source_document_id");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_ck" CHECK ("commitments"."agreement_id" IS NOT NULL OR "commitments"."engagement_id" IS NOT NULL OR "commitments"."source_document_id" IS NOT NULL);