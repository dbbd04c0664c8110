import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`target\` text NOT NULL,
  	\`document_id\` integer,
  	\`field_id\` integer,
  	\`issuer_id\` integer,
  	\`document_type_id\` integer,
  	\`draft_id\` integer,
  	\`query\` text,
  	\`label\` text,
  	\`frequency\` text DEFAULT 'immediate' NOT NULL,
  	\`confirmed\` integer DEFAULT false,
  	\`confirmed_at\` text,
  	\`confirmedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`stopped\` integer DEFAULT false,
  	\`pair_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`field_id\`) REFERENCES \`fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issuer_id\`) REFERENCES \`issuers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_type_id\`) REFERENCES \`document_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_email_idx\` ON \`subscriptions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_target_idx\` ON \`subscriptions\` (\`target\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_document_idx\` ON \`subscriptions\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_field_idx\` ON \`subscriptions\` (\`field_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_issuer_idx\` ON \`subscriptions\` (\`issuer_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_document_type_idx\` ON \`subscriptions\` (\`document_type_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_draft_idx\` ON \`subscriptions\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_confirmed_idx\` ON \`subscriptions\` (\`confirmed\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_stopped_idx\` ON \`subscriptions\` (\`stopped\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscriptions_pair_key_idx\` ON \`subscriptions\` (\`pair_key\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`subscription_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`document_id\` integer REFERENCES legal_documents(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`source_id\` integer REFERENCES legal_documents(id);`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`digest_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`notifications_subscription_idx\` ON \`notifications\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_document_idx\` ON \`notifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_source_idx\` ON \`notifications\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_digest_idx\` ON \`notifications\` (\`digest_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`legal_feedback_url\` text DEFAULT 'https://paknvbqppl.moj.gov.vn';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`event_at\` text,
  	\`eventat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`comment_id\` integer,
  	\`draft_id\` integer,
  	\`question_id\` integer,
  	\`user_id\` integer,
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`claimed_at\` text,
  	\`claimedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`sent_at\` text,
  	\`sentat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`draft_id\`) REFERENCES \`drafts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "key", "kind", "event", "event_at", "eventat_tz", "comment_id", "draft_id", "question_id", "user_id", "state", "attempts", "claimed_at", "claimedat_tz", "sent_at", "sentat_tz", "note", "updated_at", "created_at") SELECT "id", "key", "kind", "event", "event_at", "eventat_tz", "comment_id", "draft_id", "question_id", "user_id", "state", "attempts", "claimed_at", "claimedat_tz", "sent_at", "sentat_tz", "note", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // Tables are dropped once nothing refers to them (the tables rebuilt above no longer do).
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_comment_idx\` ON \`notifications\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_draft_idx\` ON \`notifications\` (\`draft_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_question_idx\` ON \`notifications\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_user_idx\` ON \`notifications\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_state_idx\` ON \`notifications\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
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
  	\`science_programmes_id\` integer,
  	\`sector_statistics_id\` integer,
  	\`public_services_id\` integer,
  	\`disclosures_id\` integer,
  	\`rating_totals_id\` integer,
  	\`ratings_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`holidays_id\` integer,
  	\`directive15_figures_id\` integer,
  	\`audit_log_id\` integer,
  	\`login_attempts_id\` integer,
  	\`notifications_id\` integer,
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
  	FOREIGN KEY (\`science_programmes_id\`) REFERENCES \`science_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sector_statistics_id\`) REFERENCES \`sector_statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_services_id\`) REFERENCES \`public_services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rating_totals_id\`) REFERENCES \`rating_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ratings_id\`) REFERENCES \`ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`directive15_figures_id\`) REFERENCES \`directive15_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_attempts_id\`) REFERENCES \`login_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`change_feed_id\`) REFERENCES \`change_feed\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_processes_id\`) REFERENCES \`portal_processes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "questions_id", "question_files_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "science_programmes_id", "sector_statistics_id", "public_services_id", "disclosures_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "directive15_figures_id", "audit_log_id", "login_attempts_id", "notifications_id", "change_feed_id", "portal_processes_id") SELECT "id", "order", "parent_id", "path", "legal_documents_id", "drafts_id", "draft_versions_id", "comments_id", "comment_files_id", "moderation_log_id", "questions_id", "question_files_id", "document_types_id", "issuers_id", "fields_id", "agencies_id", "pages_id", "news_id", "directions_id", "work_schedules_id", "law_dissemination_id", "plans_id", "projects_id", "science_programmes_id", "sector_statistics_id", "public_services_id", "disclosures_id", "rating_totals_id", "ratings_id", "media_id", "users_id", "holidays_id", "directive15_figures_id", "audit_log_id", "login_attempts_id", "notifications_id", "change_feed_id", "portal_processes_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_science_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`science_programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sector_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`sector_statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_services_id_idx\` ON \`payload_locked_documents_rels\` (\`public_services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rating_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`rating_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_directive15_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`directive15_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`login_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_change_feed_id_idx\` ON \`payload_locked_documents_rels\` (\`change_feed_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_processes_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_processes_id\`);`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`legal_feedback_url\`;`)
}
