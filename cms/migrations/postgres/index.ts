import * as migration_20261121_072958_initial from './20261121_072958_initial';
import * as migration_20261121_085826_drop_document_articles from './20261121_085826_drop_document_articles';
import * as migration_20261121_092833_number_key_per_issuer from './20261121_092833_number_key_per_issuer';

export const migrations = [
  {
    up: migration_20261121_072958_initial.up,
    down: migration_20261121_072958_initial.down,
    name: '20261121_072958_initial',
  },
  {
    up: migration_20261121_085826_drop_document_articles.up,
    down: migration_20261121_085826_drop_document_articles.down,
    name: '20261121_085826_drop_document_articles',
  },
  {
    up: migration_20261121_092833_number_key_per_issuer.up,
    down: migration_20261121_092833_number_key_per_issuer.down,
    name: '20261121_092833_number_key_per_issuer'
  },
];
