import * as migration_20261121_072952_initial from './20261121_072952_initial';

export const migrations = [
  {
    up: migration_20261121_072952_initial.up,
    down: migration_20261121_072952_initial.down,
    name: '20261121_072952_initial'
  },
];
