import * as migration_20261121_072952_initial from './20261121_072952_initial';
import * as migration_20261121_085817_drop_document_articles from './20261121_085817_drop_document_articles';
import * as migration_20261121_092828_number_key_per_issuer from './20261121_092828_number_key_per_issuer';
import * as migration_20261202_201235_audit_log_login_attempts from './20261202_201235_audit_log_login_attempts';
import * as migration_20261203_055821_change_feed from './20261203_055821_change_feed';
import * as migration_20261204_040433_signed_originals from './20261204_040433_signed_originals';
import * as migration_20261204_073904_comments_article_index from './20261204_073904_comments_article_index';
import * as migration_20261204_074705_vietnam_time from './20261204_074705_vietnam_time';
import * as migration_20261204_103359_questions from './20261204_103359_questions';
import * as migration_20261204_111736_directive15_figures from './20261204_111736_directive15_figures';
import * as migration_20261204_112522_duties from './20261204_112522_duties';
import * as migration_20261204_115446_notifications from './20261204_115446_notifications';
import * as migration_20261204_123311_schema_snapshot from './20261204_123311_schema_snapshot';
import * as migration_20261204_135052_schema_snapshot_notify from './20261204_135052_schema_snapshot_notify';
import * as migration_20261204_141039_validity_suspended_expiry from './20261204_141039_validity_suspended_expiry';
import * as migration_20261204_141206_follow from './20261204_141206_follow';
import * as migration_20261204_144754_document_effects from './20261204_144754_document_effects';
import * as migration_20261204_151514_schema_snapshot_wave from './20261204_151514_schema_snapshot_wave';
import * as migration_20261204_172551_art17_start_dates from './20261204_172551_art17_start_dates';
import * as migration_20261204_215306_document_citations from './20261204_215306_document_citations';
import * as migration_20261204_220437_document_read_indexes from './20261204_220437_document_read_indexes';
import * as migration_20261205_074522_text_rendered_on_read from './20261205_074522_text_rendered_on_read';

export const migrations = [
  {
    up: migration_20261121_072952_initial.up,
    down: migration_20261121_072952_initial.down,
    name: '20261121_072952_initial',
  },
  {
    up: migration_20261121_085817_drop_document_articles.up,
    down: migration_20261121_085817_drop_document_articles.down,
    name: '20261121_085817_drop_document_articles',
  },
  {
    up: migration_20261121_092828_number_key_per_issuer.up,
    down: migration_20261121_092828_number_key_per_issuer.down,
    name: '20261121_092828_number_key_per_issuer',
  },
  {
    up: migration_20261202_201235_audit_log_login_attempts.up,
    down: migration_20261202_201235_audit_log_login_attempts.down,
    name: '20261202_201235_audit_log_login_attempts',
  },
  {
    up: migration_20261203_055821_change_feed.up,
    down: migration_20261203_055821_change_feed.down,
    name: '20261203_055821_change_feed',
  },
  {
    up: migration_20261204_040433_signed_originals.up,
    down: migration_20261204_040433_signed_originals.down,
    name: '20261204_040433_signed_originals',
  },
  {
    up: migration_20261204_073904_comments_article_index.up,
    down: migration_20261204_073904_comments_article_index.down,
    name: '20261204_073904_comments_article_index',
  },
  {
    up: migration_20261204_074705_vietnam_time.up,
    down: migration_20261204_074705_vietnam_time.down,
    name: '20261204_074705_vietnam_time',
  },
  {
    up: migration_20261204_103359_questions.up,
    down: migration_20261204_103359_questions.down,
    name: '20261204_103359_questions',
  },
  {
    up: migration_20261204_111736_directive15_figures.up,
    down: migration_20261204_111736_directive15_figures.down,
    name: '20261204_111736_directive15_figures',
  },
  {
    up: migration_20261204_112522_duties.up,
    down: migration_20261204_112522_duties.down,
    name: '20261204_112522_duties',
  },
  {
    up: migration_20261204_115446_notifications.up,
    down: migration_20261204_115446_notifications.down,
    name: '20261204_115446_notifications',
  },
  {
    up: migration_20261204_123311_schema_snapshot.up,
    down: migration_20261204_123311_schema_snapshot.down,
    name: '20261204_123311_schema_snapshot',
  },
  {
    up: migration_20261204_135052_schema_snapshot_notify.up,
    down: migration_20261204_135052_schema_snapshot_notify.down,
    name: '20261204_135052_schema_snapshot_notify',
  },
  {
    up: migration_20261204_141039_validity_suspended_expiry.up,
    down: migration_20261204_141039_validity_suspended_expiry.down,
    name: '20261204_141039_validity_suspended_expiry',
  },
  {
    up: migration_20261204_141206_follow.up,
    down: migration_20261204_141206_follow.down,
    name: '20261204_141206_follow',
  },
  {
    up: migration_20261204_144754_document_effects.up,
    down: migration_20261204_144754_document_effects.down,
    name: '20261204_144754_document_effects',
  },
  {
    up: migration_20261204_151514_schema_snapshot_wave.up,
    down: migration_20261204_151514_schema_snapshot_wave.down,
    name: '20261204_151514_schema_snapshot_wave',
  },
  {
    up: migration_20261204_172551_art17_start_dates.up,
    down: migration_20261204_172551_art17_start_dates.down,
    name: '20261204_172551_art17_start_dates',
  },
  {
    up: migration_20261204_215306_document_citations.up,
    down: migration_20261204_215306_document_citations.down,
    name: '20261204_215306_document_citations',
  },
  {
    up: migration_20261204_220437_document_read_indexes.up,
    down: migration_20261204_220437_document_read_indexes.down,
    name: '20261204_220437_document_read_indexes',
  },
  {
    up: migration_20261205_074522_text_rendered_on_read.up,
    down: migration_20261205_074522_text_rendered_on_read.down,
    name: '20261205_074522_text_rendered_on_read'
  },
];
