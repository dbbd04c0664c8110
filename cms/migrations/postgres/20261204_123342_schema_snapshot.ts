import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/**
 * No change to the database. Two branches created their migrations from the same schema
 * (directive15_figures, duties), so the later one's snapshot lacked the other's table; this
 * migration's snapshot (the .json beside it) is the whole schema, so the next `migrate:create`
 * compares with what the database really has.
 */
export async function up(_: MigrateUpArgs): Promise<void> {}

export async function down(_: MigrateDownArgs): Promise<void> {}
