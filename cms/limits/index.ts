/**
 * Rate limits shared by every instance of the portal on one database (issue #12).
 *
 * Each limit is a fixed window per key kept by rate-limiter-flexible in a table of its own in the
 * database Payload is connected to (outside Payload's schema: no collection, no migration):
 * - PostgreSQL: RateLimiterPostgres on Payload's pg Pool (`payload.db.pool`);
 * - MongoDB: RateLimiterMongo on the mongoose connection (`payload.db.connection`);
 * - SQLite: RateLimiterPayloadSQLite (./sqlite-store.ts), the library's store logic with one
 *   atomic upsert run in a transaction of Payload's adapter (why: see that file).
 * Every check is one atomic statement, so N instances (and concurrent requests) count together.
 *
 * Keys are stored as a keyed hash (HMAC-SHA-256 with Payload's secret, the same on every
 * instance): no address or e-mail is written in clear.
 *
 * If the database cannot answer (an error, or no answer within `timeoutMs`), the request is not
 * failed: the check falls back to an in-memory limiter of the same size in this process (the
 * library's "insurance" idea), with one log line per limit per minute. During such an outage each
 * instance limits on its own. Without a Payload instance (unit tests) the in-memory limiter is
 * the only store.
 */
import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'
import rateLimiterFlexible, { type RateLimiterAbstract, type RateLimiterRes as LimiterRes } from 'rate-limiter-flexible'

import type { RateLimitResult } from '../consultation/comments/rate-limit'
import { clearExpiredSqlite, createSqliteTable, RateLimiterPayloadSQLite } from './sqlite-store'

export type { RateLimitResult } from '../consultation/comments/rate-limit'

const { RateLimiterMemory, RateLimiterMongo, RateLimiterPostgres, RateLimiterRes } = rateLimiterFlexible

/** The table (MongoDB: collection) holding every limit's counters. */
export const LIMITS_TABLE = 'portal_rate_limits'

/** Settings of one limit: at most `max` requests per key in each window of `windowMs`. */
export interface SharedLimitOptions {
  /** Short name, part of every stored key (`api`, `comment-ip`, …). */
  name: string
  max: number
  windowMs: number
  /** Longest wait for the database before the in-memory fallback answers (default 2 s). */
  timeoutMs?: number
}

/** One limit. */
export interface SharedLimiter {
  readonly name: string
  readonly max: number
  readonly windowMs: number
  /** Counts one request for `key` and says whether it is allowed. Never throws. */
  check(key: string): Promise<RateLimitResult>
}

interface Backend {
  /** Resolves once the table exists (rejects if it could not be created; retried on next use). */
  ready: () => Promise<void>
  create: (opts: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract
}

const CLEANUP_EVERY_MS = 5 * 60_000
const KEEP_EXPIRED_MS = 60 * 60_000

/** Returns a `ready` that memoises success but tries again after a failure. */
function once(task: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | null = null
  return () => {
    pending ??= task().catch((err) => {
      pending = null
      throw err
    })
    return pending
  }
}

function backendFor(payload: Payload): Backend {
  const db = payload.db as unknown as { name: string; pool?: unknown; connection?: unknown; schemaName?: string }
  switch (db.name) {
    case 'postgres': {
      const base = { storeClient: db.pool, storeType: 'pool', tableName: LIMITS_TABLE, schemaName: db.schemaName || undefined }
      return {
        // One limiter per instance creates the table and deletes expired rows every 5 minutes.
        ready: once(
          () =>
            new Promise<void>((resolve, reject) => {
              new RateLimiterPostgres({ ...base, keyPrefix: 'setup', points: 1, duration: 1, clearExpiredByTimeout: true }, (err?: Error) => (err ? reject(err) : resolve()))
            }),
        ),
        create: (p) => new RateLimiterPostgres({ ...base, ...p, tableCreated: true, clearExpiredByTimeout: false }),
      }
    }
    case 'mongoose': {
      // MongoDB removes expired counters itself (TTL index on `expire`).
      const base = { storeClient: db.connection, tableName: LIMITS_TABLE, disableIndexesCreation: true }
      return {
        ready: once(() => new RateLimiterMongo({ ...base, keyPrefix: 'setup', points: 1, duration: 1 }).createIndexes()),
        create: (p) => new RateLimiterMongo({ ...base, ...p }),
      }
    }
    case 'sqlite':
      return {
        ready: once(async () => {
          await createSqliteTable(payload, LIMITS_TABLE)
          const sweep = setInterval(() => void clearExpiredSqlite(payload, LIMITS_TABLE, Date.now() - KEEP_EXPIRED_MS).catch(() => undefined), CLEANUP_EVERY_MS)
          sweep.unref()
        }),
        create: (p) => new RateLimiterPayloadSQLite({ payload, tableName: LIMITS_TABLE, ...p }),
      }
    default:
      throw new Error(`rate limits: unsupported database adapter "${db.name}"`)
  }
}

const backends = new WeakMap<Payload, Backend>()
const limiters = new WeakMap<object, Map<string, SharedLimiter>>()
/** Stands in for "no Payload instance" in the cache. */
const NO_PAYLOAD = {}
const lastWarning = new Map<string, number>()

function warn(name: string, err: unknown): void {
  const now = Date.now()
  if (now - (lastWarning.get(name) ?? 0) < 60_000) return
  lastWarning.set(name, now)
  const reason = err instanceof Error ? err.message : String(err)
  console.warn(`[limits] giới hạn "${name}": cơ sở dữ liệu không trả lời (${reason}); tạm đếm trong bộ nhớ của tiến trình này.`)
}

function toResult(res: LimiterRes, allowed: boolean, max: number): RateLimitResult {
  const wait = Math.max(0, res.msBeforeNext)
  return {
    allowed,
    limit: max,
    remaining: allowed ? Math.max(0, res.remainingPoints) : 0,
    resetAt: Date.now() + wait,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(wait / 1000)),
  }
}

