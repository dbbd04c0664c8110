import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`change_feed\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`source\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`operation\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`change_feed_seq_idx\` ON \`change_feed\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`change_feed_source_idx\` ON \`change_feed\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`change_feed_updated_at_idx\` ON \`change_feed\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`change_feed_created_at_idx\` ON \`change_feed\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`portal_processes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`instance\` text NOT NULL,
  	\`host\` text,
  	\`pid\` numeric,
  	\`role\` text,
  	\`started_at\` text NOT NULL,
  	\`seen_at\` text NOT NULL,
  	\`feed_seq\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`portal_processes_instance_idx\` ON \`portal_processes\` (\`instance\`);`)
  await db.run(sql`CREATE INDEX \`portal_processes_seen_at_idx\` ON \`portal_processes\` (\`seen_at\`);`)
  await db.run(sql`CREATE INDEX \`portal_processes_updated_at_idx\` ON \`portal_processes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`portal_processes_created_at_idx\` ON \`portal_processes\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`change_feed_id\` integer REFERENCES change_feed(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`portal_processes_id\` integer REFERENCES portal_processes(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_feed_id_idx\` ON \`payload_locked_documents_rels\` (\`change_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_processes_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_processes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_attempts_id\`) REFERENCES \`login_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "audit_log_id", "login_attempts_id") SELECT "id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "audit_log_id", "login_attempts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // Tables are dropped once nothing refers to them (the tables rebuilt above no longer do).
  await db.run(sql`DROP TABLE \`change_feed\`;`)
  await db.run(sql`DROP TABLE \`portal_processes\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`login_attempts_id\`);`)
}
