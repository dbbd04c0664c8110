import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`validity_expires\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_validity_expires\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`validity_expires\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_validity_expires\`;`)
}
