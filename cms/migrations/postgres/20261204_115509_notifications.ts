import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_digest" AS ENUM('daily', 'off');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('comment', 'report', 'question', 'digest');
  CREATE TYPE "public"."enum_notifications_eventat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_notifications_state" AS ENUM('queued', 'sending', 'sent', 'skipped', 'failed');
  CREATE TYPE "public"."enum_notifications_claimedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_notifications_sentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNotification' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reportNotifications' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'staffDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNotification' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reportNotifications' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'staffDigest' BEFORE 'schedulePublish';
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"event" varchar NOT NULL,
  	"event_at" timestamp(3) with time zone,
  	"eventat_tz" "enum_notifications_eventat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"comment_id" integer,
  	"draft_id" integer,
  	"question_id" integer,
  	"user_id" integer,
  	"state" "enum_notifications_state" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"claimed_at" timestamp(3) with time zone,
  	"claimedat_tz" "enum_notifications_claimedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"sent_at" timestamp(3) with time zone,
  	"sentat_tz" "enum_notifications_sentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "comments" ADD COLUMN "notify" boolean;
  ALTER TABLE "questions" ADD COLUMN "notify" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "digest" "enum_users_digest";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "notifications_key_idx" ON "notifications" USING btree ("key");
  CREATE INDEX "notifications_kind_idx" ON "notifications" USING btree ("kind");
  CREATE INDEX "notifications_comment_idx" ON "notifications" USING btree ("comment_id");
  CREATE INDEX "notifications_draft_idx" ON "notifications" USING btree ("draft_id");
  CREATE INDEX "notifications_question_idx" ON "notifications" USING btree ("question_id");
  CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id");
  CREATE INDEX "notifications_state_idx" ON "notifications" USING btree ("state");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");`)
  // Existing accounts get their role's default (cms/notifications/digest.ts: daily for moderators and approvers).
  await db.execute(sql`UPDATE "users" SET "digest" = (CASE WHEN "role" IN ('moderator', 'approver') THEN 'daily' ELSE 'off' END)::"enum_users_digest" WHERE "digest" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_notifications_fk";
  DELETE FROM "payload_jobs_log" WHERE "task_slug" IN ('sendNotification', 'reportNotifications', 'staffDigest');
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('sendNotification', 'reportNotifications', 'staffDigest');
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshValidity', 'recheckSignatures', 'ocrDocumentText', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshValidity', 'recheckSignatures', 'ocrDocumentText', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_notifications_id_idx";
  ALTER TABLE "comments" DROP COLUMN "notify";
  ALTER TABLE "questions" DROP COLUMN "notify";
  ALTER TABLE "users" DROP COLUMN "digest";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_users_digest";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_eventat_tz";
  DROP TYPE "public"."enum_notifications_state";
  DROP TYPE "public"."enum_notifications_claimedat_tz";
  DROP TYPE "public"."enum_notifications_sentat_tz";`)
}
