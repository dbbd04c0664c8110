import { AsyncLocalStorage } from 'node:async_hooks'

import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from '@libsql/client'
import type { BaseDatabaseAdapter } from 'payload'

/**
 * SQLite writes, made atomic and safe under concurrency.
 *
 * Payload's SQLite adapter runs without transactions unless `transactionOptions` is set; with
 * them, libsql opens one connection per transaction (BEGIN IMMEDIATE) and runs statements
 * synchronously. Two transactions of one process would then wait for each other's lock with the
 * event loop blocked (a deadlock until the busy timeout), and a write made outside a transaction
 * while one is open would do the same. So, in each process:
 * - write transactions take turns (a FIFO lock): one at a time, the others wait without blocking;
 * - an operation started inside a running transaction's own work (a hook calling the Local API
 *   without `req`) joins that transaction instead of waiting for it (which would never end);
 * - a write made without a transaction gets one of its own (a create is its main row, its
 *   relation rows and its version row together, or nothing);
 * - BEGIN waits briefly for another process (the import, another instance) and retries without
 *   blocking the event loop, so SQLITE_BUSY never reaches a reader;
 * - transactions run on one connection of their own, kept open (libsql would open a new
 *   connection per transaction and never close it); reads outside a transaction stay on the
 *   adapter's connection and never see uncommitted rows.
 */

/** The write transaction a piece of async work belongs to. */
interface Turn {
  id?: number | string
  active: boolean
  /** Operations that joined this transaction and have not ended yet. */
  joined: number
  release?: () => void
}

const turns = new AsyncLocalStorage<Turn>()

/** How long one BEGIN may block the event loop waiting for another process, and how long to keep trying. */
const BUSY_SLICE_MS = 50
const BUSY_PATIENCE_MS = 15_000

/** Adapter methods that write: each runs inside a transaction. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** A FIFO lock: `acquire` resolves with the function that hands the turn to the next waiter. */
function fifoLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve()
  return () => {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const ready = tail.then(() => release)
    tail = tail.then(() => mine)
    return ready
  }
}

const isBusy = (err: unknown) => /SQLITE_BUSY|database is locked/i.test(String((err as { code?: string })?.code ?? '') + String((err as Error)?.message ?? ''))

type Adapter = BaseDatabaseAdapter & { client?: Client; clientConfig?: { url: string }; sessions: Record<string, unknown>; wal?: false | { synchronous?: string } }

/** The error of the last COMMIT that failed (Payload's adapter swallows it; transactions take turns, so one slot is enough). */
let failedCommit: unknown = null

/**
 * Gives the adapter's libsql client a transaction method that runs every transaction on one
 * dedicated connection (transactions take turns, so one is enough). While another process holds
 * the file, BEGIN is retried here without blocking the event loop, each time on a fresh
 * connection (a statement that failed with SQLITE_BUSY stays "in progress" on its connection and
 * would make the next COMMIT fail).
 */
function dedicatedTransactions(adapter: Adapter): void {
  const client = adapter.client as Client & { __portalTx?: { connection: Client } }
  if (client.__portalTx) return
  const url = adapter.clientConfig?.url ?? ''
  // synchronous is a setting of each connection: the adapter sets it on its own, this one needs
  // it too, or every transaction (all writes) would sync the disk at COMMIT (SQLite's FULL).
  const synchronous = (adapter.wal && adapter.wal.synchronous) || 'FULL'
  const prepare = (c: Client) => c.executeMultiple(`PRAGMA busy_timeout = ${BUSY_SLICE_MS}; PRAGMA synchronous = ${synchronous};`)
  const open = async () => {
    const c = createClient({ url })
    await prepare(c)
    return c
  }
  const holder: { connection: Client } = { connection: createClient({ url }) }
  client.__portalTx = holder
  let ready: Promise<void> | null = prepare(holder.connection)
  client.transaction = async (mode = 'write') => {
    if (ready) await ready
    ready = null
    const begin = mode === 'read' || mode === 'deferred' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE'
    const started = Date.now()
    for (let attempt = 0; ; attempt++) {
      try {
        await holder.connection.execute(begin)
        break
      } catch (err) {
        if (!isBusy(err) || Date.now() - started > BUSY_PATIENCE_MS) throw err
        holder.connection.close()
        await new Promise((r) => setTimeout(r, Math.min(200, 10 * 2 ** attempt) * (0.5 + Math.random())))
        holder.connection = await open()
      }
    }
    const tx = holder.connection
    let active = true
    const run = (stmt: InStatement): Promise<ResultSet> => {
      if (!active) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
      return tx.execute(stmt)
    }
    const transaction: Transaction = {
      execute: run,
      batch: async (stmts: InStatement[]) => {
        const out: ResultSet[] = []
        for (const stmt of stmts) out.push(await run(stmt))
        return out
      },
      executeMultiple: (sql: string) => tx.executeMultiple(sql),
      rollback: async () => {
        if (!active) return
        active = false
        await tx.execute('ROLLBACK').catch(() => undefined)
      },
      commit: async () => {
        if (!active) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
        try {
          await tx.execute('COMMIT')
        } catch (err) {
          failedCommit = err
          await tx.execute('ROLLBACK').catch(() => undefined)
          throw err
        } finally {
          active = false
        }
      },
      close: () => {
        if (active) void tx.execute('ROLLBACK').catch(() => undefined)
        active = false
      },
      get closed() {
        return !active
      },
    }
    return transaction
  }
}

