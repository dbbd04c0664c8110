/**
 * The notification outbox and its delivery, exactly once as far as the database can tell:
 *
 * - a change that calls for a message writes the outbox row and queues its job in the change's own
 *   transaction (`enqueueNotification` with the hook's `req`): both commit with the change or
 *   neither does, and a key per (item, event) that already has a row queues nothing;
 * - the job claims the row in a short transaction of its own (queued → sending, with the time; on
 *   PostgreSQL under a per-row advisory lock, on SQLite transactions take turns), sends outside
 *   any transaction, then marks it sent. A row already sent is never sent again; one claimed by a
 *   runner that died is taken over once its lease has passed (the job itself is put back in the
 *   queue by `releaseStuckJobs`, cms/jobs/index.ts);
 * - a failed SMTP exchange puts the row back to queued and fails the job, which Payload's queue
 *   retries with exponential backoff; after the last attempt the row is marked failed.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { NOTIFICATIONS_SLUG, type NotificationKind } from '../collections/Notifications'
import { composeNotification, type OutboxRow } from './compose'

/** The job queue notifications run on (its own, so a report sent to thousands never delays scheduled publishing). */
export const NOTIFICATION_QUEUE = 'notifications'

/**
 * The queue of follow fan-outs (one event → a row per follower). Not the delivery queue: Payload
 * runs a queue's next batch only when the previous run has ended, so a fan-out to 10,000 followers
 * (minutes on SQLite) on the delivery queue held back every message, its own included, until it
 * finished. On a queue of its own, messages go out while the fan-out is still writing rows.
 */
export const FANOUT_QUEUE = 'notification-fanout'

/** The request-context flag that turns notifications off for a save (seeds, imports, an unsubscribe itself). */
export const NOTIFICATIONS_OFF = 'notificationsOff'

/** How long a claim (and a job marked as running) holds before another runner may take it over: NOTIFY_LEASE_MS, 5 minutes by default. */
export function leaseMs(): number {
  const n = Number.parseInt(process.env.NOTIFY_LEASE_MS ?? '', 10)
  return Number.isInteger(n) && n > 0 ? n : 5 * 60_000
}

/** A notification to queue: its key (item and event), what it is about, and when it may go out. */
export interface NotificationInput {
  key: string
  kind: NotificationKind
  event: string
  eventAt?: string | null
  comment?: number | string | null
  draft?: number | string | null
  question?: number | string | null
  user?: number | string | null
  subscription?: number | string | null
  document?: number | string | null
  source?: number | string | null
  /** `held`: a daily subscriber's event, gathered by the digest (no job of its own). */
  state?: 'queued' | 'held'
  /** Not before this instant (a report published from a future date). */
  waitUntil?: Date | null
}

/** Returns a relationship id as the adapter stores it (job inputs carry ids as text). */
function relId(payload: Payload, id: number | string | null | undefined): number | string | null {
  if (id === null || id === undefined || id === '') return null
  return payload.db.defaultIDType === 'number' && /^\d+$/.test(String(id)) ? Number(id) : id
}

/** Writes the outbox row and queues its job in `req`'s transaction; returns false when the key already has a row. */
export async function enqueueNotification(req: PayloadRequest, input: NotificationInput): Promise<boolean> {
  const { waitUntil, state = 'queued', ...rest } = input
  const data = {
    ...rest,
    comment: relId(req.payload, rest.comment),
    draft: relId(req.payload, rest.draft),
    question: relId(req.payload, rest.question),
    user: relId(req.payload, rest.user),
    subscription: relId(req.payload, rest.subscription),
    document: relId(req.payload, rest.document),
    source: relId(req.payload, rest.source),
  }
  const existing = await req.payload.count({ collection: NOTIFICATIONS_SLUG, where: { key: { equals: input.key } }, overrideAccess: true, req })
  if (existing.totalDocs > 0) return false
  const row = await req.payload.create({ collection: NOTIFICATIONS_SLUG, data: { ...data, state, attempts: 0 } as never, overrideAccess: true, depth: 0, req, select: { key: true } })
  if (state === 'held') return true
  await req.payload.jobs.queue({
    task: 'sendNotification',
    input: { id: String(row.id) },
    queue: NOTIFICATION_QUEUE,
    req,
    ...(waitUntil && waitUntil.getTime() > Date.now() ? { waitUntil } : {}),
  })
  return true
}

const isUniqueViolation = (err: unknown) => /unique|duplicate|E11000/i.test(`${(err as Error)?.message ?? ''} ${JSON.stringify((err as { data?: unknown })?.data ?? '')}`)

/** Queues a notification in a transaction of its own (jobs that fan out); a key taken meanwhile by another runner is not an error. */
export async function enqueueAlone(payload: Payload, input: NotificationInput): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  const began = await initTransaction(req)
  try {
    const queued = await enqueueNotification(req, input)
    if (began) await commitTransaction(req)
    return queued
  } catch (err) {
    if (began) await killTransaction(req)
    if (isUniqueViolation(err)) return false
    throw err
  }
}

