import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * No change to the database. The notifications branch created its migration from the schema
 * before directive15_figures and duties, so its snapshot lacked their tables; this migration's
 * snapshot (the .json beside it) is the whole schema, so the next `migrate:create` compares with
 * what the database really has.
 */
export async function up(_: MigrateUpArgs): Promise<void> {}

export async function down(_: MigrateDownArgs): Promise<void> {}
