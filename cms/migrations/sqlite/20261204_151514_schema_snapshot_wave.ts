import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * No change to the database. The validity, follow and effects branches each created their
 * migration from the schema before the others', so each snapshot lacked the others' changes; this
 * migration's snapshot (the .json beside it) is the whole schema, so the next `migrate:create`
 * compares with what the database really has.
 */
export async function up(_: MigrateUpArgs): Promise<void> {}

export async function down(_: MigrateDownArgs): Promise<void> {}