/** Wraps an initialised SQLite adapter (see cms/db.ts). */
export function serialiseSqliteWrites<T extends object>(db: T): T {
  const adapter = db as unknown as Adapter
  const acquire = fifoLock()
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  const byId = new Map<string, Turn>()

  const beginOnDedicated = (options: unknown): Promise<number | string | null> => {
    dedicatedTransactions(adapter)
    return begin(options as never) as Promise<number | string | null>
  }

  const end = (turn: Turn) => {
    turn.active = false
    if (turn.id !== undefined) byId.delete(String(turn.id))
    const release = turn.release
    turn.release = undefined
    release?.()
  }

  adapter.beginTransaction = (async (options?: unknown) => {
    const current = turns.getStore()
    if (current?.active && current.id !== undefined && adapter.sessions[String(current.id)]) {
      current.joined++
      return current.id
    }
    // Synchronous part: the caller's following work belongs to this transaction.
    const turn: Turn = { active: false, joined: 0 }
    turns.enterWith(turn)
    const release = await acquire()
    try {
      const id = await beginOnDedicated(options)
      if (id === null || id === undefined) {
        release()
        return id
      }
      Object.assign(turn, { id, active: true, release })
      byId.set(String(id), turn)
      return id
    } catch (err) {
      release()
      throw err
    }
  }) as typeof adapter.beginTransaction

  adapter.commitTransaction = (async (incoming) => {
    const id = await incoming
    const turn = byId.get(String(id))
    if (turn && turn.joined > 0) {
      turn.joined--
      return
    }
    failedCommit = null
    try {
      await commit(id as never)
    } finally {
      if (turn) end(turn)
    }
    // Payload's adapter rolls back and returns quietly when COMMIT fails: the caller must know.
    if (failedCommit) {
      const err = failedCommit
      failedCommit = null
      throw err
    }
  }) as typeof adapter.commitTransaction

  adapter.rollbackTransaction = (async (incoming) => {
    const id = await incoming
    const turn = byId.get(String(id))
    try {
      // A joined operation that fails fails the whole transaction: its writes are part of it.
      await rollback(id as never)
    } finally {
      if (turn) end(turn)
    }
  }) as typeof adapter.rollbackTransaction

  // Payload's destroy() closes neither connection: close both (tests, scripts, shutdown).
  const destroy = adapter.destroy?.bind(adapter)
  adapter.destroy = async () => {
    await destroy?.()
    const client = adapter.client as (Client & { __portalTx?: { connection: Client } }) | undefined
    client?.__portalTx?.connection.close()
    client?.close()
  }

  for (const name of WRITES) {
    const original = (adapter as unknown as Record<string, (args: Record<string, unknown>) => Promise<unknown>>)[name]
    if (typeof original !== 'function') continue
    const call = original.bind(adapter)
    ;(adapter as unknown as Record<string, unknown>)[name] = async (args: Record<string, unknown> = {}) => {
      const req = args.req as { transactionID?: unknown } | undefined
      const given = req?.transactionID ? await (req.transactionID as Promise<unknown>) : undefined
      if (given !== undefined && given !== null && adapter.sessions[String(given)]) return call(args)
      const current = turns.getStore()
      if (current?.active && current.id !== undefined && adapter.sessions[String(current.id)]) {
        return call({ ...args, req: { ...(req ?? {}), transactionID: current.id } })
      }
      // No transaction: this write gets its own.
      const id = await adapter.beginTransaction()
      if (id === null || id === undefined) return call(args)
      try {
        const result = await call({ ...args, req: { ...(req ?? {}), transactionID: id } })
        await adapter.commitTransaction(id)
        return result
      } catch (err) {
        await adapter.rollbackTransaction(id)
        throw err
      }
    }
  }
  return db
}
