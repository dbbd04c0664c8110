import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_receivedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_consentat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('received', 'assigned', 'answered', 'published', 'declined');
  CREATE TYPE "public"."enum_questions_duedate_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_answeredat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_questions_declinedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"tracking_year" numeric,
  	"tracking_sequence" numeric,
  	"received_at" timestamp(3) with time zone,
  	"receivedat_tz" "enum_questions_receivedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"title" varchar,
  	"body" varchar,
  	"field_id" integer,
  	"attachment_id" integer,
  	"asker_name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"allow_publication" boolean,
  	"consent_at" timestamp(3) with time zone,
  	"consentat_tz" "enum_questions_consentat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"status" "enum_questions_status" DEFAULT 'received' NOT NULL,
  	"due_date" timestamp(3) with time zone,
  	"duedate_tz" "enum_questions_duedate_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"assigned_unit_id" integer,
  	"assigned_to_id" integer,
  	"answer" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"answeredat_tz" "enum_questions_answeredat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"answered_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_questions_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"decline_reason" varchar,
  	"declined_at" timestamp(3) with time zone,
  	"declinedat_tz" "enum_questions_declinedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"exact_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "question_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "question_files_id" integer;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_attachment_id_question_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."question_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assigned_unit_id_agencies_id_fk" FOREIGN KEY ("assigned_unit_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "questions_tracking_code_idx" ON "questions" USING btree ("tracking_code");
  CREATE INDEX "questions_tracking_year_idx" ON "questions" USING btree ("tracking_year");
  CREATE INDEX "questions_received_at_idx" ON "questions" USING btree ("received_at");
  CREATE INDEX "questions_field_idx" ON "questions" USING btree ("field_id");
  CREATE INDEX "questions_attachment_idx" ON "questions" USING btree ("attachment_id");
  CREATE INDEX "questions_email_idx" ON "questions" USING btree ("email");
  CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status");
  CREATE INDEX "questions_due_date_idx" ON "questions" USING btree ("due_date");
  CREATE INDEX "questions_assigned_unit_idx" ON "questions" USING btree ("assigned_unit_id");
  CREATE INDEX "questions_assigned_to_idx" ON "questions" USING btree ("assigned_to_id");
  CREATE INDEX "questions_answered_by_idx" ON "questions" USING btree ("answered_by_id");
  CREATE UNIQUE INDEX "questions_exact_key_idx" ON "questions" USING btree ("exact_key");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "status_publishedAt_idx" ON "questions" USING btree ("status","published_at");
  CREATE INDEX "status_dueDate_idx" ON "questions" USING btree ("status","due_date");
  CREATE INDEX "question_files_updated_at_idx" ON "question_files" USING btree ("updated_at");
  CREATE INDEX "question_files_created_at_idx" ON "question_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "question_files_filename_idx" ON "question_files" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_question_files_fk" FOREIGN KEY ("question_files_id") REFERENCES "public"."question_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_question_files_id_idx" ON "payload_locked_documents_rels" USING btree ("question_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "question_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "question_files" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_question_files_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_questions_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_question_files_id_idx";
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor';
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "question_files_id";
  DROP TYPE "public"."enum_questions_receivedat_tz";
  DROP TYPE "public"."enum_questions_consentat_tz";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum_questions_duedate_tz";
  DROP TYPE "public"."enum_questions_answeredat_tz";
  DROP TYPE "public"."enum_questions_publishedat_tz";
  DROP TYPE "public"."enum_questions_declinedat_tz";`)
}