/** Returns the keyed hash stored in place of `key`. */
export function limitKey(secret: string, name: string, key: string): string {
  return createHmac('sha256', secret).update(`${name}\u0000${key}`).digest('base64url').slice(0, 32)
}

async function consume(limiter: RateLimiterAbstract, key: string, max: number): Promise<RateLimitResult> {
  try {
    return toResult(await limiter.consume(key), true, max)
  } catch (err) {
    if (err instanceof RateLimiterRes) return toResult(err, false, max)
    throw err
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

function build(payload: Payload | null, { name, max, windowMs, timeoutMs = 2000 }: SharedLimitOptions): SharedLimiter {
  if (!/^[a-z0-9-]{1,40}$/.test(name)) throw new RangeError('name must be 1-40 of a-z, 0-9, -')
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a positive integer')
  if (!Number.isInteger(windowMs) || windowMs < 1000) throw new RangeError('windowMs must be a whole number of ms, at least 1000')
  const shape = { keyPrefix: name, points: max, duration: Math.ceil(windowMs / 1000) }
  const memory = new RateLimiterMemory(shape)
  if (!payload) return { name, max, windowMs, check: (key) => consume(memory, key, max) }

  let backend = backends.get(payload)
  if (!backend) backends.set(payload, (backend = backendFor(payload)))
  const store = backend.create(shape)
  const ready = backend.ready
  return {
    name,
    max,
    windowMs,
    async check(key) {
      const hashed = limitKey(payload.secret, name, key)
      try {
        return await withTimeout(
          ready().then(() => consume(store, hashed, max)),
          timeoutMs,
        )
      } catch (err) {
        warn(name, err)
        return consume(memory, hashed, max).catch(() => toResult(new RateLimiterRes(max, 0, 0), true, max))
      }
    },
  }
}

/**
 * Returns the limiter `name` with these settings for this Payload instance (one object per
 * instance and settings, so a changed setting takes effect at once; the counts stay in the
 * database). `payload` null: in-memory only (unit tests).
 */
export function sharedLimiter(payload: Payload | null | undefined, options: SharedLimitOptions): SharedLimiter {
  const owner = payload ?? NO_PAYLOAD
  let byKey = limiters.get(owner)
  if (!byKey) limiters.set(owner, (byKey = new Map()))
  const id = `${options.name}|${options.max}|${options.windowMs}|${options.timeoutMs ?? ''}`
  let limiter = byKey.get(id)
  if (!limiter) byKey.set(id, (limiter = build(payload ?? null, options)))
  return limiter
}
