import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { renderFullTextForReading } from '../../collections/LegalDocuments/hooks/renderFullText'

/**
 * A legal document's HTML and table of contents are rendered from its full text when read
 * (issue 19): they were half of each row and of its version copy. A text of blanks is stored
 * empty (what "has a full text" compares with). The file keeps its size until `VACUUM`.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`body_html\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`toc\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_body_html\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_toc\`;`)
  await db.run(sql`UPDATE \`legal_documents\` SET \`full_text\` = '' WHERE trim(\`full_text\`, ' ' || char(9, 10, 13)) = '' AND \`full_text\` <> '';`)
  await db.run(sql`UPDATE \`_legal_documents_v\` SET \`version_full_text\` = '' WHERE trim(\`version_full_text\`, ' ' || char(9, 10, 13)) = '' AND \`version_full_text\` <> '';`)
}

/** Back to stored HTML: the columns return, filled from each row's text as the older code would have stored them. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`body_html\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`toc\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_body_html\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_toc\` text;`)
  for (const row of await db.all<{ id: number; text: string | null }>(sql`SELECT \`id\`, \`full_text\` AS \`text\` FROM \`legal_documents\``)) {
    const { bodyHtml, toc } = renderFullTextForReading(row.text)
    await db.run(sql`UPDATE \`legal_documents\` SET \`body_html\` = ${bodyHtml}, \`toc\` = ${JSON.stringify(toc)} WHERE \`id\` = ${row.id};`)
  }
  for (const row of await db.all<{ id: number; text: string | null }>(sql`SELECT \`id\`, \`version_full_text\` AS \`text\` FROM \`_legal_documents_v\``)) {
    const { bodyHtml, toc } = renderFullTextForReading(row.text)
    await db.run(sql`UPDATE \`_legal_documents_v\` SET \`version_body_html\` = ${bodyHtml}, \`version_toc\` = ${JSON.stringify(toc)} WHERE \`id\` = ${row.id};`)
  }
}
