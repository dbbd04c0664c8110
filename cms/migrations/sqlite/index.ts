import * as migration_20261121_072952_initial from './20261121_072952_initial';
import * as migration_20261121_085817_drop_document_articles from './20261121_085817_drop_document_articles';
import * as migration_20261121_092828_number_key_per_issuer from './20261121_092828_number_key_per_issuer';

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
    name: '20261121_092828_number_key_per_issuer'
  },
];
