import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_change_feed_operation" AS ENUM('create', 'update', 'delete');
  CREATE TABLE "change_feed" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"seq" numeric NOT NULL,
  	"source" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"operation" "enum_change_feed_operation" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "portal_processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"instance" varchar NOT NULL,
  	"host" varchar,
  	"pid" numeric,
  	"role" varchar,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"seen_at" timestamp(3) with time zone NOT NULL,
  	"feed_seq" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "change_feed_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "portal_processes_id" integer;
  CREATE UNIQUE INDEX "change_feed_seq_idx" ON "change_feed" USING btree ("seq");
  CREATE INDEX "change_feed_source_idx" ON "change_feed" USING btree ("source");
  CREATE INDEX "change_feed_updated_at_idx" ON "change_feed" USING btree ("updated_at");
  CREATE INDEX "change_feed_created_at_idx" ON "change_feed" USING btree ("created_at");
  CREATE UNIQUE INDEX "portal_processes_instance_idx" ON "portal_processes" USING btree ("instance");
  CREATE INDEX "portal_processes_seen_at_idx" ON "portal_processes" USING btree ("seen_at");
  CREATE INDEX "portal_processes_updated_at_idx" ON "portal_processes" USING btree ("updated_at");
  CREATE INDEX "portal_processes_created_at_idx" ON "portal_processes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_change_feed_fk" FOREIGN KEY ("change_feed_id") REFERENCES "public"."change_feed"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_portal_processes_fk" FOREIGN KEY ("portal_processes_id") REFERENCES "public"."portal_processes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_change_feed_id_idx" ON "payload_locked_documents_rels" USING btree ("change_feed_id");
  CREATE INDEX "payload_locked_documents_rels_portal_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("portal_processes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "change_feed" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "portal_processes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "change_feed" CASCADE;
  DROP TABLE "portal_processes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_change_feed_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_portal_processes_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_change_feed_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_portal_processes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "change_feed_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "portal_processes_id";
  DROP TYPE "public"."enum_change_feed_operation";`)
}
