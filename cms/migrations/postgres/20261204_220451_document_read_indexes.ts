import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "legal_documents_issued_at_idx" ON "legal_documents" USING btree ("issued_at");
  CREATE INDEX "legal_documents_workflow_state_idx" ON "legal_documents" USING btree ("workflow_state");
  CREATE INDEX "_legal_documents_v_version_version_issued_at_idx" ON "_legal_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_legal_documents_v_version_version_workflow_state_idx" ON "_legal_documents_v" USING btree ("version_workflow_state");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "legal_documents_issued_at_idx";
  DROP INDEX IF EXISTS "legal_documents_workflow_state_idx";
  DROP INDEX IF EXISTS "_legal_documents_v_version_version_issued_at_idx";
  DROP INDEX IF EXISTS "_legal_documents_v_version_version_workflow_state_idx";`)
}
