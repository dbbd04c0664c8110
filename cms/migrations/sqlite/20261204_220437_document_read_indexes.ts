import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`legal_documents_issued_at_idx\` ON \`legal_documents\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_state_idx\` ON \`legal_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issued_at_idx\` ON \`_legal_documents_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_workflow_state_idx\` ON \`_legal_documents_v\` (\`version_workflow_state\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`legal_documents_issued_at_idx\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_workflow_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_issued_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_workflow_state_idx\`;`)
}
