CREATE TABLE "digest_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "digest_items_kind_ck" CHECK ("digest_items"."kind" ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$'),
	CONSTRAINT "digest_items_frequency_ck" CHECK ("digest_items"."frequency" IN ('daily', 'weekly'))
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"in_app" boolean NOT NULL,
	"email_delivery" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind"),
	CONSTRAINT "notification_preferences_kind_ck" CHECK ("notification_preferences"."kind" ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$'),
	CONSTRAINT "notification_preferences_email_delivery_ck" CHECK ("notification_preferences"."email_delivery" IN ('immediate', 'daily', 'weekly', 'never'))
);
--> statement-breakpoint
ALTER TABLE "digest_items" ADD CONSTRAINT "digest_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_items_pending_idx" ON "digest_items" USING btree ("frequency","user_id","created_at") WHERE "digest_items"."sent_at" IS NULL;