import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`science_programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`slug\` text,
  	\`is_sample\` integer,
  	\`kind\` text DEFAULT 'topic',
  	\`code\` text,
  	\`level\` text,
  	\`stage\` text DEFAULT 'in-progress',
  	\`host_organisation\` text,
  	\`leader\` text,
  	\`agency_id\` integer,
  	\`period_from\` numeric,
  	\`period_to\` numeric,
  	\`budget\` numeric,
  	\`results\` text,
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
  await db.run(sql`CREATE INDEX \`science_programmes_published_at_idx\` ON \`science_programmes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`science_programmes_slug_idx\` ON \`science_programmes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`science_programmes_agency_idx\` ON \`science_programmes\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`science_programmes_attachment_idx\` ON \`science_programmes\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`science_programmes_updated_at_idx\` ON \`science_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`science_programmes_created_at_idx\` ON \`science_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`science_programmes__status_idx\` ON \`science_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_science_programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_slug\` text,
  	\`version_is_sample\` integer,
  	\`version_kind\` text DEFAULT 'topic',
  	\`version_code\` text,
  	\`version_level\` text,
  	\`version_stage\` text DEFAULT 'in-progress',
  	\`version_host_organisation\` text,
  	\`version_leader\` text,
  	\`version_agency_id\` integer,
  	\`version_period_from\` numeric,
  	\`version_period_to\` numeric,
  	\`version_budget\` numeric,
  	\`version_results\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`science_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_parent_idx\` ON \`_science_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version_published_at_idx\` ON \`_science_programmes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version_slug_idx\` ON \`_science_programmes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version_agency_idx\` ON \`_science_programmes_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version_attachment_idx\` ON \`_science_programmes_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version_updated_at_idx\` ON \`_science_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version_created_at_idx\` ON \`_science_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_version_version__status_idx\` ON \`_science_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_created_at_idx\` ON \`_science_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_updated_at_idx\` ON \`_science_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_programmes_v_latest_idx\` ON \`_science_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`sector_statistics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`slug\` text,
  	\`is_sample\` integer,
  	\`kind\` text DEFAULT 'report',
  	\`period\` text,
  	\`field\` text,
  	\`agency_id\` integer,
  	\`attachment_id\` integer,
  	\`data_url\` text,
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
  await db.run(sql`CREATE INDEX \`sector_statistics_published_at_idx\` ON \`sector_statistics\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`sector_statistics_slug_idx\` ON \`sector_statistics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sector_statistics_agency_idx\` ON \`sector_statistics\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`sector_statistics_attachment_idx\` ON \`sector_statistics\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`sector_statistics_updated_at_idx\` ON \`sector_statistics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sector_statistics_created_at_idx\` ON \`sector_statistics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sector_statistics__status_idx\` ON \`sector_statistics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_sector_statistics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_slug\` text,
  	\`version_is_sample\` integer,
  	\`version_kind\` text DEFAULT 'report',
  	\`version_period\` text,
  	\`version_field\` text,
  	\`version_agency_id\` integer,
  	\`version_attachment_id\` integer,
  	\`version_data_url\` text,
  	\`version_body\` text,
  	\`version_pasted_html\` text,
  	\`version_body_html\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sector_statistics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_parent_idx\` ON \`_sector_statistics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version_published_at_idx\` ON \`_sector_statistics_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version_slug_idx\` ON \`_sector_statistics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version_agency_idx\` ON \`_sector_statistics_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version_attachment_idx\` ON \`_sector_statistics_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version_updated_at_idx\` ON \`_sector_statistics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version_created_at_idx\` ON \`_sector_statistics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_version_version__status_idx\` ON \`_sector_statistics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_created_at_idx\` ON \`_sector_statistics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_updated_at_idx\` ON \`_sector_statistics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sector_statistics_v_latest_idx\` ON \`_sector_statistics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`public_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`procedure_code\` text,
  	\`level\` text DEFAULT 'full',
  	\`field_id\` integer,
  	\`agency_id\` integer,
  	\`portal\` text DEFAULT 'national',
  	\`url\` text,
  	\`summary\` text,
  	\`is_sample\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`field_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`public_services_procedure_code_idx\` ON \`public_services\` (\`procedure_code\`);`)
  await db.run(sql`CREATE INDEX \`public_services_field_idx\` ON \`public_services\` (\`field_id\`);`)
  await db.run(sql`CREATE INDEX \`public_services_agency_idx\` ON \`public_services\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`public_services_updated_at_idx\` ON \`public_services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_services_created_at_idx\` ON \`public_services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`public_services__status_idx\` ON \`public_services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_public_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_procedure_code\` text,
  	\`version_level\` text DEFAULT 'full',
  	\`version_field_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_portal\` text DEFAULT 'national',
  	\`version_url\` text,
  	\`version_summary\` text,
  	\`version_is_sample\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`public_services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_field_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_public_services_v_parent_idx\` ON \`_public_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_version_version_procedure_code_idx\` ON \`_public_services_v\` (\`version_procedure_code\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_version_version_field_idx\` ON \`_public_services_v\` (\`version_field_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_version_version_agency_idx\` ON \`_public_services_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_version_version_updated_at_idx\` ON \`_public_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_version_version_created_at_idx\` ON \`_public_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_version_version__status_idx\` ON \`_public_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_created_at_idx\` ON \`_public_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_updated_at_idx\` ON \`_public_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_public_services_v_latest_idx\` ON \`_public_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_methods\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_methods_order_idx\` ON \`disclosures_methods\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_methods_parent_idx\` ON \`disclosures_methods\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`basis\` text,
  	\`location\` text,
  	\`url\` text,
  	\`timing\` text,
  	\`unit_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`is_sample\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_unit_idx\` ON \`disclosures\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_at_idx\` ON \`disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_at_idx\` ON \`disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures__status_idx\` ON \`disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_version_methods\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_methods_order_idx\` ON \`_disclosures_v_version_methods\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_methods_parent_idx\` ON \`_disclosures_v_version_methods\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_basis\` text,
  	\`version_location\` text,
  	\`version_url\` text,
  	\`version_timing\` text,
  	\`version_unit_id\` integer,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_is_sample\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_parent_idx\` ON \`_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_unit_idx\` ON \`_disclosures_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_updated_at_idx\` ON \`_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_created_at_idx\` ON \`_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version__status_idx\` ON \`_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_created_at_idx\` ON \`_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_updated_at_idx\` ON \`_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_latest_idx\` ON \`_disclosures_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`successor_id\` integer REFERENCES agencies(id);`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`succession_kind\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`succeeded_at\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`succeededat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`CREATE INDEX \`agencies_successor_idx\` ON \`agencies\` (\`successor_id\`);`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_successor_id\` integer REFERENCES agencies(id);`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_succession_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_succeeded_at\` text;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_succeededat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_successor_idx\` ON \`_agencies_v\` (\`version_successor_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`reposted\` integer;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`source_name\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`source_url\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`author\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_reposted\` integer;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_source_name\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_author\` text;`)
  await db.run(sql`ALTER TABLE \`directions\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_directions_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`work_schedules\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_work_schedules_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`law_dissemination\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_law_dissemination_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_is_sample\` integer;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`science_programmes_id\` integer REFERENCES science_programmes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sector_statistics_id\` integer REFERENCES sector_statistics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`public_services_id\` integer REFERENCES public_services(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosures_id\` integer REFERENCES disclosures(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_science_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`science_programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sector_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`sector_statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_services_id_idx\` ON \`payload_locked_documents_rels\` (\`public_services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`parent_portal_name\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`parent_portal_url\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`maintenance_start\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`maintenance_start_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`maintenance_end\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`maintenance_end_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`maintenance_text\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`agency_verification_months\` numeric DEFAULT 12;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_agencies\` (
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
  	\`lastverifiedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`slug\` text,
  	\`is_sample\` integer,
  	\`needs_review\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agencies\`("id", "name", "name_en", "abbreviation", "level", "parent_id", "document_system_url", "phone", "fax", "address", "website", "focal_point_name", "focal_point_title", "focal_point_phone", "focal_point_email", "last_verified_at", "lastverifiedat_tz", "slug", "is_sample", "needs_review", "updated_at", "created_at", "_status") SELECT "id", "name", "name_en", "abbreviation", "level", "parent_id", "document_system_url", "phone", "fax", "address", "website", "focal_point_name", "focal_point_title", "focal_point_phone", "focal_point_email", "last_verified_at", "lastverifiedat_tz", "slug", "is_sample", "needs_review", "updated_at", "created_at", "_status" FROM \`agencies\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`ALTER TABLE \`__new_agencies\` RENAME TO \`agencies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // Tables are dropped once nothing refers to them (the tables rebuilt above no longer do).
  await db.run(sql`DROP TABLE \`science_programmes\`;`)
  await db.run(sql`DROP TABLE \`_science_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`sector_statistics\`;`)
  await db.run(sql`DROP TABLE \`_sector_statistics_v\`;`)
  await db.run(sql`DROP TABLE \`public_services\`;`)
  await db.run(sql`DROP TABLE \`_public_services_v\`;`)
  await db.run(sql`DROP TABLE \`disclosures_methods\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_version_methods\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`CREATE INDEX \`agencies_parent_idx\` ON \`agencies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_slug_idx\` ON \`agencies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies__status_idx\` ON \`agencies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__agencies_v\` (
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
  	\`version_lastverifiedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
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
  await db.run(sql`INSERT INTO \`__new__agencies_v\`("id", "parent_id", "version_name", "version_name_en", "version_abbreviation", "version_level", "version_parent_id", "version_document_system_url", "version_phone", "version_fax", "version_address", "version_website", "version_focal_point_name", "version_focal_point_title", "version_focal_point_phone", "version_focal_point_email", "version_last_verified_at", "version_lastverifiedat_tz", "version_slug", "version_is_sample", "version_needs_review", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_name_en", "version_abbreviation", "version_level", "version_parent_id", "version_document_system_url", "version_phone", "version_fax", "version_address", "version_website", "version_focal_point_name", "version_focal_point_title", "version_focal_point_phone", "version_focal_point_email", "version_last_verified_at", "version_lastverifiedat_tz", "version_slug", "version_is_sample", "version_needs_review", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_agencies_v\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__agencies_v\` RENAME TO \`_agencies_v\`;`)
  await db.run(sql`CREATE INDEX \`_agencies_v_parent_idx\` ON \`_agencies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_parent_idx\` ON \`_agencies_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_slug_idx\` ON \`_agencies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_updated_at_idx\` ON \`_agencies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_created_at_idx\` ON \`_agencies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version__status_idx\` ON \`_agencies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_created_at_idx\` ON \`_agencies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_updated_at_idx\` ON \`_agencies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_latest_idx\` ON \`_agencies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`questions_id\` integer,
  	\`question_files_id\` integer,
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
  	\`audit_log_id\` integer,
  	\`login_attempts_id\` integer,
  	\`change_feed_id\` integer,
  	\`portal_processes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drafts_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`draft_versions_id\`) REFERENCES \`draft_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comment_files_id\`) REFERENCES \`comment_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_log_id\`) REFERENCES \`moderation_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`question_files_id\`) REFERENCES \`question_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_attempts_id\`) REFERENCES \`login_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`change_feed_id\`) REFERENCES \`change_feed\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_processes_id\`) REFERENCES \`portal_processes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "questions_id", "question_files_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "audit_log_id", "login_attempts_id", "change_feed_id", "portal_processes_id") SELECT "id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "questions_id", "question_files_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "audit_log_id", "login_attempts_id", "change_feed_id", "portal_processes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drafts_id_idx\` ON \`payload_locked_documents_rels\` (\`drafts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_draft_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`draft_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comment_files_id_idx\` ON \`payload_locked_documents_rels\` (\`comment_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_log_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_question_files_id_idx\` ON \`payload_locked_documents_rels\` (\`question_files_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`login_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_feed_id_idx\` ON \`payload_locked_documents_rels\` (\`change_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_processes_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_processes_id\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`reposted\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`source_name\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`author\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_reposted\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_source_name\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_source_url\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_author\`;`)
  await db.run(sql`ALTER TABLE \`directions\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_directions_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`work_schedules\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_work_schedules_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`law_dissemination\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_law_dissemination_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`is_sample\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_is_sample\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`parent_portal_name\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`parent_portal_url\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`maintenance_start\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`maintenance_start_tz\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`maintenance_end\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`maintenance_end_tz\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`maintenance_text\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`agency_verification_months\`;`)
}
