import * as migration_20261121_070810_initial from './20261121_070810_initial';

export const migrations = [
  {
    up: migration_20261121_070810_initial.up,
    down: migration_20261121_070810_initial.down,
    name: '20261121_070810_initial'
  },
];
