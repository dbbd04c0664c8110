import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_plans_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__plans_v_version_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_projects_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__projects_v_version_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_science_programmes_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__science_programmes_v_version_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_sector_statistics_announcedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__sector_statistics_v_version_announcedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  ALTER TABLE "plans" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "plans" ADD COLUMN "approvedat_tz" "enum_plans_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_plans_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_plans_v" ADD COLUMN "version_approvedat_tz" "enum__plans_v_version_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "projects" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "approvedat_tz" "enum_projects_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_projects_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_projects_v" ADD COLUMN "version_approvedat_tz" "enum__projects_v_version_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "science_programmes" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "science_programmes" ADD COLUMN "approvedat_tz" "enum_science_programmes_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_science_programmes_v" ADD COLUMN "version_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_science_programmes_v" ADD COLUMN "version_approvedat_tz" "enum__science_programmes_v_version_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "sector_statistics" ADD COLUMN "announced_at" timestamp(3) with time zone;
  ALTER TABLE "sector_statistics" ADD COLUMN "announcedat_tz" "enum_sector_statistics_announcedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_sector_statistics_v" ADD COLUMN "version_announced_at" timestamp(3) with time zone;
  ALTER TABLE "_sector_statistics_v" ADD COLUMN "version_announcedat_tz" "enum__sector_statistics_v_version_announcedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "plans" DROP COLUMN "approved_at";
  ALTER TABLE "plans" DROP COLUMN "approvedat_tz";
  ALTER TABLE "_plans_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_plans_v" DROP COLUMN "version_approvedat_tz";
  ALTER TABLE "projects" DROP COLUMN "approved_at";
  ALTER TABLE "projects" DROP COLUMN "approvedat_tz";
  ALTER TABLE "_projects_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_projects_v" DROP COLUMN "version_approvedat_tz";
  ALTER TABLE "science_programmes" DROP COLUMN "approved_at";
  ALTER TABLE "science_programmes" DROP COLUMN "approvedat_tz";
  ALTER TABLE "_science_programmes_v" DROP COLUMN "version_approved_at";
  ALTER TABLE "_science_programmes_v" DROP COLUMN "version_approvedat_tz";
  ALTER TABLE "sector_statistics" DROP COLUMN "announced_at";
  ALTER TABLE "sector_statistics" DROP COLUMN "announcedat_tz";
  ALTER TABLE "_sector_statistics_v" DROP COLUMN "version_announced_at";
  ALTER TABLE "_sector_statistics_v" DROP COLUMN "version_announcedat_tz";
  DROP TYPE "public"."enum_plans_approvedat_tz";
  DROP TYPE "public"."enum__plans_v_version_approvedat_tz";
  DROP TYPE "public"."enum_projects_approvedat_tz";
  DROP TYPE "public"."enum__projects_v_version_approvedat_tz";
  DROP TYPE "public"."enum_science_programmes_approvedat_tz";
  DROP TYPE "public"."enum__science_programmes_v_version_approvedat_tz";
  DROP TYPE "public"."enum_sector_statistics_announcedat_tz";
  DROP TYPE "public"."enum__sector_statistics_v_version_announcedat_tz";`)
}
