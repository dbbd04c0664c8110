import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`tracking_year\` numeric,
  	\`tracking_sequence\` numeric,
  	\`received_at\` text,
  	\`receivedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`title\` text,
  	\`body\` text,
  	\`field_id\` integer,
  	\`attachment_id\` integer,
  	\`asker_name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`allow_publication\` integer,
  	\`consent_at\` text,
  	\`consentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`due_date\` text,
  	\`duedate_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`assigned_unit_id\` integer,
  	\`assigned_to_id\` integer,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`answeredat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`answered_by_id\` integer,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`decline_reason\` text,
  	\`declined_at\` text,
  	\`declinedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`exact_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`field_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`question_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_unit_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_tracking_code_idx\` ON \`questions\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`questions_tracking_year_idx\` ON \`questions\` (\`tracking_year\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_at_idx\` ON \`questions\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_field_idx\` ON \`questions\` (\`field_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_attachment_idx\` ON \`questions\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_email_idx\` ON \`questions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_due_date_idx\` ON \`questions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_unit_idx\` ON \`questions\` (\`assigned_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_to_idx\` ON \`questions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answered_by_idx\` ON \`questions\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_exact_key_idx\` ON \`questions\` (\`exact_key\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publishedAt_idx\` ON \`questions\` (\`status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`status_dueDate_idx\` ON \`questions\` (\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE TABLE \`question_files\` (
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
  await db.run(sql`CREATE INDEX \`question_files_updated_at_idx\` ON \`question_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`question_files_created_at_idx\` ON \`question_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`question_files_filename_idx\` ON \`question_files\` (\`filename\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`question_files_id\` integer REFERENCES question_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_question_files_id_idx\` ON \`payload_locked_documents_rels\` (\`question_files_id\`);`)
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
  	\`change_feed_id\` integer,
  	\`portal_processes_id\` integer,
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
  	FOREIGN KEY (\`login_attempts_id\`) REFERENCES \`login_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`change_feed_id\`) REFERENCES \`change_feed\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_processes_id\`) REFERENCES \`portal_processes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "audit_log_id", "login_attempts_id", "change_feed_id", "portal_processes_id") SELECT "id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "audit_log_id", "login_attempts_id", "change_feed_id", "portal_processes_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // The tables go once nothing refers to them any more (the lock table is rebuilt above without
  // its columns for them), the questions before the attachments they point to.
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`question_files\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_feed_id_idx\` ON \`payload_locked_documents_rels\` (\`change_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_processes_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_processes_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
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
  	\`reset_password_requested_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
}
