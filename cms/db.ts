import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseUrl } from './database-url'
import { withReadBack } from './read-back'
import { serialiseSqliteWrites } from './sqlite-writes'
import { fromRoot } from './paths'
import { resolveDrizzleFilesDirectly } from './module-resolution'

/**
 * Returns the Payload database adapter chosen by DATABASE_URL. Schema push is only for
 * throw-away test databases (PAYLOAD_DB_PUSH=1): a pushed database makes `migrate` stop at a prompt.
 * Only the chosen adapter's package is loaded (each takes 0.2–2 s to load).
 */
export async function databaseAdapter(): Promise<DatabaseAdapterObj> {
  return withReadBack(await chosenAdapter())
}

async function chosenAdapter(): Promise<DatabaseAdapterObj> {
  const target = parseDatabaseUrl()
  const push = process.env.PAYLOAD_DB_PUSH === '1'
  if (target.kind !== 'mongodb') resolveDrizzleFilesDirectly()
  switch (target.kind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
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
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: target.url, connectionTimeoutMillis: 5000 },
        migrationDir: fromRoot('cms/migrations/postgres'),
        push,
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: target.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
    }
  }
}
