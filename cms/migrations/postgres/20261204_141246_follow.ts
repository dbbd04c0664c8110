import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscriptions_target" AS ENUM('document', 'field', 'issuer', 'documentType', 'search', 'draft', 'allDrafts');
  CREATE TYPE "public"."enum_subscriptions_frequency" AS ENUM('immediate', 'daily');
  CREATE TYPE "public"."enum_subscriptions_confirmedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'follow';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'followDigest';
  ALTER TYPE "public"."enum_notifications_state" ADD VALUE 'held';
  ALTER TYPE "public"."enum_notifications_state" ADD VALUE 'digested';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'followNotifications' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'followDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'followNotifications' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'followDigest' BEFORE 'schedulePublish';
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"target" "enum_subscriptions_target" NOT NULL,
  	"document_id" integer,
  	"field_id" integer,
  	"issuer_id" integer,
  	"document_type_id" integer,
  	"draft_id" integer,
  	"query" varchar,
  	"label" varchar,
  	"frequency" "enum_subscriptions_frequency" DEFAULT 'immediate' NOT NULL,
  	"confirmed" boolean DEFAULT false,
  	"confirmed_at" timestamp(3) with time zone,
  	"confirmedat_tz" "enum_subscriptions_confirmedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"stopped" boolean DEFAULT false,
  	"pair_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "notifications" ADD COLUMN "subscription_id" integer;
  ALTER TABLE "notifications" ADD COLUMN "document_id" integer;
  ALTER TABLE "notifications" ADD COLUMN "source_id" integer;
  ALTER TABLE "notifications" ADD COLUMN "digest_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "settings" ADD COLUMN "legal_feedback_url" varchar DEFAULT 'https://paknvbqppl.moj.gov.vn';
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_issuer_id_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."issuers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "subscriptions_email_idx" ON "subscriptions" USING btree ("email");
  CREATE INDEX "subscriptions_target_idx" ON "subscriptions" USING btree ("target");
  CREATE INDEX "subscriptions_document_idx" ON "subscriptions" USING btree ("document_id");
  CREATE INDEX "subscriptions_field_idx" ON "subscriptions" USING btree ("field_id");
  CREATE INDEX "subscriptions_issuer_idx" ON "subscriptions" USING btree ("issuer_id");
  CREATE INDEX "subscriptions_document_type_idx" ON "subscriptions" USING btree ("document_type_id");
  CREATE INDEX "subscriptions_draft_idx" ON "subscriptions" USING btree ("draft_id");
  CREATE INDEX "subscriptions_confirmed_idx" ON "subscriptions" USING btree ("confirmed");
  CREATE INDEX "subscriptions_stopped_idx" ON "subscriptions" USING btree ("stopped");
  CREATE UNIQUE INDEX "subscriptions_pair_key_idx" ON "subscriptions" USING btree ("pair_key");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_source_id_legal_documents_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_digest_id_notifications_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notifications_subscription_idx" ON "notifications" USING btree ("subscription_id");
  CREATE INDEX "notifications_document_idx" ON "notifications" USING btree ("document_id");
  CREATE INDEX "notifications_source_idx" ON "notifications" USING btree ("source_id");
  CREATE INDEX "notifications_digest_idx" ON "notifications" USING btree ("digest_id");
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "subscriptions" CASCADE;
  ALTER TABLE "notifications" DROP CONSTRAINT IF EXISTS "notifications_subscription_id_subscriptions_id_fk";
  
  ALTER TABLE "notifications" DROP CONSTRAINT IF EXISTS "notifications_document_id_legal_documents_id_fk";
  
  ALTER TABLE "notifications" DROP CONSTRAINT IF EXISTS "notifications_source_id_legal_documents_id_fk";
  
  ALTER TABLE "notifications" DROP CONSTRAINT IF EXISTS "notifications_digest_id_notifications_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('comment', 'report', 'question', 'digest');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  ALTER TABLE "notifications" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "notifications" ALTER COLUMN "state" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_notifications_state";
  CREATE TYPE "public"."enum_notifications_state" AS ENUM('queued', 'sending', 'sent', 'skipped', 'failed');
  ALTER TABLE "notifications" ALTER COLUMN "state" SET DEFAULT 'queued'::"public"."enum_notifications_state";
  ALTER TABLE "notifications" ALTER COLUMN "state" SET DATA TYPE "public"."enum_notifications_state" USING "state"::"public"."enum_notifications_state";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshValidity', 'recheckSignatures', 'ocrDocumentText', 'sendNotification', 'reportNotifications', 'staffDigest', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshValidity', 'recheckSignatures', 'ocrDocumentText', 'sendNotification', 'reportNotifications', 'staffDigest', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "notifications_subscription_idx";
  DROP INDEX IF EXISTS "notifications_document_idx";
  DROP INDEX IF EXISTS "notifications_source_idx";
  DROP INDEX IF EXISTS "notifications_digest_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_subscriptions_id_idx";
  ALTER TABLE "notifications" DROP COLUMN "subscription_id";
  ALTER TABLE "notifications" DROP COLUMN "document_id";
  ALTER TABLE "notifications" DROP COLUMN "source_id";
  ALTER TABLE "notifications" DROP COLUMN "digest_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  ALTER TABLE "settings" DROP COLUMN "legal_feedback_url";
  DROP TYPE "public"."enum_subscriptions_target";
  DROP TYPE "public"."enum_subscriptions_frequency";
  DROP TYPE "public"."enum_subscriptions_confirmedat_tz";`)
}
