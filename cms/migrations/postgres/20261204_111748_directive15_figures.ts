import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_directive15_figures_item" AS ENUM('1a-email', '1a-qlvb', '1a-so-hoa', '1b-dien-tu', '1b-ban-dien-tu', '1c-quy-dinh', '1c-dao-tao', '1c-chu-ky-so', '1d-kiem-tra', '3b-hop-thu');
  CREATE TABLE "directive15_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" "enum_directive15_figures_item" NOT NULL,
  	"year" numeric NOT NULL,
  	"value" numeric NOT NULL,
  	"total" numeric,
  	"source" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "directive15_figures_id" integer;
  CREATE INDEX "directive15_figures_item_idx" ON "directive15_figures" USING btree ("item");
  CREATE INDEX "directive15_figures_year_idx" ON "directive15_figures" USING btree ("year");
  CREATE INDEX "directive15_figures_updated_at_idx" ON "directive15_figures" USING btree ("updated_at");
  CREATE INDEX "directive15_figures_created_at_idx" ON "directive15_figures" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_directive15_figures_fk" FOREIGN KEY ("directive15_figures_id") REFERENCES "public"."directive15_figures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_directive15_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("directive15_figures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "directive15_figures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "directive15_figures" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_directive15_figures_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_directive15_figures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "directive15_figures_id";
  DROP TYPE "public"."enum_directive15_figures_item";`)
}
