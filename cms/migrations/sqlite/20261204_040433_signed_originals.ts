import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`text_origin\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`text_checked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_text_origin\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_text_checked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`signature_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`signature_check\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sha256\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`signature_trust_key\` text;`)
  await db.run(sql`CREATE INDEX \`media_signature_status_idx\` ON \`media\` (\`signature_status\`);`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents_attachments\` DROP COLUMN \`digitally_signed\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v_version_attachments\` DROP COLUMN \`digitally_signed\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_signature_status_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sha256_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`signature_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`signature_check\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sha256\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`signature_trust_key\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents_attachments\` ADD \`digitally_signed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v_version_attachments\` ADD \`digitally_signed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`text_origin\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`text_checked\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_text_origin\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_text_checked\`;`)
}