/** Lets pending I/O (readers' requests) run before the next row. */
const yieldToReaders = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Queues many notifications in transactions of their own, `batch` rows to a transaction (a
 * fan-out to thousands of followers); a batch refused because another runner took a key
 * meanwhile is done again row by row. Returns how many were queued.
 */
export async function enqueueMany(payload: Payload, inputs: NotificationInput[], batch = 200): Promise<number> {
  let queued = 0
  for (let i = 0; i < inputs.length; i += batch) {
    const slice = inputs.slice(i, i + batch)
    const req = await createLocalReq({}, payload)
    const began = await initTransaction(req)
    try {
      let n = 0
      for (const input of slice) {
        if (await enqueueNotification(req, input)) n++
        // SQLite statements run synchronously and resolve at once: without a turn of the event
        // loop between rows, a fan-out to thousands starves every reader until it ends.
        await yieldToReaders()
      }
      if (began) await commitTransaction(req)
      queued += n
    } catch (err) {
      if (began) await killTransaction(req)
      if (!isUniqueViolation(err)) throw err
      for (const input of slice) if (await enqueueAlone(payload, input)) queued++
    }
  }
  return queued
}

/** Any integer: the class of the PostgreSQL advisory locks that serialise claims of one outbox row. */
const PG_CLAIM_LOCK = 43_032_017

async function lockRow(req: PayloadRequest, id: number | string): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  const db = req.payload.db as unknown as { sessions?: Record<string, { db?: { execute: (q: unknown) => Promise<unknown> } }> }
  const tx = req.transactionID ? await req.transactionID : undefined
  const session = tx !== undefined ? db.sessions?.[String(tx)]?.db : undefined
  if (!session) return
  const { sql } = await import('@payloadcms/db-postgres')
  await session.execute(sql`SELECT pg_advisory_xact_lock(${PG_CLAIM_LOCK}, ${Number(id) | 0})`)
}

type Row = OutboxRow & { state?: string | null; claimedAt?: string | null; attempts?: number | null }

/** What a claim found: the row is now ours, was finished already, is being sent by a live runner, or does not exist. */
export type Claim = { claimed: Row } | { done: true } | { busy: true } | { missing: true }

/** Claims a row for sending (queued → sending), in a transaction of its own. */
export async function claimNotification(payload: Payload, id: number | string, now: Date = new Date()): Promise<Claim> {
  const req = await createLocalReq({}, payload)
  const began = await initTransaction(req)
  try {
    await lockRow(req, id)
    const row = (await payload.findByID({ collection: NOTIFICATIONS_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Row | null
    let result: Claim
    if (!row) result = { missing: true }
    else if (row.state === 'sent' || row.state === 'skipped' || row.state === 'failed') result = { done: true }
    else if (row.state === 'sending' && row.claimedAt && new Date(row.claimedAt).getTime() > now.getTime() - leaseMs()) result = { busy: true }
    else {
      await payload.update({ collection: NOTIFICATIONS_SLUG, id, data: { state: 'sending', claimedAt: now.toISOString(), attempts: (row.attempts ?? 0) + 1 } as never, overrideAccess: true, depth: 0, req })
      result = { claimed: row }
    }
    if (began) await commitTransaction(req)
    return result
  } catch (err) {
    if (began) await killTransaction(req)
    throw err
  }
}

async function finish(payload: Payload, id: number | string, data: Record<string, unknown>): Promise<void> {
  await payload.update({ collection: NOTIFICATIONS_SLUG, id, data: data as never, overrideAccess: true, depth: 0 })
}

/** An SMTP error as it may be stored: without the addresses a server's reply often quotes. */
function errorNote(err: unknown): string {
  const text = String((err as Error)?.message ?? err).replace(/[^\s<>"']+@[^\s<>"']+/g, '…@…')
  return `Lỗi lần gửi gần nhất: ${text}`.slice(0, 500)
}

/** What became of one delivery. */
export type Delivery = 'sent' | 'skipped' | 'done' | 'missing'

/**
 * Sends the mail of one outbox row (the job's work). Throws when it should be tried again later:
 * the SMTP server refused or could not be reached, or another runner holds the row right now.
 */
export async function deliverNotification(payload: Payload, id: number | string, options: { lastAttempt?: boolean } = {}): Promise<Delivery> {
  const claim = await claimNotification(payload, id)
  if ('missing' in claim) return 'missing'
  if ('done' in claim) return 'done'
  if ('busy' in claim) throw new Error(`Thư thông báo ${id} đang được một tiến trình khác gửi; thử lại sau.`)
  const composed = await composeNotification(payload, claim.claimed).catch(async (err: unknown) => {
    await finish(payload, id, { state: 'queued', note: errorNote(err) })
    throw err
  })
  if ('skip' in composed) {
    await finish(payload, id, { state: 'skipped', note: composed.skip })
    return 'skipped'
  }
  const { to, subject, text, html, headers, messageId } = composed.send
  try {
    await payload.sendEmail({ to, subject, text, html, headers, messageId })
  } catch (err) {
    await finish(payload, id, { state: options.lastAttempt ? 'failed' : 'queued', note: errorNote(err) })
    throw err
  }
  await finish(payload, id, { state: 'sent', sentAt: new Date().toISOString(), note: null })
  return 'sent'
}
