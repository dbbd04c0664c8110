import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_document_effects_operation" AS ENUM('amend', 'insert', 'replace', 'repeal', 'substitute', 'suspend', 'cease');
  CREATE TYPE "public"."enum_document_effects_effectiveat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_document_effects_status" AS ENUM('proposed', 'confirmed', 'rejected');
  CREATE TABLE "document_effects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"target_anchor" varchar NOT NULL,
  	"operation" "enum_document_effects_operation" NOT NULL,
  	"after" varchar,
  	"wording" varchar,
  	"phrase_from" varchar,
  	"phrase_to" varchar,
  	"amending_id" integer NOT NULL,
  	"source" varchar NOT NULL,
  	"source_label" varchar,
  	"effective_at" timestamp(3) with time zone NOT NULL,
  	"effectiveat_tz" "enum_document_effects_effectiveat_tz" DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
  	"status" "enum_document_effects_status" DEFAULT 'proposed',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_effects_id" integer;
  ALTER TABLE "document_effects" ADD CONSTRAINT "document_effects_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_effects" ADD CONSTRAINT "document_effects_amending_id_legal_documents_id_fk" FOREIGN KEY ("amending_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "document_effects_document_idx" ON "document_effects" USING btree ("document_id");
  CREATE INDEX "document_effects_amending_idx" ON "document_effects" USING btree ("amending_id");
  CREATE INDEX "document_effects_effective_at_idx" ON "document_effects" USING btree ("effective_at");
  CREATE INDEX "document_effects_status_idx" ON "document_effects" USING btree ("status");
  CREATE INDEX "document_effects_updated_at_idx" ON "document_effects" USING btree ("updated_at");
  CREATE INDEX "document_effects_created_at_idx" ON "document_effects" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_effects_fk" FOREIGN KEY ("document_effects_id") REFERENCES "public"."document_effects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_document_effects_id_idx" ON "payload_locked_documents_rels" USING btree ("document_effects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_effects" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "document_effects" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_document_effects_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_document_effects_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_effects_id";
  DROP TYPE "public"."enum_document_effects_operation";
  DROP TYPE "public"."enum_document_effects_effectiveat_tz";
  DROP TYPE "public"."enum_document_effects_status";`)
}
