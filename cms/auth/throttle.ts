import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type CollectionConfig, type Payload, type PayloadRequest } from 'payload'

import { nobody } from '../access/policy'
import { sharedLimiter } from '../limits'

export const LOGIN_ATTEMPTS_SLUG = 'login-attempts'

/**
 * Sign-in throttling kept in the database (so every instance enforces one limit and a restart
 * does not reset it). Two counters:
 * - per (account, address): after PAIR_FREE failures in a row the pair waits, doubling from
 *   30 s up to 15 minutes. Only that pair waits: an attacker elsewhere cannot lock staff out.
 * - per address: at most IP_LIMIT attempts per IP_WINDOW, whatever the accounts (no spraying).
 *   Counted by one atomic statement in the shared rate-limit table (cms/limits/): a read-then-write
 *   of a collection row lets attempts sent at once (to one or several instances) all read the
 *   same count, so a burst was counted as one attempt.
 * The answer is the same whether or not the account exists.
 */
export const PAIR_FREE = 5
const PAIR_BASE_MS = 30_000
const PAIR_MAX_MS = 15 * 60_000
export const IP_LIMIT = 30
const IP_WINDOW_MS = 5 * 60_000

/** Header the one-origin server sets to the caller's address (incoming copies are replaced). */
export const CLIENT_IP_HEADER = 'x-portal-client-ip'

export const LoginAttempts: CollectionConfig = {
  slug: LOGIN_ATTEMPTS_SLUG,
  labels: { singular: 'Lượt đăng nhập', plural: 'Lượt đăng nhập' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'windowStart', type: 'date', required: true },
    { name: 'blockedUntil', type: 'date', index: true },
  ],
}

interface Counter {
  id: number | string
  key: string
  count: number
  windowStart: string
  blockedUntil?: string | null
}

function clientAddress(req: PayloadRequest): string {
  return req.headers?.get(CLIENT_IP_HEADER)?.trim() || 'unknown'
}

async function counter(payload: Payload, key: string): Promise<Counter | null> {
  const { docs } = await payload.find({ collection: LOGIN_ATTEMPTS_SLUG as never, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  return (docs[0] as unknown as Counter) ?? null
}

/** Writes outside the sign-in's own transaction: a failed sign-in rolls that back, the count must stay. */
async function save(payload: Payload, existing: Counter | null, data: Omit<Counter, 'id'>): Promise<void> {
  try {
    if (existing) await payload.update({ collection: LOGIN_ATTEMPTS_SLUG as never, id: existing.id, data: data as never, overrideAccess: true })
    else await payload.create({ collection: LOGIN_ATTEMPTS_SLUG as never, data: data as never, overrideAccess: true })
  } catch {
    // Two attempts at once may both create the row; the next attempt counts on it.
  }
}

function tooMany(retryAfterMs: number): APIError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)} phút` : `${seconds} giây`
  return new APIError(`Đăng nhập tạm bị chặn do thử quá nhiều lần. Vui lòng thử lại sau ${wait}.`, 429, { retryAfterSeconds: seconds }, true)
}

const pairKey = (email: string, ip: string) => `pair:${email}|${ip}`

/**
 * Before each sign-in or password-reset request: refuses (429) a throttled address or pair, and
 * counts the attempt. A successful sign-in clears its pair (afterLogin below).
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const payload = req.payload
  const now = Date.now()
  const ip = clientAddress(req)
  const ipCheck = await sharedLimiter(payload, { name: 'login-ip', max: IP_LIMIT, windowMs: IP_WINDOW_MS }).check(ip)
  if (!ipCheck.allowed) throw tooMany(ipCheck.retryAfterSeconds * 1000)
  if (operation !== 'login') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').trim().toLowerCase()
  if (!email) return args
  const key = pairKey(email, ip)
  const row = await counter(payload, key)
  if (row?.blockedUntil && Date.parse(row.blockedUntil) > now) throw tooMany(Date.parse(row.blockedUntil) - now)
  // Counted before the check of the password; a success resets it.
  const failures = (row?.count ?? 0) + 1
  const blockedUntil = failures > PAIR_FREE ? new Date(now + Math.min(PAIR_MAX_MS, PAIR_BASE_MS * 2 ** (failures - PAIR_FREE - 1))).toISOString() : null
  await save(payload, row, { key, count: failures, windowStart: new Date(now).toISOString(), blockedUntil })
  return args
}

/** A successful sign-in clears its (account, address) counter. */
export const clearLoginThrottle: CollectionAfterLoginHook = async ({ req, user }) => {
  const key = pairKey(String((user as { email?: string }).email ?? '').toLowerCase(), clientAddress(req))
  const row = await counter(req.payload, key)
  if (row) await req.payload.delete({ collection: LOGIN_ATTEMPTS_SLUG as never, id: row.id, overrideAccess: true }).catch(() => undefined)
  return user
}
