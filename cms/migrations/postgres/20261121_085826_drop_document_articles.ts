import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_documents" DROP COLUMN "articles";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_articles";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_documents" ADD COLUMN "articles" jsonb;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_articles" jsonb;`)
}
