import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { renderFullTextForReading } from '../../collections/LegalDocuments/hooks/renderFullText'

/**
 * A legal document's HTML and table of contents are rendered from its full text when read
 * (issue 19): they were half of each row and of its version copy. A text of blanks is stored
 * empty (what "has a full text" compares with).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_documents" DROP COLUMN "body_html";
  ALTER TABLE "legal_documents" DROP COLUMN "toc";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_body_html";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_toc";
  UPDATE "legal_documents" SET "full_text" = '' WHERE "full_text" ~ '^[[:space:]]+$';
  UPDATE "_legal_documents_v" SET "version_full_text" = '' WHERE "version_full_text" ~ '^[[:space:]]+$';`)
}

/** Back to stored HTML: the columns return, filled from each row's text as the older code would have stored them. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_documents" ADD COLUMN "body_html" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "toc" jsonb;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_body_html" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_toc" jsonb;`)
  const { rows } = await db.execute<{ id: number; text: string | null }>(sql`SELECT "id", "full_text" AS "text" FROM "legal_documents"`)
  for (const row of rows) {
    const { bodyHtml, toc } = renderFullTextForReading(row.text)
    await db.execute(sql`UPDATE "legal_documents" SET "body_html" = ${bodyHtml}, "toc" = ${JSON.stringify(toc)}::jsonb WHERE "id" = ${row.id}`)
  }
  const versions = await db.execute<{ id: number; text: string | null }>(sql`SELECT "id", "version_full_text" AS "text" FROM "_legal_documents_v"`)
  for (const row of versions.rows) {
    const { bodyHtml, toc } = renderFullTextForReading(row.text)
    await db.execute(sql`UPDATE "_legal_documents_v" SET "version_body_html" = ${bodyHtml}, "version_toc" = ${JSON.stringify(toc)}::jsonb WHERE "id" = ${row.id}`)
  }
}
