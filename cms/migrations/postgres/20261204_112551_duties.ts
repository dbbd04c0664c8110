import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agencies_succession_kind" AS ENUM('merged', 'renamed', 'split');
  CREATE TYPE "public"."enum_agencies_succeededat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__agencies_v_version_succession_kind" AS ENUM('merged', 'renamed', 'split');
  CREATE TYPE "public"."enum__agencies_v_version_succeededat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_science_programmes_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_science_programmes_kind" AS ENUM('programme', 'topic', 'project', 'scheme');
  CREATE TYPE "public"."enum_science_programmes_level" AS ENUM('national', 'ministerial', 'provincial', 'grassroots');
  CREATE TYPE "public"."enum_science_programmes_stage" AS ENUM('selecting', 'in-progress', 'accepted', 'applied', 'stopped');
  CREATE TYPE "public"."enum_science_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__science_programmes_v_version_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__science_programmes_v_version_kind" AS ENUM('programme', 'topic', 'project', 'scheme');
  CREATE TYPE "public"."enum__science_programmes_v_version_level" AS ENUM('national', 'ministerial', 'provincial', 'grassroots');
  CREATE TYPE "public"."enum__science_programmes_v_version_stage" AS ENUM('selecting', 'in-progress', 'accepted', 'applied', 'stopped');
  CREATE TYPE "public"."enum__science_programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sector_statistics_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_sector_statistics_kind" AS ENUM('report', 'dataset', 'yearbook', 'indicator');
  CREATE TYPE "public"."enum_sector_statistics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sector_statistics_v_version_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__sector_statistics_v_version_kind" AS ENUM('report', 'dataset', 'yearbook', 'indicator');
  CREATE TYPE "public"."enum__sector_statistics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_public_services_level" AS ENUM('full', 'partial');
  CREATE TYPE "public"."enum_public_services_portal" AS ENUM('national', 'agency');
  CREATE TYPE "public"."enum_public_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__public_services_v_version_level" AS ENUM('full', 'partial');
  CREATE TYPE "public"."enum__public_services_v_version_portal" AS ENUM('national', 'agency');
  CREATE TYPE "public"."enum__public_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_disclosures_methods" AS ENUM('portal', 'gazette', 'media', 'noticeboard', 'press', 'other');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_methods" AS ENUM('portal', 'gazette', 'media', 'noticeboard', 'press', 'other');
  CREATE TYPE "public"."enum__disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_settings_maintenance_start_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_settings_maintenance_end_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TABLE "science_programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_science_programmes_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"slug" varchar,
  	"is_sample" boolean,
  	"kind" "enum_science_programmes_kind" DEFAULT 'topic',
  	"code" varchar,
  	"level" "enum_science_programmes_level",
  	"stage" "enum_science_programmes_stage" DEFAULT 'in-progress',
  	"host_organisation" varchar,
  	"leader" varchar,
  	"agency_id" integer,
  	"period_from" numeric,
  	"period_to" numeric,
  	"budget" numeric,
  	"results" varchar,
  	"attachment_id" integer,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_science_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_science_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__science_programmes_v_version_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_slug" varchar,
  	"version_is_sample" boolean,
  	"version_kind" "enum__science_programmes_v_version_kind" DEFAULT 'topic',
  	"version_code" varchar,
  	"version_level" "enum__science_programmes_v_version_level",
  	"version_stage" "enum__science_programmes_v_version_stage" DEFAULT 'in-progress',
  	"version_host_organisation" varchar,
  	"version_leader" varchar,
  	"version_agency_id" integer,
  	"version_period_from" numeric,
  	"version_period_to" numeric,
  	"version_budget" numeric,
  	"version_results" varchar,
  	"version_attachment_id" integer,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__science_programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "sector_statistics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_sector_statistics_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"slug" varchar,
  	"is_sample" boolean,
  	"kind" "enum_sector_statistics_kind" DEFAULT 'report',
  	"period" varchar,
  	"field" varchar,
  	"agency_id" integer,
  	"attachment_id" integer,
  	"data_url" varchar,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sector_statistics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_sector_statistics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__sector_statistics_v_version_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_slug" varchar,
  	"version_is_sample" boolean,
  	"version_kind" "enum__sector_statistics_v_version_kind" DEFAULT 'report',
  	"version_period" varchar,
  	"version_field" varchar,
  	"version_agency_id" integer,
  	"version_attachment_id" integer,
  	"version_data_url" varchar,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sector_statistics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "public_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"procedure_code" varchar,
  	"level" "enum_public_services_level" DEFAULT 'full',
  	"field_id" integer,
  	"agency_id" integer,
  	"portal" "enum_public_services_portal" DEFAULT 'national',
  	"url" varchar,
  	"summary" varchar,
  	"is_sample" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_public_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_public_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_procedure_code" varchar,
  	"version_level" "enum__public_services_v_version_level" DEFAULT 'full',
  	"version_field_id" integer,
  	"version_agency_id" integer,
  	"version_portal" "enum__public_services_v_version_portal" DEFAULT 'national',
  	"version_url" varchar,
  	"version_summary" varchar,
  	"version_is_sample" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__public_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "disclosures_methods" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_disclosures_methods",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"basis" varchar,
  	"location" varchar,
  	"url" varchar,
  	"timing" varchar,
  	"unit_id" integer,
  	"order" numeric DEFAULT 100,
  	"is_sample" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_disclosures_v_version_methods" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__disclosures_v_version_methods",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_basis" varchar,
  	"version_location" varchar,
  	"version_url" varchar,
  	"version_timing" varchar,
  	"version_unit_id" integer,
  	"version_order" numeric DEFAULT 100,
  	"version_is_sample" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "legal_documents" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "agencies" ADD COLUMN "successor_id" integer;
  ALTER TABLE "agencies" ADD COLUMN "succession_kind" "enum_agencies_succession_kind";
  ALTER TABLE "agencies" ADD COLUMN "succeeded_at" timestamp(3) with time zone;
  ALTER TABLE "agencies" ADD COLUMN "succeededat_tz" "enum_agencies_succeededat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_agencies_v" ADD COLUMN "version_successor_id" integer;
  ALTER TABLE "_agencies_v" ADD COLUMN "version_succession_kind" "enum__agencies_v_version_succession_kind";
  ALTER TABLE "_agencies_v" ADD COLUMN "version_succeeded_at" timestamp(3) with time zone;
  ALTER TABLE "_agencies_v" ADD COLUMN "version_succeededat_tz" "enum__agencies_v_version_succeededat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "pages" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "news" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "news" ADD COLUMN "reposted" boolean;
  ALTER TABLE "news" ADD COLUMN "source_name" varchar;
  ALTER TABLE "news" ADD COLUMN "source_url" varchar;
  ALTER TABLE "news" ADD COLUMN "author" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "_news_v" ADD COLUMN "version_reposted" boolean;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_name" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_source_url" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_author" varchar;
  ALTER TABLE "directions" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_directions_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "work_schedules" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_work_schedules_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "law_dissemination" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_law_dissemination_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "plans" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_plans_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "projects" ADD COLUMN "is_sample" boolean;
  ALTER TABLE "_projects_v" ADD COLUMN "version_is_sample" boolean;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "science_programmes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sector_statistics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_services_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosures_id" integer;
  ALTER TABLE "settings" ADD COLUMN "parent_portal_name" varchar;
  ALTER TABLE "settings" ADD COLUMN "parent_portal_url" varchar;
  ALTER TABLE "settings" ADD COLUMN "maintenance_start" timestamp(3) with time zone;
  ALTER TABLE "settings" ADD COLUMN "maintenance_start_tz" "enum_settings_maintenance_start_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "settings" ADD COLUMN "maintenance_end" timestamp(3) with time zone;
  ALTER TABLE "settings" ADD COLUMN "maintenance_end_tz" "enum_settings_maintenance_end_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "settings" ADD COLUMN "maintenance_text" varchar;
  ALTER TABLE "settings" ADD COLUMN "agency_verification_months" numeric DEFAULT 12;
  ALTER TABLE "science_programmes" ADD CONSTRAINT "science_programmes_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "science_programmes" ADD CONSTRAINT "science_programmes_attachment_id_media_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_programmes_v" ADD CONSTRAINT "_science_programmes_v_parent_id_science_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."science_programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_programmes_v" ADD CONSTRAINT "_science_programmes_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_programmes_v" ADD CONSTRAINT "_science_programmes_v_version_attachment_id_media_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sector_statistics" ADD CONSTRAINT "sector_statistics_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sector_statistics" ADD CONSTRAINT "sector_statistics_attachment_id_media_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sector_statistics_v" ADD CONSTRAINT "_sector_statistics_v_parent_id_sector_statistics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sector_statistics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sector_statistics_v" ADD CONSTRAINT "_sector_statistics_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sector_statistics_v" ADD CONSTRAINT "_sector_statistics_v_version_attachment_id_media_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_services" ADD CONSTRAINT "public_services_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "public_services" ADD CONSTRAINT "public_services_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_services_v" ADD CONSTRAINT "_public_services_v_parent_id_public_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."public_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_services_v" ADD CONSTRAINT "_public_services_v_version_field_id_fields_id_fk" FOREIGN KEY ("version_field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_public_services_v" ADD CONSTRAINT "_public_services_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_methods" ADD CONSTRAINT "disclosures_methods_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_unit_id_agencies_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_methods" ADD CONSTRAINT "_disclosures_v_version_methods_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_parent_id_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_unit_id_agencies_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "science_programmes_published_at_idx" ON "science_programmes" USING btree ("published_at");
  CREATE INDEX "science_programmes_slug_idx" ON "science_programmes" USING btree ("slug");
  CREATE INDEX "science_programmes_agency_idx" ON "science_programmes" USING btree ("agency_id");
  CREATE INDEX "science_programmes_attachment_idx" ON "science_programmes" USING btree ("attachment_id");
  CREATE INDEX "science_programmes_updated_at_idx" ON "science_programmes" USING btree ("updated_at");
  CREATE INDEX "science_programmes_created_at_idx" ON "science_programmes" USING btree ("created_at");
  CREATE INDEX "science_programmes__status_idx" ON "science_programmes" USING btree ("_status");
  CREATE INDEX "_science_programmes_v_parent_idx" ON "_science_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_science_programmes_v_version_version_published_at_idx" ON "_science_programmes_v" USING btree ("version_published_at");
  CREATE INDEX "_science_programmes_v_version_version_slug_idx" ON "_science_programmes_v" USING btree ("version_slug");
  CREATE INDEX "_science_programmes_v_version_version_agency_idx" ON "_science_programmes_v" USING btree ("version_agency_id");
  CREATE INDEX "_science_programmes_v_version_version_attachment_idx" ON "_science_programmes_v" USING btree ("version_attachment_id");
  CREATE INDEX "_science_programmes_v_version_version_updated_at_idx" ON "_science_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_science_programmes_v_version_version_created_at_idx" ON "_science_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_science_programmes_v_version_version__status_idx" ON "_science_programmes_v" USING btree ("version__status");
  CREATE INDEX "_science_programmes_v_created_at_idx" ON "_science_programmes_v" USING btree ("created_at");
  CREATE INDEX "_science_programmes_v_updated_at_idx" ON "_science_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_science_programmes_v_latest_idx" ON "_science_programmes_v" USING btree ("latest");
  CREATE INDEX "sector_statistics_published_at_idx" ON "sector_statistics" USING btree ("published_at");
  CREATE INDEX "sector_statistics_slug_idx" ON "sector_statistics" USING btree ("slug");
  CREATE INDEX "sector_statistics_agency_idx" ON "sector_statistics" USING btree ("agency_id");
  CREATE INDEX "sector_statistics_attachment_idx" ON "sector_statistics" USING btree ("attachment_id");
  CREATE INDEX "sector_statistics_updated_at_idx" ON "sector_statistics" USING btree ("updated_at");
  CREATE INDEX "sector_statistics_created_at_idx" ON "sector_statistics" USING btree ("created_at");
  CREATE INDEX "sector_statistics__status_idx" ON "sector_statistics" USING btree ("_status");
  CREATE INDEX "_sector_statistics_v_parent_idx" ON "_sector_statistics_v" USING btree ("parent_id");
  CREATE INDEX "_sector_statistics_v_version_version_published_at_idx" ON "_sector_statistics_v" USING btree ("version_published_at");
  CREATE INDEX "_sector_statistics_v_version_version_slug_idx" ON "_sector_statistics_v" USING btree ("version_slug");
  CREATE INDEX "_sector_statistics_v_version_version_agency_idx" ON "_sector_statistics_v" USING btree ("version_agency_id");
  CREATE INDEX "_sector_statistics_v_version_version_attachment_idx" ON "_sector_statistics_v" USING btree ("version_attachment_id");
  CREATE INDEX "_sector_statistics_v_version_version_updated_at_idx" ON "_sector_statistics_v" USING btree ("version_updated_at");
  CREATE INDEX "_sector_statistics_v_version_version_created_at_idx" ON "_sector_statistics_v" USING btree ("version_created_at");
  CREATE INDEX "_sector_statistics_v_version_version__status_idx" ON "_sector_statistics_v" USING btree ("version__status");
  CREATE INDEX "_sector_statistics_v_created_at_idx" ON "_sector_statistics_v" USING btree ("created_at");
  CREATE INDEX "_sector_statistics_v_updated_at_idx" ON "_sector_statistics_v" USING btree ("updated_at");
  CREATE INDEX "_sector_statistics_v_latest_idx" ON "_sector_statistics_v" USING btree ("latest");
  CREATE INDEX "public_services_procedure_code_idx" ON "public_services" USING btree ("procedure_code");
  CREATE INDEX "public_services_field_idx" ON "public_services" USING btree ("field_id");
  CREATE INDEX "public_services_agency_idx" ON "public_services" USING btree ("agency_id");
  CREATE INDEX "public_services_updated_at_idx" ON "public_services" USING btree ("updated_at");
  CREATE INDEX "public_services_created_at_idx" ON "public_services" USING btree ("created_at");
  CREATE INDEX "public_services__status_idx" ON "public_services" USING btree ("_status");
  CREATE INDEX "_public_services_v_parent_idx" ON "_public_services_v" USING btree ("parent_id");
  CREATE INDEX "_public_services_v_version_version_procedure_code_idx" ON "_public_services_v" USING btree ("version_procedure_code");
  CREATE INDEX "_public_services_v_version_version_field_idx" ON "_public_services_v" USING btree ("version_field_id");
  CREATE INDEX "_public_services_v_version_version_agency_idx" ON "_public_services_v" USING btree ("version_agency_id");
  CREATE INDEX "_public_services_v_version_version_updated_at_idx" ON "_public_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_public_services_v_version_version_created_at_idx" ON "_public_services_v" USING btree ("version_created_at");
  CREATE INDEX "_public_services_v_version_version__status_idx" ON "_public_services_v" USING btree ("version__status");
  CREATE INDEX "_public_services_v_created_at_idx" ON "_public_services_v" USING btree ("created_at");
  CREATE INDEX "_public_services_v_updated_at_idx" ON "_public_services_v" USING btree ("updated_at");
  CREATE INDEX "_public_services_v_latest_idx" ON "_public_services_v" USING btree ("latest");
  CREATE INDEX "disclosures_methods_order_idx" ON "disclosures_methods" USING btree ("order");
  CREATE INDEX "disclosures_methods_parent_idx" ON "disclosures_methods" USING btree ("parent_id");
  CREATE INDEX "disclosures_unit_idx" ON "disclosures" USING btree ("unit_id");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures__status_idx" ON "disclosures" USING btree ("_status");
  CREATE INDEX "_disclosures_v_version_methods_order_idx" ON "_disclosures_v_version_methods" USING btree ("order");
  CREATE INDEX "_disclosures_v_version_methods_parent_idx" ON "_disclosures_v_version_methods" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_parent_idx" ON "_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_version_version_unit_idx" ON "_disclosures_v" USING btree ("version_unit_id");
  CREATE INDEX "_disclosures_v_version_version_updated_at_idx" ON "_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosures_v_version_version_created_at_idx" ON "_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosures_v_version_version__status_idx" ON "_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_disclosures_v_created_at_idx" ON "_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_disclosures_v_updated_at_idx" ON "_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_disclosures_v_latest_idx" ON "_disclosures_v" USING btree ("latest");
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_successor_id_agencies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agencies_v" ADD CONSTRAINT "_agencies_v_version_successor_id_agencies_id_fk" FOREIGN KEY ("version_successor_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_science_programmes_fk" FOREIGN KEY ("science_programmes_id") REFERENCES "public"."science_programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sector_statistics_fk" FOREIGN KEY ("sector_statistics_id") REFERENCES "public"."sector_statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_services_fk" FOREIGN KEY ("public_services_id") REFERENCES "public"."public_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agencies_successor_idx" ON "agencies" USING btree ("successor_id");
  CREATE INDEX "_agencies_v_version_version_successor_idx" ON "_agencies_v" USING btree ("version_successor_id");
  CREATE INDEX "payload_locked_documents_rels_science_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("science_programmes_id");
  CREATE INDEX "payload_locked_documents_rels_sector_statistics_id_idx" ON "payload_locked_documents_rels" USING btree ("sector_statistics_id");
  CREATE INDEX "payload_locked_documents_rels_public_services_id_idx" ON "payload_locked_documents_rels" USING btree ("public_services_id");
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "science_programmes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_science_programmes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sector_statistics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sector_statistics_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "public_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_public_services_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures_methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v_version_methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "science_programmes" CASCADE;
  DROP TABLE "_science_programmes_v" CASCADE;
  DROP TABLE "sector_statistics" CASCADE;
  DROP TABLE "_sector_statistics_v" CASCADE;
  DROP TABLE "public_services" CASCADE;
  DROP TABLE "_public_services_v" CASCADE;
  DROP TABLE "disclosures_methods" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "_disclosures_v_version_methods" CASCADE;
  DROP TABLE "_disclosures_v" CASCADE;
  ALTER TABLE "agencies" DROP CONSTRAINT IF EXISTS "agencies_successor_id_agencies_id_fk";
  
  ALTER TABLE "_agencies_v" DROP CONSTRAINT IF EXISTS "_agencies_v_version_successor_id_agencies_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_science_programmes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sector_statistics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_public_services_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_disclosures_fk";
  
  DROP INDEX IF EXISTS "agencies_successor_idx";
  DROP INDEX IF EXISTS "_agencies_v_version_version_successor_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_science_programmes_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_sector_statistics_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_public_services_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_disclosures_id_idx";
  ALTER TABLE "legal_documents" DROP COLUMN "is_sample";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "agencies" DROP COLUMN "successor_id";
  ALTER TABLE "agencies" DROP COLUMN "succession_kind";
  ALTER TABLE "agencies" DROP COLUMN "succeeded_at";
  ALTER TABLE "agencies" DROP COLUMN "succeededat_tz";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_successor_id";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_succession_kind";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_succeeded_at";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_succeededat_tz";
  ALTER TABLE "pages" DROP COLUMN "is_sample";
  ALTER TABLE "_pages_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "news" DROP COLUMN "is_sample";
  ALTER TABLE "news" DROP COLUMN "reposted";
  ALTER TABLE "news" DROP COLUMN "source_name";
  ALTER TABLE "news" DROP COLUMN "source_url";
  ALTER TABLE "news" DROP COLUMN "author";
  ALTER TABLE "_news_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "_news_v" DROP COLUMN "version_reposted";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_name";
  ALTER TABLE "_news_v" DROP COLUMN "version_source_url";
  ALTER TABLE "_news_v" DROP COLUMN "version_author";
  ALTER TABLE "directions" DROP COLUMN "is_sample";
  ALTER TABLE "_directions_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "work_schedules" DROP COLUMN "is_sample";
  ALTER TABLE "_work_schedules_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "law_dissemination" DROP COLUMN "is_sample";
  ALTER TABLE "_law_dissemination_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "plans" DROP COLUMN "is_sample";
  ALTER TABLE "_plans_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "projects" DROP COLUMN "is_sample";
  ALTER TABLE "_projects_v" DROP COLUMN "version_is_sample";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "science_programmes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sector_statistics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_services_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosures_id";
  ALTER TABLE "settings" DROP COLUMN "parent_portal_name";
  ALTER TABLE "settings" DROP COLUMN "parent_portal_url";
  ALTER TABLE "settings" DROP COLUMN "maintenance_start";
  ALTER TABLE "settings" DROP COLUMN "maintenance_start_tz";
  ALTER TABLE "settings" DROP COLUMN "maintenance_end";
  ALTER TABLE "settings" DROP COLUMN "maintenance_end_tz";
  ALTER TABLE "settings" DROP COLUMN "maintenance_text";
  ALTER TABLE "settings" DROP COLUMN "agency_verification_months";
  DROP TYPE "public"."enum_agencies_succession_kind";
  DROP TYPE "public"."enum_agencies_succeededat_tz";
  DROP TYPE "public"."enum__agencies_v_version_succession_kind";
  DROP TYPE "public"."enum__agencies_v_version_succeededat_tz";
  DROP TYPE "public"."enum_science_programmes_publishedat_tz";
  DROP TYPE "public"."enum_science_programmes_kind";
  DROP TYPE "public"."enum_science_programmes_level";
  DROP TYPE "public"."enum_science_programmes_stage";
  DROP TYPE "public"."enum_science_programmes_status";
  DROP TYPE "public"."enum__science_programmes_v_version_publishedat_tz";
  DROP TYPE "public"."enum__science_programmes_v_version_kind";
  DROP TYPE "public"."enum__science_programmes_v_version_level";
  DROP TYPE "public"."enum__science_programmes_v_version_stage";
  DROP TYPE "public"."enum__science_programmes_v_version_status";
  DROP TYPE "public"."enum_sector_statistics_publishedat_tz";
  DROP TYPE "public"."enum_sector_statistics_kind";
  DROP TYPE "public"."enum_sector_statistics_status";
  DROP TYPE "public"."enum__sector_statistics_v_version_publishedat_tz";
  DROP TYPE "public"."enum__sector_statistics_v_version_kind";
  DROP TYPE "public"."enum__sector_statistics_v_version_status";
  DROP TYPE "public"."enum_public_services_level";
  DROP TYPE "public"."enum_public_services_portal";
  DROP TYPE "public"."enum_public_services_status";
  DROP TYPE "public"."enum__public_services_v_version_level";
  DROP TYPE "public"."enum__public_services_v_version_portal";
  DROP TYPE "public"."enum__public_services_v_version_status";
  DROP TYPE "public"."enum_disclosures_methods";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum__disclosures_v_version_methods";
  DROP TYPE "public"."enum__disclosures_v_version_status";
  DROP TYPE "public"."enum_settings_maintenance_start_tz";
  DROP TYPE "public"."enum_settings_maintenance_end_tz";`)
}
