import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`legal_documents_number_key_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`numberKey_issuer_idx\` ON \`legal_documents\` (\`number_key\`,\`issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_number_key_idx\` ON \`legal_documents\` (\`number_key\`);`)
  await db.run(sql`CREATE INDEX \`version_numberKey_version_issuer_idx\` ON \`_legal_documents_v\` (\`version_number_key\`,\`version_issuer_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`numberKey_issuer_idx\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_number_key_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_key_idx\` ON \`legal_documents\` (\`number_key\`);`)
  await db.run(sql`DROP INDEX \`version_numberKey_version_issuer_idx\`;`)
}
