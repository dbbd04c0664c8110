import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`plans\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`science_programmes\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`science_programmes\` ADD \`approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_science_programmes_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_science_programmes_v\` ADD \`version_approvedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`sector_statistics\` ADD \`announced_at\` text;`)
  await db.run(sql`ALTER TABLE \`sector_statistics\` ADD \`announcedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_sector_statistics_v\` ADD \`version_announced_at\` text;`)
  await db.run(sql`ALTER TABLE \`_sector_statistics_v\` ADD \`version_announcedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`approved_at\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`approvedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_approvedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`approved_at\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`approvedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_approvedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`science_programmes\` DROP COLUMN \`approved_at\`;`)
  await db.run(sql`ALTER TABLE \`science_programmes\` DROP COLUMN \`approvedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_science_programmes_v\` DROP COLUMN \`version_approved_at\`;`)
  await db.run(sql`ALTER TABLE \`_science_programmes_v\` DROP COLUMN \`version_approvedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`sector_statistics\` DROP COLUMN \`announced_at\`;`)
  await db.run(sql`ALTER TABLE \`sector_statistics\` DROP COLUMN \`announcedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_sector_statistics_v\` DROP COLUMN \`version_announced_at\`;`)
  await db.run(sql`ALTER TABLE \`_sector_statistics_v\` DROP COLUMN \`version_announcedat_tz\`;`)
}
