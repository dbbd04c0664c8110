import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_legal_documents_text_origin" AS ENUM('typed', 'docx', 'pdf', 'ocr', 'ocrPending', 'noText');
  CREATE TYPE "public"."enum__legal_documents_v_version_text_origin" AS ENUM('typed', 'docx', 'pdf', 'ocr', 'ocrPending', 'noText');
  CREATE TYPE "public"."enum_media_signature_status" AS ENUM('valid', 'untrusted', 'expired', 'appended', 'modified', 'error', 'none');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recheckSignatures' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ocrDocumentText' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recheckSignatures' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ocrDocumentText' BEFORE 'schedulePublish';
  ALTER TABLE "legal_documents" ADD COLUMN "text_origin" "enum_legal_documents_text_origin";
  ALTER TABLE "legal_documents" ADD COLUMN "text_checked" boolean DEFAULT false;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_text_origin" "enum__legal_documents_v_version_text_origin";
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_text_checked" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "signature_status" "enum_media_signature_status";
  ALTER TABLE "media" ADD COLUMN "signature_check" jsonb;
  ALTER TABLE "media" ADD COLUMN "sha256" varchar;
  ALTER TABLE "media" ADD COLUMN "signature_trust_key" varchar;
  CREATE INDEX "media_signature_status_idx" ON "media" USING btree ("signature_status");
  CREATE INDEX "media_sha256_idx" ON "media" USING btree ("sha256");
  ALTER TABLE "legal_documents_attachments" DROP COLUMN "digitally_signed";
  ALTER TABLE "_legal_documents_v_version_attachments" DROP COLUMN "digitally_signed";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshValidity', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshValidity', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "media_signature_status_idx";
  DROP INDEX IF EXISTS "media_sha256_idx";
  ALTER TABLE "legal_documents_attachments" ADD COLUMN "digitally_signed" boolean DEFAULT false;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD COLUMN "digitally_signed" boolean DEFAULT false;
  ALTER TABLE "legal_documents" DROP COLUMN "text_origin";
  ALTER TABLE "legal_documents" DROP COLUMN "text_checked";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_text_origin";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_text_checked";
  ALTER TABLE "media" DROP COLUMN "signature_status";
  ALTER TABLE "media" DROP COLUMN "signature_check";
  ALTER TABLE "media" DROP COLUMN "sha256";
  ALTER TABLE "media" DROP COLUMN "signature_trust_key";
  DROP TYPE "public"."enum_legal_documents_text_origin";
  DROP TYPE "public"."enum__legal_documents_v_version_text_origin";
  DROP TYPE "public"."enum_media_signature_status";`)
}
