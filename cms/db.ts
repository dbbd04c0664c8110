import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseUrl } from './database-url'
import { withReadBack } from './read-back'
import { serialiseSqliteWrites } from './sqlite-writes'
import { fromRoot } from './paths'

/**
 * Returns the Payload database adapter chosen by DATABASE_URL. Schema push is only for
 * throw-away test databases (PAYLOAD_DB_PUSH=1): a pushed database makes `migrate` stop at a prompt.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  return withReadBack(chosenAdapter())
}

function chosenAdapter(): DatabaseAdapterObj {
  const target = parseDatabaseUrl()
  const push = process.env.PAYLOAD_DB_PUSH === '1'
  switch (target.kind) {
    case 'sqlite': {
      const obj = sqliteAdapter({
        client: { url: target.url },
        migrationDir: fromRoot('cms/migrations/sqlite'),
        push,
        busyTimeout: 5000,
        // WAL with synchronous=NORMAL: a commit survives a crash of the process (SIGKILL); only a
        // power cut can lose the last transactions. FULL syncs the disk on every commit (3-5x slower writes).
        wal: { synchronous: 'NORMAL' },
        // Transactions on (Payload leaves them off for SQLite): a save is all of its rows or none.
        // BEGIN IMMEDIATE (libsql's "write" mode); cms/sqlite-writes.ts makes them take turns.
        transactionOptions: {},
      })
      const init = obj.init
      return { ...obj, init: (args) => serialiseSqliteWrites(init(args)) as ReturnType<typeof init> }
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url, connectionTimeoutMillis: 5000 },
        migrationDir: fromRoot('cms/migrations/postgres'),
        push,
      })
    case 'mongodb':
      return mongooseAdapter({ url: target.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
  }
}
