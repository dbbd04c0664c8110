import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "document_citations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citing_id" integer,
  	"cited_key" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_citations_id" integer;
  ALTER TABLE "document_citations" ADD CONSTRAINT "document_citations_citing_id_legal_documents_id_fk" FOREIGN KEY ("citing_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "document_citations_citing_idx" ON "document_citations" USING btree ("citing_id");
  CREATE INDEX "document_citations_cited_key_idx" ON "document_citations" USING btree ("cited_key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_citations_fk" FOREIGN KEY ("document_citations_id") REFERENCES "public"."document_citations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_document_citations_id_idx" ON "payload_locked_documents_rels" USING btree ("document_citations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "document_citations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "document_citations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_document_citations_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_document_citations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_citations_id";`)
}
