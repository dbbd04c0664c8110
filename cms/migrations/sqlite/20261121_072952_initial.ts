import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`legal_documents_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`kind\` text DEFAULT 'original',
  	\`digitally_signed\` integer DEFAULT false,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_order_idx\` ON \`legal_documents_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_parent_id_idx\` ON \`legal_documents_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_file_idx\` ON \`legal_documents_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`target_id\` integer,
  	\`article\` text,
  	\`effective_at\` text,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_order_idx\` ON \`legal_documents_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_parent_id_idx\` ON \`legal_documents_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_target_idx\` ON \`legal_documents_relations\` (\`target_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_log_order_idx\` ON \`legal_documents_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_log_parent_id_idx\` ON \`legal_documents_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_log_by_idx\` ON \`legal_documents_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number_symbol\` text,
  	\`document_type_id\` integer,
  	\`issuer_id\` integer,
  	\`summary\` text,
  	\`issued_at\` text,
  	\`effective_at\` text,
  	\`expires_at\` text,
  	\`signer_name\` text,
  	\`signer_title\` text,
  	\`gazette_number\` text,
  	\`gazette_date\` text,
  	\`language\` text DEFAULT 'vi',
  	\`notes\` text,
  	\`source_docx_id\` integer,
  	\`full_text\` text,
  	\`structure_summary\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`withdrawn_reason\` text,
  	\`validity\` text,
  	\`validity_reason\` text,
  	\`validity_since\` text,
  	\`validity_override_status\` text,
  	\`validity_override_reason\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`year\` numeric,
  	\`number_parts_number\` text,
  	\`number_parts_year\` numeric,
  	\`number_parts_type_code\` text,
  	\`number_parts_issuer_code\` text,
  	\`number_key\` text,
  	\`body_html\` text,
  	\`toc\` text,
  	\`articles\` text,
  	\`has_structure\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`issuers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_docx_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_document_type_idx\` ON \`legal_documents\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issuer_idx\` ON \`legal_documents\` (\`issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_source_docx_idx\` ON \`legal_documents\` (\`source_docx_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_validity_idx\` ON \`legal_documents\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_slug_idx\` ON \`legal_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_year_idx\` ON \`legal_documents\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_number_key_idx\` ON \`legal_documents\` (\`number_key\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents__status_idx\` ON \`legal_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_order_idx\` ON \`legal_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_parent_idx\` ON \`legal_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_path_idx\` ON \`legal_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_fields_id_idx\` ON \`legal_documents_rels\` (\`fields_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`kind\` text DEFAULT 'original',
  	\`digitally_signed\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_order_idx\` ON \`_legal_documents_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_parent_id_idx\` ON \`_legal_documents_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_file_idx\` ON \`_legal_documents_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`target_id\` integer,
  	\`article\` text,
  	\`effective_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_order_idx\` ON \`_legal_documents_v_version_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_parent_id_idx\` ON \`_legal_documents_v_version_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_target_idx\` ON \`_legal_documents_v_version_relations\` (\`target_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_log_order_idx\` ON \`_legal_documents_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_log_parent_id_idx\` ON \`_legal_documents_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_log_by_idx\` ON \`_legal_documents_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number_symbol\` text,
  	\`version_document_type_id\` integer,
  	\`version_issuer_id\` integer,
  	\`version_summary\` text,
  	\`version_issued_at\` text,
  	\`version_effective_at\` text,
  	\`version_expires_at\` text,
  	\`version_signer_name\` text,
  	\`version_signer_title\` text,
  	\`version_gazette_number\` text,
  	\`version_gazette_date\` text,
  	\`version_language\` text DEFAULT 'vi',
  	\`version_notes\` text,
  	\`version_source_docx_id\` integer,
  	\`version_full_text\` text,
  	\`version_structure_summary\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_withdrawn_reason\` text,
  	\`version_validity\` text,
  	\`version_validity_reason\` text,
  	\`version_validity_since\` text,
  	\`version_validity_override_status\` text,
  	\`version_validity_override_reason\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_number_parts_number\` text,
  	\`version_number_parts_year\` numeric,
  	\`version_number_parts_type_code\` text,
  	\`version_number_parts_issuer_code\` text,
  	\`version_number_key\` text,
  	\`version_body_html\` text,
  	\`version_toc\` text,
  	\`version_articles\` text,
  	\`version_has_structure\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuer_id\`) REFERENCES \`issuers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_docx_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_document_type_idx\` ON \`_legal_documents_v\` (\`version_document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issuer_idx\` ON \`_legal_documents_v\` (\`version_issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_source_docx_idx\` ON \`_legal_documents_v\` (\`version_source_docx_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_validity_idx\` ON \`_legal_documents_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_slug_idx\` ON \`_legal_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_year_idx\` ON \`_legal_documents_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_number_key_idx\` ON \`_legal_documents_v\` (\`version_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version__status_idx\` ON \`_legal_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_latest_idx\` ON \`_legal_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_order_idx\` ON \`_legal_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_parent_idx\` ON \`_legal_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_path_idx\` ON \`_legal_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_fields_id_idx\` ON \`_legal_documents_v_rels\` (\`fields_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`drafts_attachments_order_idx\` ON \`drafts_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`drafts_attachments_parent_id_idx\` ON \`drafts_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_attachments_file_idx\` ON \`drafts_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`drafts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`drafting_agency_id\` integer,
  	\`document_type_id\` integer,
  	\`explanatory_note_id\` integer,
  	\`full_text\` text,
  	\`change_note\` text,
  	\`opens_at\` text,
  	\`opensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`closes_at\` text,
  	\`closesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`short_period_reason\` text,
  	\`period_days\` numeric,
  	\`minimum_days\` numeric,
  	\`minimum_legal_basis\` text,
  	\`receiving_unit_name\` text,
  	\`receiving_unit_email\` text,
  	\`receiving_unit_phone\` text,
  	\`receiving_unit_address\` text,
  	\`report_published_at\` text,
  	\`report_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`report_summary\` text,
  	\`report_file_id\` integer,
  	\`slug\` text,
  	\`is_sample\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`drafting_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`explanatory_note_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`drafts_drafting_agency_idx\` ON \`drafts\` (\`drafting_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_document_type_idx\` ON \`drafts\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_explanatory_note_idx\` ON \`drafts\` (\`explanatory_note_id\`);`)
  await db.run(sql`CREATE INDEX \`drafts_opens_at_idx\` ON \`drafts\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts_closes_at_idx\` ON \`drafts\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts_report_report_file_idx\` ON \`drafts\` (\`report_file_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`drafts_slug_idx\` ON \`drafts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`drafts_updated_at_idx\` ON \`drafts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts_created_at_idx\` ON \`drafts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`drafts__status_idx\` ON \`drafts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_drafts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_attachments_order_idx\` ON \`_drafts_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_attachments_parent_id_idx\` ON \`_drafts_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_attachments_file_idx\` ON \`_drafts_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_drafts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_drafting_agency_id\` integer,
  	\`version_document_type_id\` integer,
  	\`version_explanatory_note_id\` integer,
  	\`version_full_text\` text,
  	\`version_change_note\` text,
  	\`version_opens_at\` text,
  	\`version_opensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_closes_at\` text,
  	\`version_closesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_short_period_reason\` text,
  	\`version_period_days\` numeric,
  	\`version_minimum_days\` numeric,
  	\`version_minimum_legal_basis\` text,
  	\`version_receiving_unit_name\` text,
  	\`version_receiving_unit_email\` text,
  	\`version_receiving_unit_phone\` text,
  	\`version_receiving_unit_address\` text,
  	\`version_report_published_at\` text,
  	\`version_report_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_report_summary\` text,
  	\`version_report_file_id\` integer,
  	\`version_slug\` text,
  	\`version_is_sample\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_drafting_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_explanatory_note_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_drafts_v_parent_idx\` ON \`_drafts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_drafting_agency_idx\` ON \`_drafts_v\` (\`version_drafting_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_document_type_idx\` ON \`_drafts_v\` (\`version_document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_explanatory_note_idx\` ON \`_drafts_v\` (\`version_explanatory_note_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_opens_at_idx\` ON \`_drafts_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_closes_at_idx\` ON \`_drafts_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_report_version_report_file_idx\` ON \`_drafts_v\` (\`version_report_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_slug_idx\` ON \`_drafts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_updated_at_idx\` ON \`_drafts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version_created_at_idx\` ON \`_drafts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_version_version__status_idx\` ON \`_drafts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_created_at_idx\` ON \`_drafts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_updated_at_idx\` ON \`_drafts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_drafts_v_latest_idx\` ON \`_drafts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`draft_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`draft_id\` integer NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`title\` text,
  	\`published_at\` text NOT NULL,
  	\`change_note\` text,
  	\`full_text\` text NOT NULL,
  	\`body_html\` text,
  	\`toc\` text,
  	\`articles\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`draft_versions_draft_idx\` ON \`draft_versions\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`draft_versions_updated_at_idx\` ON \`draft_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`draft_versions_created_at_idx\` ON \`draft_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`draft_number_idx\` ON \`draft_versions\` (\`draft_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`tracking_year\` numeric,
  	\`tracking_sequence\` numeric,
  	\`draft_id\` integer NOT NULL,
  	\`draft_version\` numeric,
  	\`article\` text,
  	\`article_label\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`hidden_reason\` text,
  	\`hidden_at\` text,
  	\`moderated_at\` text,
  	\`moderated_by_id\` integer,
  	\`similarity_group\` text,
  	\`full_name\` text,
  	\`organisation\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`submitter_category\` text,
  	\`show_name\` integer,
  	\`consent_at\` text,
  	\`stance\` text,
  	\`body\` text,
  	\`attachment_id\` integer,
  	\`response_kind\` text,
  	\`response_text\` text,
  	\`response_responded_at\` text,
  	\`response_responded_by_id\` integer,
  	\`apply_response_to_group\` integer,
  	\`purge_requested\` integer,
  	\`purge_reason\` text,
  	\`purged_at\` text,
  	\`exact_key\` text,
  	\`simhash\` text,
  	\`grouped_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`comment_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`response_responded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_tracking_code_idx\` ON \`comments\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`comments_tracking_year_idx\` ON \`comments\` (\`tracking_year\`);`)
  await db.run(sql`CREATE INDEX \`comments_draft_idx\` ON \`comments\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderated_by_idx\` ON \`comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_similarity_group_idx\` ON \`comments\` (\`similarity_group\`);`)
  await db.run(sql`CREATE INDEX \`comments_email_idx\` ON \`comments\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`comments_stance_idx\` ON \`comments\` (\`stance\`);`)
  await db.run(sql`CREATE INDEX \`comments_attachment_idx\` ON \`comments\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_response_response_responded_by_idx\` ON \`comments\` (\`response_responded_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_exact_key_idx\` ON \`comments\` (\`exact_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_grouped_at_idx\` ON \`comments\` (\`grouped_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comment_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_files_updated_at_idx\` ON \`comment_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comment_files_created_at_idx\` ON \`comment_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comment_files_filename_idx\` ON \`comment_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`moderation_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`comment_id\` integer,
  	\`tracking_code\` text,
  	\`draft_id\` integer,
  	\`user_id\` integer,
  	\`reason\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`moderation_log_action_idx\` ON \`moderation_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_comment_idx\` ON \`moderation_log\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_tracking_code_idx\` ON \`moderation_log\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_draft_idx\` ON \`moderation_log\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_user_idx\` ON \`moderation_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_updated_at_idx\` ON \`moderation_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderation_log_created_at_idx\` ON \`moderation_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_types\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text,
  	\`normative\` integer DEFAULT false,
  	\`minimum_consultation_days\` numeric,
  	\`consultation_legal_basis\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`document_types_name_idx\` ON \`document_types\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`document_types_updated_at_idx\` ON \`document_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_types_created_at_idx\` ON \`document_types\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`issuers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`abbreviation\` text,
  	\`agency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`issuers_name_idx\` ON \`issuers\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`issuers_agency_idx\` ON \`issuers\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`issuers_updated_at_idx\` ON \`issuers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issuers_created_at_idx\` ON \`issuers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`fields\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fields_name_idx\` ON \`fields\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`fields_updated_at_idx\` ON \`fields\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fields_created_at_idx\` ON \`fields\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agencies_emails\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`address\` text,
  	\`purpose\` text DEFAULT 'edocs',
  	\`non_gov_reason\` text,
  	\`flag\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_emails_order_idx\` ON \`agencies_emails\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_emails_parent_id_idx\` ON \`agencies_emails\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`unit\` text,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_officials_order_idx\` ON \`agencies_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_officials_parent_id_idx\` ON \`agencies_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`name_en\` text,
  	\`abbreviation\` text,
  	\`level\` text,
  	\`parent_id\` integer,
  	\`document_system_url\` text,
  	\`phone\` text,
  	\`fax\` text,
  	\`address\` text,
  	\`website\` text,
  	\`focal_point_name\` text,
  	\`focal_point_title\` text,
  	\`focal_point_phone\` text,
  	\`focal_point_email\` text,
  	\`last_verified_at\` text,
  	\`slug\` text,
  	\`is_sample\` integer,
  	\`needs_review\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_parent_idx\` ON \`agencies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_slug_idx\` ON \`agencies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies__status_idx\` ON \`agencies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v_version_emails\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`address\` text,
  	\`purpose\` text DEFAULT 'edocs',
  	\`non_gov_reason\` text,
  	\`flag\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agencies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_emails_order_idx\` ON \`_agencies_v_version_emails\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_emails_parent_id_idx\` ON \`_agencies_v_version_emails\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v_version_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`unit\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agencies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_officials_order_idx\` ON \`_agencies_v_version_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_officials_parent_id_idx\` ON \`_agencies_v_version_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_name_en\` text,
  	\`version_abbreviation\` text,
  	\`version_level\` text,
  	\`version_parent_id\` integer,
  	\`version_document_system_url\` text,
  	\`version_phone\` text,
  	\`version_fax\` text,
  	\`version_address\` text,
  	\`version_website\` text,
  	\`version_focal_point_name\` text,
  	\`version_focal_point_title\` text,
  	\`version_focal_point_phone\` text,
  	\`version_focal_point_email\` text,
  	\`version_last_verified_at\` text,
  	\`version_slug\` text,
  	\`version_is_sample\` integer,
  	\`version_needs_review\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agencies_v_parent_idx\` ON \`_agencies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_parent_idx\` ON \`_agencies_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_slug_idx\` ON \`_agencies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_updated_at_idx\` ON \`_agencies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_created_at_idx\` ON \`_agencies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version__status_idx\` ON \`_agencies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_created_at_idx\` ON \`_agencies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_updated_at_idx\` ON \`_agencies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_latest_idx\` ON \`_agencies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`pages_people\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`bio\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_people_order_idx\` ON \`pages_people\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_people_parent_id_idx\` ON \`pages_people\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`section\` text DEFAULT 'introduction',
  	\`topic\` text,
  	\`language\` text DEFAULT 'vi',
  	\`order\` numeric DEFAULT 10,
  	\`counterpart_id\` integer,
  	\`image_id\` integer,
  	\`body\` text,
  	\`pasted_html\` text,
  	\`body_html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`counterpart_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_published_at_idx\` ON \`pages\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_counterpart_idx\` ON \`pages\` (\`counterpart_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_image_idx\` ON \`pages\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_people\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`position\` text,
  	\`bio\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_people_order_idx\` ON \`_pages_v_version_people\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_people_parent_id_idx\` ON \`_pages_v_version_people\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_section\` text DEFAULT 'introduction',
  	\`version_topic\` text,
  	\`version_language\` text DEFAULT 'vi',
  	\`version_order\` numeric DEFAULT 10,
  	\`version_counterpart_id\` integer,
  	\`version_image_id\` integer,
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_counterpart_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_published_at_idx\` ON \`_pages_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_counterpart_idx\` ON \`_pages_v\` (\`version_counterpart_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_image_idx\` ON \`_pages_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`category\` text DEFAULT 'news',
  	\`event_at\` text,
  	\`event_location\` text,
  	\`image_id\` integer,
  	\`body\` text,
  	\`pasted_html\` text,
  	\`body_html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_category\` text DEFAULT 'news',
  	\`version_event_at\` text,
  	\`version_event_location\` text,
  	\`version_image_id\` integer,
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`directions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'direction',
  	\`number_symbol\` text,
  	\`agency_id\` integer,
  	\`petition\` text,
  	\`body\` text,
  	\`pasted_html\` text,
  	\`body_html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`directions_published_at_idx\` ON \`directions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`directions_slug_idx\` ON \`directions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`directions_agency_idx\` ON \`directions\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`directions_updated_at_idx\` ON \`directions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`directions_created_at_idx\` ON \`directions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`directions__status_idx\` ON \`directions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_directions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'direction',
  	\`version_number_symbol\` text,
  	\`version_agency_id\` integer,
  	\`version_petition\` text,
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`directions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_directions_v_parent_idx\` ON \`_directions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_version_version_published_at_idx\` ON \`_directions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_version_version_slug_idx\` ON \`_directions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_version_version_agency_idx\` ON \`_directions_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_version_version_updated_at_idx\` ON \`_directions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_version_version_created_at_idx\` ON \`_directions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_version_version__status_idx\` ON \`_directions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_created_at_idx\` ON \`_directions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_updated_at_idx\` ON \`_directions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_directions_v_latest_idx\` ON \`_directions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`work_schedules_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`time\` text,
  	\`leader\` text,
  	\`content\` text,
  	\`location\` text,
  	\`participants\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_schedules_entries_order_idx\` ON \`work_schedules_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_entries_parent_id_idx\` ON \`work_schedules_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_schedules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`week_of\` text,
  	\`note\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`work_schedules_week_of_idx\` ON \`work_schedules\` (\`week_of\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_slug_idx\` ON \`work_schedules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_updated_at_idx\` ON \`work_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules_created_at_idx\` ON \`work_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`work_schedules__status_idx\` ON \`work_schedules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_work_schedules_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`time\` text,
  	\`leader\` text,
  	\`content\` text,
  	\`location\` text,
  	\`participants\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_work_schedules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_entries_order_idx\` ON \`_work_schedules_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_entries_parent_id_idx\` ON \`_work_schedules_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_work_schedules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_week_of\` text,
  	\`version_note\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_schedules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_parent_idx\` ON \`_work_schedules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_week_of_idx\` ON \`_work_schedules_v\` (\`version_week_of\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_slug_idx\` ON \`_work_schedules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_updated_at_idx\` ON \`_work_schedules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version_created_at_idx\` ON \`_work_schedules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_version_version__status_idx\` ON \`_work_schedules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_created_at_idx\` ON \`_work_schedules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_updated_at_idx\` ON \`_work_schedules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_schedules_v_latest_idx\` ON \`_work_schedules_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`law_dissemination\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'article',
  	\`body\` text,
  	\`pasted_html\` text,
  	\`body_html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`law_dissemination_published_at_idx\` ON \`law_dissemination\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination_slug_idx\` ON \`law_dissemination\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination_updated_at_idx\` ON \`law_dissemination\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination_created_at_idx\` ON \`law_dissemination\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination__status_idx\` ON \`law_dissemination\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`law_dissemination_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`law_dissemination\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`law_dissemination_rels_order_idx\` ON \`law_dissemination_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination_rels_parent_idx\` ON \`law_dissemination_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination_rels_path_idx\` ON \`law_dissemination_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`law_dissemination_rels_legal_documents_id_idx\` ON \`law_dissemination_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_law_dissemination_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'article',
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`law_dissemination\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_parent_idx\` ON \`_law_dissemination_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_version_version_published_at_idx\` ON \`_law_dissemination_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_version_version_slug_idx\` ON \`_law_dissemination_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_version_version_updated_at_idx\` ON \`_law_dissemination_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_version_version_created_at_idx\` ON \`_law_dissemination_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_version_version__status_idx\` ON \`_law_dissemination_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_created_at_idx\` ON \`_law_dissemination_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_updated_at_idx\` ON \`_law_dissemination_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_latest_idx\` ON \`_law_dissemination_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_law_dissemination_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_law_dissemination_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_rels_order_idx\` ON \`_law_dissemination_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_rels_parent_idx\` ON \`_law_dissemination_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_rels_path_idx\` ON \`_law_dissemination_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_law_dissemination_v_rels_legal_documents_id_idx\` ON \`_law_dissemination_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'plan',
  	\`number_symbol\` text,
  	\`period_from\` numeric,
  	\`period_to\` numeric,
  	\`agency_id\` integer,
  	\`attachment_id\` integer,
  	\`body\` text,
  	\`pasted_html\` text,
  	\`body_html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_published_at_idx\` ON \`plans\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_slug_idx\` ON \`plans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`plans_agency_idx\` ON \`plans\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_attachment_idx\` ON \`plans\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'plan',
  	\`version_number_symbol\` text,
  	\`version_period_from\` numeric,
  	\`version_period_to\` numeric,
  	\`version_agency_id\` integer,
  	\`version_attachment_id\` integer,
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_published_at_idx\` ON \`_plans_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_slug_idx\` ON \`_plans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_agency_idx\` ON \`_plans_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_attachment_idx\` ON \`_plans_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`slug\` text,
  	\`objective\` text,
  	\`field\` text,
  	\`project_type\` text DEFAULT 'public-investment',
  	\`status\` text DEFAULT 'preparing',
  	\`start_date\` text,
  	\`end_date\` text,
  	\`budget\` numeric,
  	\`funding_source\` text,
  	\`owner_id\` integer,
  	\`location\` text,
  	\`body\` text,
  	\`pasted_html\` text,
  	\`body_html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_published_at_idx\` ON \`projects\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`projects_owner_idx\` ON \`projects\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_slug\` text,
  	\`version_objective\` text,
  	\`version_field\` text,
  	\`version_project_type\` text DEFAULT 'public-investment',
  	\`version_status\` text DEFAULT 'preparing',
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_budget\` numeric,
  	\`version_funding_source\` text,
  	\`version_owner_id\` integer,
  	\`version_location\` text,
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_published_at_idx\` ON \`_projects_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_owner_idx\` ON \`_projects_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`rating_totals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`title\` text,
  	\`total\` numeric DEFAULT 0,
  	\`very_satisfied\` numeric DEFAULT 0,
  	\`satisfied\` numeric DEFAULT 0,
  	\`unsatisfied\` numeric DEFAULT 0,
  	\`satisfaction_rate\` numeric DEFAULT 0,
  	\`last_rated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rating_totals_path_idx\` ON \`rating_totals\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`rating_totals_updated_at_idx\` ON \`rating_totals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rating_totals_created_at_idx\` ON \`rating_totals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ratings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`visitor_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`ratings_path_idx\` ON \`ratings\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ratings_day_idx\` ON \`ratings\` (\`day\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ratings_visitor_key_idx\` ON \`ratings\` (\`visitor_key\`);`)
  await db.run(sql`CREATE INDEX \`ratings_updated_at_idx\` ON \`ratings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ratings_created_at_idx\` ON \`ratings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`holidays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`holidays_date_idx\` ON \`holidays\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`holidays_updated_at_idx\` ON \`holidays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holidays_created_at_idx\` ON \`holidays\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_documents_id\` integer,
  	\`drafts_id\` integer,
  	\`draft_versions_id\` integer,
  	\`comments_id\` integer,
  	\`comment_files_id\` integer,
  	\`moderation_log_id\` integer,
  	\`document_types_id\` integer,
  	\`issuers_id\` integer,
  	\`fields_id\` integer,
  	\`agencies_id\` integer,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`directions_id\` integer,
  	\`work_schedules_id\` integer,
  	\`law_dissemination_id\` integer,
  	\`plans_id\` integer,
  	\`projects_id\` integer,
  	\`rating_totals_id\` integer,
  	\`ratings_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`holidays_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drafts_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`draft_versions_id\`) REFERENCES \`draft_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_files_id\`) REFERENCES \`comment_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_log_id\`) REFERENCES \`moderation_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_types_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issuers_id\`) REFERENCES \`issuers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fields_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directions_id\`) REFERENCES \`directions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_schedules_id\`) REFERENCES \`work_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`law_dissemination_id\`) REFERENCES \`law_dissemination\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rating_totals_id\`) REFERENCES \`rating_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ratings_id\`) REFERENCES \`ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_draft_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`draft_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comment_files_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_log_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_types_id_idx\` ON \`payload_locked_documents_rels\` (\`document_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issuers_id_idx\` ON \`payload_locked_documents_rels\` (\`issuers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directions_id_idx\` ON \`payload_locked_documents_rels\` (\`directions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`work_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_law_dissemination_id_idx\` ON \`payload_locked_documents_rels\` (\`law_dissemination_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rating_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`rating_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_name\` text NOT NULL,
  	\`agency_name_en\` text,
  	\`portal_name\` text,
  	\`emblem_id\` integer,
  	\`responsible_person\` text,
  	\`responsible_person_title\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`licence\` text,
  	\`copyright\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`emblem_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_emblem_idx\` ON \`settings\` (\`emblem_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`publication_limit_working_days\` numeric DEFAULT 2,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`reporting_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`issuers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reporting\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issuers_id\`) REFERENCES \`issuers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reporting_rels_order_idx\` ON \`reporting_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reporting_rels_parent_idx\` ON \`reporting_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reporting_rels_path_idx\` ON \`reporting_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reporting_rels_issuers_id_idx\` ON \`reporting_rels\` (\`issuers_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Referring tables first: with foreign keys on, a table cannot go before those that point to it.
  await db.run(sql`DROP TABLE \`legal_documents_attachments\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_relations\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_relations\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`drafts_attachments\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_drafts_v\`;`)
  await db.run(sql`DROP TABLE \`agencies_emails\`;`)
  await db.run(sql`DROP TABLE \`agencies_officials\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v_version_emails\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v_version_officials\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v\`;`)
  await db.run(sql`DROP TABLE \`pages_people\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_people\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_directions_v\`;`)
  await db.run(sql`DROP TABLE \`work_schedules_entries\`;`)
  await db.run(sql`DROP TABLE \`_work_schedules_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_work_schedules_v\`;`)
  await db.run(sql`DROP TABLE \`law_dissemination_rels\`;`)
  await db.run(sql`DROP TABLE \`_law_dissemination_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_law_dissemination_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`draft_versions\`;`)
  await db.run(sql`DROP TABLE \`moderation_log\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`drafts\`;`)
  await db.run(sql`DROP TABLE \`comment_files\`;`)
  await db.run(sql`DROP TABLE \`document_types\`;`)
  await db.run(sql`DROP TABLE \`fields\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`directions\`;`)
  await db.run(sql`DROP TABLE \`work_schedules\`;`)
  await db.run(sql`DROP TABLE \`law_dissemination\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`rating_totals\`;`)
  await db.run(sql`DROP TABLE \`ratings\`;`)
  await db.run(sql`DROP TABLE \`holidays\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`reporting_rels\`;`)
  await db.run(sql`DROP TABLE \`issuers\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`reporting\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
