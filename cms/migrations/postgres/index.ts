import * as migration_20261121_070816_initial from './20261121_070816_initial';

export const migrations = [
  {
    up: migration_20261121_070816_initial.up,
    down: migration_20261121_070816_initial.down,
    name: '20261121_070816_initial'
  },
];
