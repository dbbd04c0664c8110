import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "legal_documents_number_key_idx";
  CREATE UNIQUE INDEX "numberKey_issuer_idx" ON "legal_documents" USING btree ("number_key","issuer_id");
  CREATE INDEX "version_numberKey_version_issuer_idx" ON "_legal_documents_v" USING btree ("version_number_key","version_issuer_id");
  CREATE INDEX "legal_documents_number_key_idx" ON "legal_documents" USING btree ("number_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "numberKey_issuer_idx";
  DROP INDEX IF EXISTS "version_numberKey_version_issuer_idx";
  DROP INDEX IF EXISTS "legal_documents_number_key_idx";
  CREATE UNIQUE INDEX "legal_documents_number_key_idx" ON "legal_documents" USING btree ("number_key");`)
}
