import type { sql as Sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import rateLimiterFlexible, { type RateLimiterStoreAbstract as StoreAbstractType } from 'rate-limiter-flexible'

/**
 * A rate-limiter-flexible store for Payload's SQLite adapter (libsql), written here because the
 * library's own stores cannot be used correctly on it:
 * - RateLimiterSQLite wants a sqlite3/better-sqlite3 handle. Given one on the same file (the
 *   `libsql` package), it writes synchronously on its own connection: while one of Payload's
 *   transactions holds the write lock, its busy wait blocks the event loop, so that transaction
 *   cannot finish and the check stalls for the whole busy timeout, then fails with SQLITE_BUSY.
 * - RateLimiterDrizzle on `payload.db.drizzle` writes outside a transaction, which in this
 *   process (cms/sqlite-writes.ts) deadlocks the same way while a transaction is open.
 * So each write here is one atomic statement (INSERT … ON CONFLICT DO UPDATE … RETURNING, the
 * statement RateLimiterPostgres uses) inside a transaction of Payload's adapter: it takes its turn
 * with the other writes of the process and waits for other processes without blocking.
 * Everything else (consume, refusal, insurance) is the library's RateLimiterStoreAbstract.
 */

// The library's index does not export RateLimiterStoreAbstract at run time (its types do); it is
// the parent class of every store.
const RateLimiterStoreAbstract = Object.getPrototypeOf(rateLimiterFlexible.RateLimiterPostgres) as typeof StoreAbstractType
const { RateLimiterRes } = rateLimiterFlexible

type Row = { points: number; expire: number | null }
interface Tx {
  all: (query: ReturnType<typeof Sql>) => Promise<unknown[]>
}
/** drizzle's `sql`, from the adapter already loaded (cms/db.ts loads only the adapter in use); imported once, on first use. */
let sqlModule: Promise<typeof Sql> | undefined
const drizzleSql = (): Promise<typeof Sql> => (sqlModule ??= import('@payloadcms/db-sqlite/drizzle').then((m) => m.sql))
interface SqliteAdapter {
  drizzle: Tx
  sessions: Record<string, { db: Tx } | undefined>
  beginTransaction: () => Promise<number | string | null>
  commitTransaction: (id: number | string) => Promise<void>
  rollbackTransaction: (id: number | string) => Promise<void>
}

/** Runs `work` inside a write transaction of the adapter (or directly when transactions are off). */
export async function sqliteWrite<T>(payload: Payload, work: (db: Tx) => Promise<T>): Promise<T> {
  const db = payload.db as unknown as SqliteAdapter
  const id = await db.beginTransaction()
  const session = id === null || id === undefined ? undefined : db.sessions[String(id)]
  if (!session) return work(db.drizzle)
  try {
    const result = await work(session.db)
    await db.commitTransaction(id!)
    return result
  } catch (err) {
    await db.rollbackTransaction(id!).catch(() => undefined)
    throw err
  }
}

/** Creates the limits table when missing (idempotent); same columns as the library's SQLite store. */
export async function createSqliteTable(payload: Payload, table: string): Promise<void> {
  const sql = await drizzleSql()
  await sqliteWrite(payload, (db) =>
    db.all(sql.raw(`CREATE TABLE IF NOT EXISTS "${table}" (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`)),
  )
}

/** Deletes rows that expired before `before` (epoch ms). */
export async function clearExpiredSqlite(payload: Payload, table: string, before: number): Promise<void> {
  const sql = await drizzleSql()
  await sqliteWrite(payload, (db) => db.all(sql`DELETE FROM ${sql.identifier(table)} WHERE expire < ${before} RETURNING key`))
}

export interface PayloadSqliteOptions {
  payload: Payload
  tableName: string
  keyPrefix: string
  points: number
  duration: number
}

/** rate-limiter-flexible store on Payload's SQLite database (see above). */
export class RateLimiterPayloadSQLite extends RateLimiterStoreAbstract {
  private readonly payload: Payload
  private readonly table: string

  constructor(opts: PayloadSqliteOptions) {
    super({ storeClient: opts.payload, keyPrefix: opts.keyPrefix, points: opts.points, duration: opts.duration })
    this.payload = opts.payload
    this.table = opts.tableName
  }

  /** Adds `points` to the key (or starts a new window when the old one expired), atomically; returns the row. */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const sql = await drizzleSql()
    const now = Date.now()
    const expire = msDuration > 0 ? now + msDuration : null
    const t = sql.identifier(this.table)
    const fresh = forceExpire ? sql`1` : sql`${t}.expire <= ${now}`
    return sqliteWrite(this.payload, async (db) => {
      const rows = (await db.all(sql`
        INSERT INTO ${t} (key, points, expire) VALUES (${key}, ${points}, ${expire})
        ON CONFLICT(key) DO UPDATE SET
          points = CASE WHEN ${fresh} THEN excluded.points ELSE ${t}.points + excluded.points END,
          expire = CASE WHEN ${fresh} THEN excluded.expire ELSE ${t}.expire END
        RETURNING points, expire`)) as Row[]
      return rows[0]!
    })
  }

  async _get(key: string): Promise<Row | null> {
    const sql = await drizzleSql()
    const t = sql.identifier(this.table)
    // A read needs no write turn: WAL readers never wait for the writer.
    const db = (this.payload.db as unknown as SqliteAdapter).drizzle
    const rows = (await db.all(sql`SELECT points, expire FROM ${t} WHERE key = ${key} AND (expire > ${Date.now()} OR expire IS NULL)`)) as Row[]
    return rows[0] ?? null
  }

  async _delete(key: string): Promise<boolean> {
    const sql = await drizzleSql()
    const t = sql.identifier(this.table)
    const rows = await sqliteWrite(this.payload, (db) => db.all(sql`DELETE FROM ${t} WHERE key = ${key} RETURNING key`))
    return rows.length > 0
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row) {
    const points = Number(row.points)
    const isFirst = changedPoints === points
    const consumed = isFirst ? changedPoints : points
    const msBeforeNext = row.expire === null ? -1 : Math.max(Number(row.expire) - Date.now(), 0)
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, isFirst)
  }
}
