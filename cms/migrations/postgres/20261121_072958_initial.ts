import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_legal_documents_attachments_kind" AS ENUM('original', 'annex', 'other');
  CREATE TYPE "public"."enum_legal_documents_relations_type" AS ENUM('amends', 'replaces', 'repeals', 'guides', 'details', 'consolidates', 'corrects', 'cites', 'basedOn', 'suspends', 'stopsEffect', 'interprets', 'announces');
  CREATE TYPE "public"."enum_legal_documents_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_legal_documents_workflow_state" AS ENUM('draft', 'inReview', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_legal_documents_validity" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  CREATE TYPE "public"."enum_legal_documents_validity_override_status" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_version_attachments_kind" AS ENUM('original', 'annex', 'other');
  CREATE TYPE "public"."enum__legal_documents_v_version_relations_type" AS ENUM('amends', 'replaces', 'repeals', 'guides', 'details', 'consolidates', 'corrects', 'cites', 'basedOn', 'suspends', 'stopsEffect', 'interprets', 'announces');
  CREATE TYPE "public"."enum__legal_documents_v_version_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_state" AS ENUM('draft', 'inReview', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_override_status" AS ENUM('notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_drafts_opensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_drafts_closesat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_drafts_report_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_drafts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drafts_v_version_opensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__drafts_v_version_closesat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__drafts_v_version_report_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__drafts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'published', 'hidden');
  CREATE TYPE "public"."enum_comments_submitter_category" AS ENUM('individual', 'business', 'organisation');
  CREATE TYPE "public"."enum_comments_stance" AS ENUM('agree', 'disagree', 'partlyAgree');
  CREATE TYPE "public"."enum_comments_response_kind" AS ENUM('accepted', 'explained');
  CREATE TYPE "public"."enum_moderation_log_action" AS ENUM('publish', 'hide', 'unpublish', 'respond', 'respondGroup', 'purge');
  CREATE TYPE "public"."enum_agencies_emails_purpose" AS ENUM('edocs', 'general', 'feedback', 'information-request');
  CREATE TYPE "public"."enum_agencies_level" AS ENUM('ministry', 'province', 'department', 'district', 'commune');
  CREATE TYPE "public"."enum_agencies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agencies_v_version_emails_purpose" AS ENUM('edocs', 'general', 'feedback', 'information-request');
  CREATE TYPE "public"."enum__agencies_v_version_level" AS ENUM('ministry', 'province', 'department', 'district', 'commune');
  CREATE TYPE "public"."enum__agencies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_section" AS ENUM('introduction', 'contact');
  CREATE TYPE "public"."enum_pages_topic" AS ENUM('organisation', 'functions', 'structure-chart', 'history', 'leaders', 'other');
  CREATE TYPE "public"."enum_pages_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_section" AS ENUM('introduction', 'contact');
  CREATE TYPE "public"."enum__pages_v_version_topic" AS ENUM('organisation', 'functions', 'structure-chart', 'history', 'leaders', 'other');
  CREATE TYPE "public"."enum__pages_v_version_language" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_category" AS ENUM('news', 'event');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_category" AS ENUM('news', 'event');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_directions_kind" AS ENUM('direction', 'petition-reply', 'conclusion');
  CREATE TYPE "public"."enum_directions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__directions_v_version_kind" AS ENUM('direction', 'petition-reply', 'conclusion');
  CREATE TYPE "public"."enum__directions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_work_schedules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__work_schedules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_law_dissemination_kind" AS ENUM('article', 'qa', 'new-document');
  CREATE TYPE "public"."enum_law_dissemination_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__law_dissemination_v_version_kind" AS ENUM('article', 'qa', 'new-document');
  CREATE TYPE "public"."enum__law_dissemination_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_plans_kind" AS ENUM('strategy', 'orientation', 'master-plan', 'plan', 'programme');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__plans_v_version_kind" AS ENUM('strategy', 'orientation', 'master-plan', 'plan', 'programme');
  CREATE TYPE "public"."enum__plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_projects_project_type" AS ENUM('public-investment', 'ppp', 'tender', 'procurement', 'other');
  CREATE TYPE "public"."enum_projects_project_status" AS ENUM('preparing', 'bidding', 'in-progress', 'completed', 'suspended');
  CREATE TYPE "public"."enum_projects_funding_source" AS ENUM('central-budget', 'local-budget', 'oda', 'ppp', 'other');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_version_project_type" AS ENUM('public-investment', 'ppp', 'tender', 'procurement', 'other');
  CREATE TYPE "public"."enum__projects_v_version_funding_source" AS ENUM('central-budget', 'local-budget', 'oda', 'ppp', 'other');
  CREATE TYPE "public"."enum__projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_ratings_level" AS ENUM('very-satisfied', 'satisfied', 'unsatisfied');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'approver', 'moderator');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshValidity', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshValidity', 'schedulePublish');
  CREATE TABLE "legal_documents_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"label" varchar,
  	"kind" "enum_legal_documents_attachments_kind" DEFAULT 'original',
  	"digitally_signed" boolean DEFAULT false
  );
  
  CREATE TABLE "legal_documents_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_legal_documents_relations_type",
  	"target_id" integer,
  	"article" varchar,
  	"effective_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "legal_documents_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number_symbol" varchar,
  	"document_type_id" integer,
  	"issuer_id" integer,
  	"summary" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"signer_name" varchar,
  	"signer_title" varchar,
  	"gazette_number" varchar,
  	"gazette_date" timestamp(3) with time zone,
  	"language" "enum_legal_documents_language" DEFAULT 'vi',
  	"notes" varchar,
  	"source_docx_id" integer,
  	"full_text" varchar,
  	"structure_summary" varchar,
  	"workflow_state" "enum_legal_documents_workflow_state" DEFAULT 'draft',
  	"withdrawn_reason" varchar,
  	"validity" "enum_legal_documents_validity",
  	"validity_reason" varchar,
  	"validity_since" varchar,
  	"validity_override_status" "enum_legal_documents_validity_override_status",
  	"validity_override_reason" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"year" numeric,
  	"number_parts_number" varchar,
  	"number_parts_year" numeric,
  	"number_parts_type_code" varchar,
  	"number_parts_issuer_code" varchar,
  	"number_key" varchar,
  	"body_html" varchar,
  	"toc" jsonb,
  	"articles" jsonb,
  	"has_structure" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_legal_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "legal_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_id" integer
  );
  
  CREATE TABLE "_legal_documents_v_version_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"label" varchar,
  	"kind" "enum__legal_documents_v_version_attachments_kind" DEFAULT 'original',
  	"digitally_signed" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum__legal_documents_v_version_relations_type",
  	"target_id" integer,
  	"article" varchar,
  	"effective_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number_symbol" varchar,
  	"version_document_type_id" integer,
  	"version_issuer_id" integer,
  	"version_summary" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_signer_name" varchar,
  	"version_signer_title" varchar,
  	"version_gazette_number" varchar,
  	"version_gazette_date" timestamp(3) with time zone,
  	"version_language" "enum__legal_documents_v_version_language" DEFAULT 'vi',
  	"version_notes" varchar,
  	"version_source_docx_id" integer,
  	"version_full_text" varchar,
  	"version_structure_summary" varchar,
  	"version_workflow_state" "enum__legal_documents_v_version_workflow_state" DEFAULT 'draft',
  	"version_withdrawn_reason" varchar,
  	"version_validity" "enum__legal_documents_v_version_validity",
  	"version_validity_reason" varchar,
  	"version_validity_since" varchar,
  	"version_validity_override_status" "enum__legal_documents_v_version_validity_override_status",
  	"version_validity_override_reason" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_year" numeric,
  	"version_number_parts_number" varchar,
  	"version_number_parts_year" numeric,
  	"version_number_parts_type_code" varchar,
  	"version_number_parts_issuer_code" varchar,
  	"version_number_key" varchar,
  	"version_body_html" varchar,
  	"version_toc" jsonb,
  	"version_articles" jsonb,
  	"version_has_structure" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__legal_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_legal_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_id" integer
  );
  
  CREATE TABLE "drafts_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"file_id" integer
  );
  
  CREATE TABLE "drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"drafting_agency_id" integer,
  	"document_type_id" integer,
  	"explanatory_note_id" integer,
  	"full_text" varchar,
  	"change_note" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"opensat_tz" "enum_drafts_opensat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"closes_at" timestamp(3) with time zone,
  	"closesat_tz" "enum_drafts_closesat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"short_period_reason" varchar,
  	"period_days" numeric,
  	"minimum_days" numeric,
  	"minimum_legal_basis" varchar,
  	"receiving_unit_name" varchar,
  	"receiving_unit_email" varchar,
  	"receiving_unit_phone" varchar,
  	"receiving_unit_address" varchar,
  	"report_published_at" timestamp(3) with time zone,
  	"report_publishedat_tz" "enum_drafts_report_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"report_summary" varchar,
  	"report_file_id" integer,
  	"slug" varchar,
  	"is_sample" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_drafts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_drafts_v_version_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drafts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_drafting_agency_id" integer,
  	"version_document_type_id" integer,
  	"version_explanatory_note_id" integer,
  	"version_full_text" varchar,
  	"version_change_note" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_opensat_tz" "enum__drafts_v_version_opensat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_closes_at" timestamp(3) with time zone,
  	"version_closesat_tz" "enum__drafts_v_version_closesat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_short_period_reason" varchar,
  	"version_period_days" numeric,
  	"version_minimum_days" numeric,
  	"version_minimum_legal_basis" varchar,
  	"version_receiving_unit_name" varchar,
  	"version_receiving_unit_email" varchar,
  	"version_receiving_unit_phone" varchar,
  	"version_receiving_unit_address" varchar,
  	"version_report_published_at" timestamp(3) with time zone,
  	"version_report_publishedat_tz" "enum__drafts_v_version_report_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_report_summary" varchar,
  	"version_report_file_id" integer,
  	"version_slug" varchar,
  	"version_is_sample" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__drafts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "draft_versions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"draft_id" integer NOT NULL,
  	"number" numeric NOT NULL,
  	"title" varchar,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"change_note" varchar,
  	"full_text" varchar NOT NULL,
  	"body_html" varchar,
  	"toc" jsonb,
  	"articles" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar NOT NULL,
  	"tracking_year" numeric,
  	"tracking_sequence" numeric,
  	"draft_id" integer NOT NULL,
  	"draft_version" numeric,
  	"article" varchar,
  	"article_label" varchar,
  	"status" "enum_comments_status" DEFAULT 'pending' NOT NULL,
  	"hidden_reason" varchar,
  	"hidden_at" timestamp(3) with time zone,
  	"moderated_at" timestamp(3) with time zone,
  	"moderated_by_id" integer,
  	"similarity_group" varchar,
  	"full_name" varchar,
  	"organisation" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"submitter_category" "enum_comments_submitter_category",
  	"show_name" boolean,
  	"consent_at" timestamp(3) with time zone,
  	"stance" "enum_comments_stance",
  	"body" varchar,
  	"attachment_id" integer,
  	"response_kind" "enum_comments_response_kind",
  	"response_text" varchar,
  	"response_responded_at" timestamp(3) with time zone,
  	"response_responded_by_id" integer,
  	"apply_response_to_group" boolean,
  	"purge_requested" boolean,
  	"purge_reason" varchar,
  	"purged_at" timestamp(3) with time zone,
  	"exact_key" varchar,
  	"simhash" varchar,
  	"grouped_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "moderation_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_moderation_log_action" NOT NULL,
  	"comment_id" integer,
  	"tracking_code" varchar,
  	"draft_id" integer,
  	"user_id" integer,
  	"reason" varchar,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar,
  	"normative" boolean DEFAULT false,
  	"minimum_consultation_days" numeric,
  	"consultation_legal_basis" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "issuers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"abbreviation" varchar,
  	"agency_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fields" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agencies_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"address" varchar,
  	"purpose" "enum_agencies_emails_purpose" DEFAULT 'edocs',
  	"non_gov_reason" varchar,
  	"flag" varchar
  );
  
  CREATE TABLE "agencies_officials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"unit" varchar,
  	"phone" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"name_en" varchar,
  	"abbreviation" varchar,
  	"level" "enum_agencies_level",
  	"parent_id" integer,
  	"document_system_url" varchar,
  	"phone" varchar,
  	"fax" varchar,
  	"address" varchar,
  	"website" varchar,
  	"focal_point_name" varchar,
  	"focal_point_title" varchar,
  	"focal_point_phone" varchar,
  	"focal_point_email" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"is_sample" boolean,
  	"needs_review" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_agencies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_agencies_v_version_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"address" varchar,
  	"purpose" "enum__agencies_v_version_emails_purpose" DEFAULT 'edocs',
  	"non_gov_reason" varchar,
  	"flag" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agencies_v_version_officials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"unit" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_agencies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_name_en" varchar,
  	"version_abbreviation" varchar,
  	"version_level" "enum__agencies_v_version_level",
  	"version_parent_id" integer,
  	"version_document_system_url" varchar,
  	"version_phone" varchar,
  	"version_fax" varchar,
  	"version_address" varchar,
  	"version_website" varchar,
  	"version_focal_point_name" varchar,
  	"version_focal_point_title" varchar,
  	"version_focal_point_phone" varchar,
  	"version_focal_point_email" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_is_sample" boolean,
  	"version_needs_review" boolean,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__agencies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "pages_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"bio" varchar
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"section" "enum_pages_section" DEFAULT 'introduction',
  	"topic" "enum_pages_topic",
  	"language" "enum_pages_language" DEFAULT 'vi',
  	"order" numeric DEFAULT 10,
  	"counterpart_id" integer,
  	"image_id" integer,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v_version_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"bio" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_section" "enum__pages_v_version_section" DEFAULT 'introduction',
  	"version_topic" "enum__pages_v_version_topic",
  	"version_language" "enum__pages_v_version_language" DEFAULT 'vi',
  	"version_order" numeric DEFAULT 10,
  	"version_counterpart_id" integer,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"category" "enum_news_category" DEFAULT 'news',
  	"event_at" timestamp(3) with time zone,
  	"event_location" varchar,
  	"image_id" integer,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_category" "enum__news_v_version_category" DEFAULT 'news',
  	"version_event_at" timestamp(3) with time zone,
  	"version_event_location" varchar,
  	"version_image_id" integer,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "directions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"kind" "enum_directions_kind" DEFAULT 'direction',
  	"number_symbol" varchar,
  	"agency_id" integer,
  	"petition" varchar,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_directions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_directions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_kind" "enum__directions_v_version_kind" DEFAULT 'direction',
  	"version_number_symbol" varchar,
  	"version_agency_id" integer,
  	"version_petition" varchar,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__directions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "work_schedules_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone,
  	"time" varchar,
  	"leader" varchar,
  	"content" varchar,
  	"location" varchar,
  	"participants" varchar
  );
  
  CREATE TABLE "work_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"week_of" timestamp(3) with time zone,
  	"note" varchar,
  	"title" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_work_schedules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_work_schedules_v_version_entries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone,
  	"time" varchar,
  	"leader" varchar,
  	"content" varchar,
  	"location" varchar,
  	"participants" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_work_schedules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_week_of" timestamp(3) with time zone,
  	"version_note" varchar,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__work_schedules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "law_dissemination" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"kind" "enum_law_dissemination_kind" DEFAULT 'article',
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_law_dissemination_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "law_dissemination_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "_law_dissemination_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_kind" "enum__law_dissemination_v_version_kind" DEFAULT 'article',
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__law_dissemination_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_law_dissemination_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"kind" "enum_plans_kind" DEFAULT 'plan',
  	"number_symbol" varchar,
  	"period_from" numeric,
  	"period_to" numeric,
  	"agency_id" integer,
  	"attachment_id" integer,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_plans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_kind" "enum__plans_v_version_kind" DEFAULT 'plan',
  	"version_number_symbol" varchar,
  	"version_period_from" numeric,
  	"version_period_to" numeric,
  	"version_agency_id" integer,
  	"version_attachment_id" integer,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__plans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"published_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"objective" varchar,
  	"field" varchar,
  	"project_type" "enum_projects_project_type" DEFAULT 'public-investment',
  	"status" "enum_projects_project_status" DEFAULT 'preparing',
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"budget" numeric,
  	"funding_source" "enum_projects_funding_source",
  	"owner_id" integer,
  	"location" varchar,
  	"body" jsonb,
  	"pasted_html" varchar,
  	"body_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_objective" varchar,
  	"version_field" varchar,
  	"version_project_type" "enum__projects_v_version_project_type" DEFAULT 'public-investment',
  	"version_status" "enum_projects_project_status" DEFAULT 'preparing',
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_budget" numeric,
  	"version_funding_source" "enum__projects_v_version_funding_source",
  	"version_owner_id" integer,
  	"version_location" varchar,
  	"version_body" jsonb,
  	"version_pasted_html" varchar,
  	"version_body_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "rating_totals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"title" varchar,
  	"total" numeric DEFAULT 0,
  	"very_satisfied" numeric DEFAULT 0,
  	"satisfied" numeric DEFAULT 0,
  	"unsatisfied" numeric DEFAULT 0,
  	"satisfaction_rate" numeric DEFAULT 0,
  	"last_rated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL,
  	"level" "enum_ratings_level" NOT NULL,
  	"day" varchar NOT NULL,
  	"visitor_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "holidays" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_documents_id" integer,
  	"drafts_id" integer,
  	"draft_versions_id" integer,
  	"comments_id" integer,
  	"comment_files_id" integer,
  	"moderation_log_id" integer,
  	"document_types_id" integer,
  	"issuers_id" integer,
  	"fields_id" integer,
  	"agencies_id" integer,
  	"pages_id" integer,
  	"news_id" integer,
  	"directions_id" integer,
  	"work_schedules_id" integer,
  	"law_dissemination_id" integer,
  	"plans_id" integer,
  	"projects_id" integer,
  	"rating_totals_id" integer,
  	"ratings_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"holidays_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"agency_name" varchar NOT NULL,
  	"agency_name_en" varchar,
  	"portal_name" varchar,
  	"emblem_id" integer,
  	"responsible_person" varchar,
  	"responsible_person_title" varchar,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"licence" varchar,
  	"copyright" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "reporting" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"publication_limit_working_days" numeric DEFAULT 2,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "reporting_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"issuers_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_relations" ADD CONSTRAINT "legal_documents_relations_target_id_legal_documents_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_relations" ADD CONSTRAINT "legal_documents_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_workflow_log" ADD CONSTRAINT "legal_documents_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_workflow_log" ADD CONSTRAINT "legal_documents_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_issuer_id_issuers_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."issuers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_source_docx_id_media_id_fk" FOREIGN KEY ("source_docx_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_relations" ADD CONSTRAINT "_legal_documents_v_version_relations_target_id_legal_documents_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_relations" ADD CONSTRAINT "_legal_documents_v_version_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_workflow_log" ADD CONSTRAINT "_legal_documents_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_workflow_log" ADD CONSTRAINT "_legal_documents_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_document_type_id_document_types_id_fk" FOREIGN KEY ("version_document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_issuer_id_issuers_id_fk" FOREIGN KEY ("version_issuer_id") REFERENCES "public"."issuers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_source_docx_id_media_id_fk" FOREIGN KEY ("version_source_docx_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts_attachments" ADD CONSTRAINT "drafts_attachments_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts_attachments" ADD CONSTRAINT "drafts_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_drafting_agency_id_agencies_id_fk" FOREIGN KEY ("drafting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_explanatory_note_id_media_id_fk" FOREIGN KEY ("explanatory_note_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drafts" ADD CONSTRAINT "drafts_report_file_id_media_id_fk" FOREIGN KEY ("report_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v_version_attachments" ADD CONSTRAINT "_drafts_v_version_attachments_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v_version_attachments" ADD CONSTRAINT "_drafts_v_version_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drafts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_parent_id_drafts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_drafting_agency_id_agencies_id_fk" FOREIGN KEY ("version_drafting_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_document_type_id_document_types_id_fk" FOREIGN KEY ("version_document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_explanatory_note_id_media_id_fk" FOREIGN KEY ("version_explanatory_note_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drafts_v" ADD CONSTRAINT "_drafts_v_version_report_file_id_media_id_fk" FOREIGN KEY ("version_report_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "draft_versions" ADD CONSTRAINT "draft_versions_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_attachment_id_comment_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."comment_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_response_responded_by_id_users_id_fk" FOREIGN KEY ("response_responded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "issuers" ADD CONSTRAINT "issuers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies_emails" ADD CONSTRAINT "agencies_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies_officials" ADD CONSTRAINT "agencies_officials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agencies_v_version_emails" ADD CONSTRAINT "_agencies_v_version_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agencies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agencies_v_version_officials" ADD CONSTRAINT "_agencies_v_version_officials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_agencies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agencies_v" ADD CONSTRAINT "_agencies_v_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agencies_v" ADD CONSTRAINT "_agencies_v_version_parent_id_agencies_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_people" ADD CONSTRAINT "pages_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_counterpart_id_pages_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_version_people" ADD CONSTRAINT "_pages_v_version_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_counterpart_id_pages_id_fk" FOREIGN KEY ("version_counterpart_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "directions" ADD CONSTRAINT "directions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_directions_v" ADD CONSTRAINT "_directions_v_parent_id_directions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."directions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_directions_v" ADD CONSTRAINT "_directions_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_schedules_entries" ADD CONSTRAINT "work_schedules_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_schedules_v_version_entries" ADD CONSTRAINT "_work_schedules_v_version_entries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_schedules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_schedules_v" ADD CONSTRAINT "_work_schedules_v_parent_id_work_schedules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_schedules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "law_dissemination_rels" ADD CONSTRAINT "law_dissemination_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."law_dissemination"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "law_dissemination_rels" ADD CONSTRAINT "law_dissemination_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_law_dissemination_v" ADD CONSTRAINT "_law_dissemination_v_parent_id_law_dissemination_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."law_dissemination"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_law_dissemination_v_rels" ADD CONSTRAINT "_law_dissemination_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_law_dissemination_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_law_dissemination_v_rels" ADD CONSTRAINT "_law_dissemination_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_attachment_id_media_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_parent_id_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_attachment_id_media_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_agencies_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_owner_id_agencies_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_drafts_fk" FOREIGN KEY ("drafts_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_draft_versions_fk" FOREIGN KEY ("draft_versions_id") REFERENCES "public"."draft_versions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_files_fk" FOREIGN KEY ("comment_files_id") REFERENCES "public"."comment_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_log_fk" FOREIGN KEY ("moderation_log_id") REFERENCES "public"."moderation_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_types_fk" FOREIGN KEY ("document_types_id") REFERENCES "public"."document_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_issuers_fk" FOREIGN KEY ("issuers_id") REFERENCES "public"."issuers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_directions_fk" FOREIGN KEY ("directions_id") REFERENCES "public"."directions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_schedules_fk" FOREIGN KEY ("work_schedules_id") REFERENCES "public"."work_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_law_dissemination_fk" FOREIGN KEY ("law_dissemination_id") REFERENCES "public"."law_dissemination"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rating_totals_fk" FOREIGN KEY ("rating_totals_id") REFERENCES "public"."rating_totals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holidays_fk" FOREIGN KEY ("holidays_id") REFERENCES "public"."holidays"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "settings" ADD CONSTRAINT "settings_emblem_id_media_id_fk" FOREIGN KEY ("emblem_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reporting_rels" ADD CONSTRAINT "reporting_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reporting"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reporting_rels" ADD CONSTRAINT "reporting_rels_issuers_fk" FOREIGN KEY ("issuers_id") REFERENCES "public"."issuers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "legal_documents_attachments_order_idx" ON "legal_documents_attachments" USING btree ("_order");
  CREATE INDEX "legal_documents_attachments_parent_id_idx" ON "legal_documents_attachments" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_attachments_file_idx" ON "legal_documents_attachments" USING btree ("file_id");
  CREATE INDEX "legal_documents_relations_order_idx" ON "legal_documents_relations" USING btree ("_order");
  CREATE INDEX "legal_documents_relations_parent_id_idx" ON "legal_documents_relations" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_relations_target_idx" ON "legal_documents_relations" USING btree ("target_id");
  CREATE INDEX "legal_documents_workflow_log_order_idx" ON "legal_documents_workflow_log" USING btree ("_order");
  CREATE INDEX "legal_documents_workflow_log_parent_id_idx" ON "legal_documents_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_workflow_log_by_idx" ON "legal_documents_workflow_log" USING btree ("by_id");
  CREATE INDEX "legal_documents_document_type_idx" ON "legal_documents" USING btree ("document_type_id");
  CREATE INDEX "legal_documents_issuer_idx" ON "legal_documents" USING btree ("issuer_id");
  CREATE INDEX "legal_documents_source_docx_idx" ON "legal_documents" USING btree ("source_docx_id");
  CREATE INDEX "legal_documents_validity_idx" ON "legal_documents" USING btree ("validity");
  CREATE INDEX "legal_documents_slug_idx" ON "legal_documents" USING btree ("slug");
  CREATE INDEX "legal_documents_year_idx" ON "legal_documents" USING btree ("year");
  CREATE UNIQUE INDEX "legal_documents_number_key_idx" ON "legal_documents" USING btree ("number_key");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents__status_idx" ON "legal_documents" USING btree ("_status");
  CREATE INDEX "legal_documents_rels_order_idx" ON "legal_documents_rels" USING btree ("order");
  CREATE INDEX "legal_documents_rels_parent_idx" ON "legal_documents_rels" USING btree ("parent_id");
  CREATE INDEX "legal_documents_rels_path_idx" ON "legal_documents_rels" USING btree ("path");
  CREATE INDEX "legal_documents_rels_fields_id_idx" ON "legal_documents_rels" USING btree ("fields_id");
  CREATE INDEX "_legal_documents_v_version_attachments_order_idx" ON "_legal_documents_v_version_attachments" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_attachments_parent_id_idx" ON "_legal_documents_v_version_attachments" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_attachments_file_idx" ON "_legal_documents_v_version_attachments" USING btree ("file_id");
  CREATE INDEX "_legal_documents_v_version_relations_order_idx" ON "_legal_documents_v_version_relations" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_relations_parent_id_idx" ON "_legal_documents_v_version_relations" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_relations_target_idx" ON "_legal_documents_v_version_relations" USING btree ("target_id");
  CREATE INDEX "_legal_documents_v_version_workflow_log_order_idx" ON "_legal_documents_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_workflow_log_parent_id_idx" ON "_legal_documents_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_workflow_log_by_idx" ON "_legal_documents_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_document_type_idx" ON "_legal_documents_v" USING btree ("version_document_type_id");
  CREATE INDEX "_legal_documents_v_version_version_issuer_idx" ON "_legal_documents_v" USING btree ("version_issuer_id");
  CREATE INDEX "_legal_documents_v_version_version_source_docx_idx" ON "_legal_documents_v" USING btree ("version_source_docx_id");
  CREATE INDEX "_legal_documents_v_version_version_validity_idx" ON "_legal_documents_v" USING btree ("version_validity");
  CREATE INDEX "_legal_documents_v_version_version_slug_idx" ON "_legal_documents_v" USING btree ("version_slug");
  CREATE INDEX "_legal_documents_v_version_version_year_idx" ON "_legal_documents_v" USING btree ("version_year");
  CREATE INDEX "_legal_documents_v_version_version_number_key_idx" ON "_legal_documents_v" USING btree ("version_number_key");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_version_version__status_idx" ON "_legal_documents_v" USING btree ("version__status");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_latest_idx" ON "_legal_documents_v" USING btree ("latest");
  CREATE INDEX "_legal_documents_v_rels_order_idx" ON "_legal_documents_v_rels" USING btree ("order");
  CREATE INDEX "_legal_documents_v_rels_parent_idx" ON "_legal_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_rels_path_idx" ON "_legal_documents_v_rels" USING btree ("path");
  CREATE INDEX "_legal_documents_v_rels_fields_id_idx" ON "_legal_documents_v_rels" USING btree ("fields_id");
  CREATE INDEX "drafts_attachments_order_idx" ON "drafts_attachments" USING btree ("_order");
  CREATE INDEX "drafts_attachments_parent_id_idx" ON "drafts_attachments" USING btree ("_parent_id");
  CREATE INDEX "drafts_attachments_file_idx" ON "drafts_attachments" USING btree ("file_id");
  CREATE INDEX "drafts_drafting_agency_idx" ON "drafts" USING btree ("drafting_agency_id");
  CREATE INDEX "drafts_document_type_idx" ON "drafts" USING btree ("document_type_id");
  CREATE INDEX "drafts_explanatory_note_idx" ON "drafts" USING btree ("explanatory_note_id");
  CREATE INDEX "drafts_opens_at_idx" ON "drafts" USING btree ("opens_at");
  CREATE INDEX "drafts_closes_at_idx" ON "drafts" USING btree ("closes_at");
  CREATE INDEX "drafts_report_report_file_idx" ON "drafts" USING btree ("report_file_id");
  CREATE UNIQUE INDEX "drafts_slug_idx" ON "drafts" USING btree ("slug");
  CREATE INDEX "drafts_updated_at_idx" ON "drafts" USING btree ("updated_at");
  CREATE INDEX "drafts_created_at_idx" ON "drafts" USING btree ("created_at");
  CREATE INDEX "drafts__status_idx" ON "drafts" USING btree ("_status");
  CREATE INDEX "_drafts_v_version_attachments_order_idx" ON "_drafts_v_version_attachments" USING btree ("_order");
  CREATE INDEX "_drafts_v_version_attachments_parent_id_idx" ON "_drafts_v_version_attachments" USING btree ("_parent_id");
  CREATE INDEX "_drafts_v_version_attachments_file_idx" ON "_drafts_v_version_attachments" USING btree ("file_id");
  CREATE INDEX "_drafts_v_parent_idx" ON "_drafts_v" USING btree ("parent_id");
  CREATE INDEX "_drafts_v_version_version_drafting_agency_idx" ON "_drafts_v" USING btree ("version_drafting_agency_id");
  CREATE INDEX "_drafts_v_version_version_document_type_idx" ON "_drafts_v" USING btree ("version_document_type_id");
  CREATE INDEX "_drafts_v_version_version_explanatory_note_idx" ON "_drafts_v" USING btree ("version_explanatory_note_id");
  CREATE INDEX "_drafts_v_version_version_opens_at_idx" ON "_drafts_v" USING btree ("version_opens_at");
  CREATE INDEX "_drafts_v_version_version_closes_at_idx" ON "_drafts_v" USING btree ("version_closes_at");
  CREATE INDEX "_drafts_v_version_report_version_report_file_idx" ON "_drafts_v" USING btree ("version_report_file_id");
  CREATE INDEX "_drafts_v_version_version_slug_idx" ON "_drafts_v" USING btree ("version_slug");
  CREATE INDEX "_drafts_v_version_version_updated_at_idx" ON "_drafts_v" USING btree ("version_updated_at");
  CREATE INDEX "_drafts_v_version_version_created_at_idx" ON "_drafts_v" USING btree ("version_created_at");
  CREATE INDEX "_drafts_v_version_version__status_idx" ON "_drafts_v" USING btree ("version__status");
  CREATE INDEX "_drafts_v_created_at_idx" ON "_drafts_v" USING btree ("created_at");
  CREATE INDEX "_drafts_v_updated_at_idx" ON "_drafts_v" USING btree ("updated_at");
  CREATE INDEX "_drafts_v_latest_idx" ON "_drafts_v" USING btree ("latest");
  CREATE INDEX "draft_versions_draft_idx" ON "draft_versions" USING btree ("draft_id");
  CREATE INDEX "draft_versions_updated_at_idx" ON "draft_versions" USING btree ("updated_at");
  CREATE INDEX "draft_versions_created_at_idx" ON "draft_versions" USING btree ("created_at");
  CREATE UNIQUE INDEX "draft_number_idx" ON "draft_versions" USING btree ("draft_id","number");
  CREATE UNIQUE INDEX "comments_tracking_code_idx" ON "comments" USING btree ("tracking_code");
  CREATE INDEX "comments_tracking_year_idx" ON "comments" USING btree ("tracking_year");
  CREATE INDEX "comments_draft_idx" ON "comments" USING btree ("draft_id");
  CREATE INDEX "comments_article_idx" ON "comments" USING btree ("article");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_moderated_by_idx" ON "comments" USING btree ("moderated_by_id");
  CREATE INDEX "comments_similarity_group_idx" ON "comments" USING btree ("similarity_group");
  CREATE INDEX "comments_email_idx" ON "comments" USING btree ("email");
  CREATE INDEX "comments_stance_idx" ON "comments" USING btree ("stance");
  CREATE INDEX "comments_attachment_idx" ON "comments" USING btree ("attachment_id");
  CREATE INDEX "comments_response_response_responded_by_idx" ON "comments" USING btree ("response_responded_by_id");
  CREATE UNIQUE INDEX "comments_exact_key_idx" ON "comments" USING btree ("exact_key");
  CREATE INDEX "comments_grouped_at_idx" ON "comments" USING btree ("grouped_at");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comment_files_updated_at_idx" ON "comment_files" USING btree ("updated_at");
  CREATE INDEX "comment_files_created_at_idx" ON "comment_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "comment_files_filename_idx" ON "comment_files" USING btree ("filename");
  CREATE INDEX "moderation_log_action_idx" ON "moderation_log" USING btree ("action");
  CREATE INDEX "moderation_log_comment_idx" ON "moderation_log" USING btree ("comment_id");
  CREATE INDEX "moderation_log_tracking_code_idx" ON "moderation_log" USING btree ("tracking_code");
  CREATE INDEX "moderation_log_draft_idx" ON "moderation_log" USING btree ("draft_id");
  CREATE INDEX "moderation_log_user_idx" ON "moderation_log" USING btree ("user_id");
  CREATE INDEX "moderation_log_updated_at_idx" ON "moderation_log" USING btree ("updated_at");
  CREATE INDEX "moderation_log_created_at_idx" ON "moderation_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_types_name_idx" ON "document_types" USING btree ("name");
  CREATE INDEX "document_types_updated_at_idx" ON "document_types" USING btree ("updated_at");
  CREATE INDEX "document_types_created_at_idx" ON "document_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "issuers_name_idx" ON "issuers" USING btree ("name");
  CREATE INDEX "issuers_agency_idx" ON "issuers" USING btree ("agency_id");
  CREATE INDEX "issuers_updated_at_idx" ON "issuers" USING btree ("updated_at");
  CREATE INDEX "issuers_created_at_idx" ON "issuers" USING btree ("created_at");
  CREATE UNIQUE INDEX "fields_name_idx" ON "fields" USING btree ("name");
  CREATE INDEX "fields_updated_at_idx" ON "fields" USING btree ("updated_at");
  CREATE INDEX "fields_created_at_idx" ON "fields" USING btree ("created_at");
  CREATE INDEX "agencies_emails_order_idx" ON "agencies_emails" USING btree ("_order");
  CREATE INDEX "agencies_emails_parent_id_idx" ON "agencies_emails" USING btree ("_parent_id");
  CREATE INDEX "agencies_officials_order_idx" ON "agencies_officials" USING btree ("_order");
  CREATE INDEX "agencies_officials_parent_id_idx" ON "agencies_officials" USING btree ("_parent_id");
  CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");
  CREATE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE INDEX "agencies__status_idx" ON "agencies" USING btree ("_status");
  CREATE INDEX "_agencies_v_version_emails_order_idx" ON "_agencies_v_version_emails" USING btree ("_order");
  CREATE INDEX "_agencies_v_version_emails_parent_id_idx" ON "_agencies_v_version_emails" USING btree ("_parent_id");
  CREATE INDEX "_agencies_v_version_officials_order_idx" ON "_agencies_v_version_officials" USING btree ("_order");
  CREATE INDEX "_agencies_v_version_officials_parent_id_idx" ON "_agencies_v_version_officials" USING btree ("_parent_id");
  CREATE INDEX "_agencies_v_parent_idx" ON "_agencies_v" USING btree ("parent_id");
  CREATE INDEX "_agencies_v_version_version_parent_idx" ON "_agencies_v" USING btree ("version_parent_id");
  CREATE INDEX "_agencies_v_version_version_slug_idx" ON "_agencies_v" USING btree ("version_slug");
  CREATE INDEX "_agencies_v_version_version_updated_at_idx" ON "_agencies_v" USING btree ("version_updated_at");
  CREATE INDEX "_agencies_v_version_version_created_at_idx" ON "_agencies_v" USING btree ("version_created_at");
  CREATE INDEX "_agencies_v_version_version__status_idx" ON "_agencies_v" USING btree ("version__status");
  CREATE INDEX "_agencies_v_created_at_idx" ON "_agencies_v" USING btree ("created_at");
  CREATE INDEX "_agencies_v_updated_at_idx" ON "_agencies_v" USING btree ("updated_at");
  CREATE INDEX "_agencies_v_latest_idx" ON "_agencies_v" USING btree ("latest");
  CREATE INDEX "pages_people_order_idx" ON "pages_people" USING btree ("_order");
  CREATE INDEX "pages_people_parent_id_idx" ON "pages_people" USING btree ("_parent_id");
  CREATE INDEX "pages_published_at_idx" ON "pages" USING btree ("published_at");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_counterpart_idx" ON "pages" USING btree ("counterpart_id");
  CREATE INDEX "pages_image_idx" ON "pages" USING btree ("image_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_version_people_order_idx" ON "_pages_v_version_people" USING btree ("_order");
  CREATE INDEX "_pages_v_version_people_parent_id_idx" ON "_pages_v_version_people" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_published_at_idx" ON "_pages_v" USING btree ("version_published_at");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_counterpart_idx" ON "_pages_v" USING btree ("version_counterpart_id");
  CREATE INDEX "_pages_v_version_version_image_idx" ON "_pages_v" USING btree ("version_image_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "directions_published_at_idx" ON "directions" USING btree ("published_at");
  CREATE INDEX "directions_slug_idx" ON "directions" USING btree ("slug");
  CREATE INDEX "directions_agency_idx" ON "directions" USING btree ("agency_id");
  CREATE INDEX "directions_updated_at_idx" ON "directions" USING btree ("updated_at");
  CREATE INDEX "directions_created_at_idx" ON "directions" USING btree ("created_at");
  CREATE INDEX "directions__status_idx" ON "directions" USING btree ("_status");
  CREATE INDEX "_directions_v_parent_idx" ON "_directions_v" USING btree ("parent_id");
  CREATE INDEX "_directions_v_version_version_published_at_idx" ON "_directions_v" USING btree ("version_published_at");
  CREATE INDEX "_directions_v_version_version_slug_idx" ON "_directions_v" USING btree ("version_slug");
  CREATE INDEX "_directions_v_version_version_agency_idx" ON "_directions_v" USING btree ("version_agency_id");
  CREATE INDEX "_directions_v_version_version_updated_at_idx" ON "_directions_v" USING btree ("version_updated_at");
  CREATE INDEX "_directions_v_version_version_created_at_idx" ON "_directions_v" USING btree ("version_created_at");
  CREATE INDEX "_directions_v_version_version__status_idx" ON "_directions_v" USING btree ("version__status");
  CREATE INDEX "_directions_v_created_at_idx" ON "_directions_v" USING btree ("created_at");
  CREATE INDEX "_directions_v_updated_at_idx" ON "_directions_v" USING btree ("updated_at");
  CREATE INDEX "_directions_v_latest_idx" ON "_directions_v" USING btree ("latest");
  CREATE INDEX "work_schedules_entries_order_idx" ON "work_schedules_entries" USING btree ("_order");
  CREATE INDEX "work_schedules_entries_parent_id_idx" ON "work_schedules_entries" USING btree ("_parent_id");
  CREATE INDEX "work_schedules_week_of_idx" ON "work_schedules" USING btree ("week_of");
  CREATE INDEX "work_schedules_slug_idx" ON "work_schedules" USING btree ("slug");
  CREATE INDEX "work_schedules_updated_at_idx" ON "work_schedules" USING btree ("updated_at");
  CREATE INDEX "work_schedules_created_at_idx" ON "work_schedules" USING btree ("created_at");
  CREATE INDEX "work_schedules__status_idx" ON "work_schedules" USING btree ("_status");
  CREATE INDEX "_work_schedules_v_version_entries_order_idx" ON "_work_schedules_v_version_entries" USING btree ("_order");
  CREATE INDEX "_work_schedules_v_version_entries_parent_id_idx" ON "_work_schedules_v_version_entries" USING btree ("_parent_id");
  CREATE INDEX "_work_schedules_v_parent_idx" ON "_work_schedules_v" USING btree ("parent_id");
  CREATE INDEX "_work_schedules_v_version_version_week_of_idx" ON "_work_schedules_v" USING btree ("version_week_of");
  CREATE INDEX "_work_schedules_v_version_version_slug_idx" ON "_work_schedules_v" USING btree ("version_slug");
  CREATE INDEX "_work_schedules_v_version_version_updated_at_idx" ON "_work_schedules_v" USING btree ("version_updated_at");
  CREATE INDEX "_work_schedules_v_version_version_created_at_idx" ON "_work_schedules_v" USING btree ("version_created_at");
  CREATE INDEX "_work_schedules_v_version_version__status_idx" ON "_work_schedules_v" USING btree ("version__status");
  CREATE INDEX "_work_schedules_v_created_at_idx" ON "_work_schedules_v" USING btree ("created_at");
  CREATE INDEX "_work_schedules_v_updated_at_idx" ON "_work_schedules_v" USING btree ("updated_at");
  CREATE INDEX "_work_schedules_v_latest_idx" ON "_work_schedules_v" USING btree ("latest");
  CREATE INDEX "law_dissemination_published_at_idx" ON "law_dissemination" USING btree ("published_at");
  CREATE INDEX "law_dissemination_slug_idx" ON "law_dissemination" USING btree ("slug");
  CREATE INDEX "law_dissemination_updated_at_idx" ON "law_dissemination" USING btree ("updated_at");
  CREATE INDEX "law_dissemination_created_at_idx" ON "law_dissemination" USING btree ("created_at");
  CREATE INDEX "law_dissemination__status_idx" ON "law_dissemination" USING btree ("_status");
  CREATE INDEX "law_dissemination_rels_order_idx" ON "law_dissemination_rels" USING btree ("order");
  CREATE INDEX "law_dissemination_rels_parent_idx" ON "law_dissemination_rels" USING btree ("parent_id");
  CREATE INDEX "law_dissemination_rels_path_idx" ON "law_dissemination_rels" USING btree ("path");
  CREATE INDEX "law_dissemination_rels_legal_documents_id_idx" ON "law_dissemination_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_law_dissemination_v_parent_idx" ON "_law_dissemination_v" USING btree ("parent_id");
  CREATE INDEX "_law_dissemination_v_version_version_published_at_idx" ON "_law_dissemination_v" USING btree ("version_published_at");
  CREATE INDEX "_law_dissemination_v_version_version_slug_idx" ON "_law_dissemination_v" USING btree ("version_slug");
  CREATE INDEX "_law_dissemination_v_version_version_updated_at_idx" ON "_law_dissemination_v" USING btree ("version_updated_at");
  CREATE INDEX "_law_dissemination_v_version_version_created_at_idx" ON "_law_dissemination_v" USING btree ("version_created_at");
  CREATE INDEX "_law_dissemination_v_version_version__status_idx" ON "_law_dissemination_v" USING btree ("version__status");
  CREATE INDEX "_law_dissemination_v_created_at_idx" ON "_law_dissemination_v" USING btree ("created_at");
  CREATE INDEX "_law_dissemination_v_updated_at_idx" ON "_law_dissemination_v" USING btree ("updated_at");
  CREATE INDEX "_law_dissemination_v_latest_idx" ON "_law_dissemination_v" USING btree ("latest");
  CREATE INDEX "_law_dissemination_v_rels_order_idx" ON "_law_dissemination_v_rels" USING btree ("order");
  CREATE INDEX "_law_dissemination_v_rels_parent_idx" ON "_law_dissemination_v_rels" USING btree ("parent_id");
  CREATE INDEX "_law_dissemination_v_rels_path_idx" ON "_law_dissemination_v_rels" USING btree ("path");
  CREATE INDEX "_law_dissemination_v_rels_legal_documents_id_idx" ON "_law_dissemination_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "plans_published_at_idx" ON "plans" USING btree ("published_at");
  CREATE INDEX "plans_slug_idx" ON "plans" USING btree ("slug");
  CREATE INDEX "plans_agency_idx" ON "plans" USING btree ("agency_id");
  CREATE INDEX "plans_attachment_idx" ON "plans" USING btree ("attachment_id");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "plans__status_idx" ON "plans" USING btree ("_status");
  CREATE INDEX "_plans_v_parent_idx" ON "_plans_v" USING btree ("parent_id");
  CREATE INDEX "_plans_v_version_version_published_at_idx" ON "_plans_v" USING btree ("version_published_at");
  CREATE INDEX "_plans_v_version_version_slug_idx" ON "_plans_v" USING btree ("version_slug");
  CREATE INDEX "_plans_v_version_version_agency_idx" ON "_plans_v" USING btree ("version_agency_id");
  CREATE INDEX "_plans_v_version_version_attachment_idx" ON "_plans_v" USING btree ("version_attachment_id");
  CREATE INDEX "_plans_v_version_version_updated_at_idx" ON "_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_plans_v_version_version_created_at_idx" ON "_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_plans_v_version_version__status_idx" ON "_plans_v" USING btree ("version__status");
  CREATE INDEX "_plans_v_created_at_idx" ON "_plans_v" USING btree ("created_at");
  CREATE INDEX "_plans_v_updated_at_idx" ON "_plans_v" USING btree ("updated_at");
  CREATE INDEX "_plans_v_latest_idx" ON "_plans_v" USING btree ("latest");
  CREATE INDEX "projects_published_at_idx" ON "projects" USING btree ("published_at");
  CREATE INDEX "projects_slug_idx" ON "projects" USING btree ("slug");
  CREATE INDEX "projects_owner_idx" ON "projects" USING btree ("owner_id");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_published_at_idx" ON "_projects_v" USING btree ("version_published_at");
  CREATE INDEX "_projects_v_version_version_slug_idx" ON "_projects_v" USING btree ("version_slug");
  CREATE INDEX "_projects_v_version_version_owner_idx" ON "_projects_v" USING btree ("version_owner_id");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "_projects_v_latest_idx" ON "_projects_v" USING btree ("latest");
  CREATE UNIQUE INDEX "rating_totals_path_idx" ON "rating_totals" USING btree ("path");
  CREATE INDEX "rating_totals_updated_at_idx" ON "rating_totals" USING btree ("updated_at");
  CREATE INDEX "rating_totals_created_at_idx" ON "rating_totals" USING btree ("created_at");
  CREATE INDEX "ratings_path_idx" ON "ratings" USING btree ("path");
  CREATE INDEX "ratings_day_idx" ON "ratings" USING btree ("day");
  CREATE UNIQUE INDEX "ratings_visitor_key_idx" ON "ratings" USING btree ("visitor_key");
  CREATE INDEX "ratings_updated_at_idx" ON "ratings" USING btree ("updated_at");
  CREATE INDEX "ratings_created_at_idx" ON "ratings" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "holidays_date_idx" ON "holidays" USING btree ("date");
  CREATE INDEX "holidays_updated_at_idx" ON "holidays" USING btree ("updated_at");
  CREATE INDEX "holidays_created_at_idx" ON "holidays" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("drafts_id");
  CREATE INDEX "payload_locked_documents_rels_draft_versions_id_idx" ON "payload_locked_documents_rels" USING btree ("draft_versions_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_comment_files_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_files_id");
  CREATE INDEX "payload_locked_documents_rels_moderation_log_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_log_id");
  CREATE INDEX "payload_locked_documents_rels_document_types_id_idx" ON "payload_locked_documents_rels" USING btree ("document_types_id");
  CREATE INDEX "payload_locked_documents_rels_issuers_id_idx" ON "payload_locked_documents_rels" USING btree ("issuers_id");
  CREATE INDEX "payload_locked_documents_rels_fields_id_idx" ON "payload_locked_documents_rels" USING btree ("fields_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_directions_id_idx" ON "payload_locked_documents_rels" USING btree ("directions_id");
  CREATE INDEX "payload_locked_documents_rels_work_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("work_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_law_dissemination_id_idx" ON "payload_locked_documents_rels" USING btree ("law_dissemination_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_rating_totals_id_idx" ON "payload_locked_documents_rels" USING btree ("rating_totals_id");
  CREATE INDEX "payload_locked_documents_rels_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("ratings_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_holidays_id_idx" ON "payload_locked_documents_rels" USING btree ("holidays_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "settings_emblem_idx" ON "settings" USING btree ("emblem_id");
  CREATE INDEX "reporting_rels_order_idx" ON "reporting_rels" USING btree ("order");
  CREATE INDEX "reporting_rels_parent_idx" ON "reporting_rels" USING btree ("parent_id");
  CREATE INDEX "reporting_rels_path_idx" ON "reporting_rels" USING btree ("path");
  CREATE INDEX "reporting_rels_issuers_id_idx" ON "reporting_rels" USING btree ("issuers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "legal_documents_attachments" CASCADE;
  DROP TABLE "legal_documents_relations" CASCADE;
  DROP TABLE "legal_documents_workflow_log" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_rels" CASCADE;
  DROP TABLE "_legal_documents_v_version_attachments" CASCADE;
  DROP TABLE "_legal_documents_v_version_relations" CASCADE;
  DROP TABLE "_legal_documents_v_version_workflow_log" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "_legal_documents_v_rels" CASCADE;
  DROP TABLE "drafts_attachments" CASCADE;
  DROP TABLE "drafts" CASCADE;
  DROP TABLE "_drafts_v_version_attachments" CASCADE;
  DROP TABLE "_drafts_v" CASCADE;
  DROP TABLE "draft_versions" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comment_files" CASCADE;
  DROP TABLE "moderation_log" CASCADE;
  DROP TABLE "document_types" CASCADE;
  DROP TABLE "issuers" CASCADE;
  DROP TABLE "fields" CASCADE;
  DROP TABLE "agencies_emails" CASCADE;
  DROP TABLE "agencies_officials" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "_agencies_v_version_emails" CASCADE;
  DROP TABLE "_agencies_v_version_officials" CASCADE;
  DROP TABLE "_agencies_v" CASCADE;
  DROP TABLE "pages_people" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v_version_people" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "directions" CASCADE;
  DROP TABLE "_directions_v" CASCADE;
  DROP TABLE "work_schedules_entries" CASCADE;
  DROP TABLE "work_schedules" CASCADE;
  DROP TABLE "_work_schedules_v_version_entries" CASCADE;
  DROP TABLE "_work_schedules_v" CASCADE;
  DROP TABLE "law_dissemination" CASCADE;
  DROP TABLE "law_dissemination_rels" CASCADE;
  DROP TABLE "_law_dissemination_v" CASCADE;
  DROP TABLE "_law_dissemination_v_rels" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "_plans_v" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "rating_totals" CASCADE;
  DROP TABLE "ratings" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "holidays" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TABLE "reporting" CASCADE;
  DROP TABLE "reporting_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_legal_documents_attachments_kind";
  DROP TYPE "public"."enum_legal_documents_relations_type";
  DROP TYPE "public"."enum_legal_documents_language";
  DROP TYPE "public"."enum_legal_documents_workflow_state";
  DROP TYPE "public"."enum_legal_documents_validity";
  DROP TYPE "public"."enum_legal_documents_validity_override_status";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum__legal_documents_v_version_attachments_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_relations_type";
  DROP TYPE "public"."enum__legal_documents_v_version_language";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_state";
  DROP TYPE "public"."enum__legal_documents_v_version_validity";
  DROP TYPE "public"."enum__legal_documents_v_version_validity_override_status";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum_drafts_opensat_tz";
  DROP TYPE "public"."enum_drafts_closesat_tz";
  DROP TYPE "public"."enum_drafts_report_publishedat_tz";
  DROP TYPE "public"."enum_drafts_status";
  DROP TYPE "public"."enum__drafts_v_version_opensat_tz";
  DROP TYPE "public"."enum__drafts_v_version_closesat_tz";
  DROP TYPE "public"."enum__drafts_v_version_report_publishedat_tz";
  DROP TYPE "public"."enum__drafts_v_version_status";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comments_submitter_category";
  DROP TYPE "public"."enum_comments_stance";
  DROP TYPE "public"."enum_comments_response_kind";
  DROP TYPE "public"."enum_moderation_log_action";
  DROP TYPE "public"."enum_agencies_emails_purpose";
  DROP TYPE "public"."enum_agencies_level";
  DROP TYPE "public"."enum_agencies_status";
  DROP TYPE "public"."enum__agencies_v_version_emails_purpose";
  DROP TYPE "public"."enum__agencies_v_version_level";
  DROP TYPE "public"."enum__agencies_v_version_status";
  DROP TYPE "public"."enum_pages_section";
  DROP TYPE "public"."enum_pages_topic";
  DROP TYPE "public"."enum_pages_language";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_section";
  DROP TYPE "public"."enum__pages_v_version_topic";
  DROP TYPE "public"."enum__pages_v_version_language";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_news_category";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_category";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_directions_kind";
  DROP TYPE "public"."enum_directions_status";
  DROP TYPE "public"."enum__directions_v_version_kind";
  DROP TYPE "public"."enum__directions_v_version_status";
  DROP TYPE "public"."enum_work_schedules_status";
  DROP TYPE "public"."enum__work_schedules_v_version_status";
  DROP TYPE "public"."enum_law_dissemination_kind";
  DROP TYPE "public"."enum_law_dissemination_status";
  DROP TYPE "public"."enum__law_dissemination_v_version_kind";
  DROP TYPE "public"."enum__law_dissemination_v_version_status";
  DROP TYPE "public"."enum_plans_kind";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum__plans_v_version_kind";
  DROP TYPE "public"."enum__plans_v_version_status";
  DROP TYPE "public"."enum_projects_project_type";
  DROP TYPE "public"."enum_projects_project_status";
  DROP TYPE "public"."enum_projects_funding_source";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum__projects_v_version_project_type";
  DROP TYPE "public"."enum__projects_v_version_funding_source";
  DROP TYPE "public"."enum__projects_v_version_status";
  DROP TYPE "public"."enum_ratings_level";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
