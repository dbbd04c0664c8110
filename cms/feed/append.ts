import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { emitContentChange } from '../hooks/contentEvents'
import { CHANGE_FEED_SLUG } from './collections'

export type FeedOperation = 'create' | 'update' | 'delete'

/** Any integer: the PostgreSQL advisory lock that orders the feed (pg_advisory_xact_lock). */
const PG_FEED_LOCK = 43_032_011

type SqlDb = { execute: (query: unknown) => Promise<unknown> }

async function transactionDb(req: PayloadRequest): Promise<SqlDb | null> {
  const db = req.payload.db as unknown as { sessions?: Record<string, { db?: SqlDb }>; drizzle?: SqlDb }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || null
}

/**
 * On PostgreSQL, takes the feed's lock for the rest of the transaction. Sequence numbers are
 * then given in commit order: a process that has read entry n has seen every change before it.
 * Taken as the operation starts (before any row is locked), so two writers never wait for each
 * other in opposite orders. SQLite transactions already take turns (cms/sqlite-writes.ts).
 */
export async function lockFeed(req: PayloadRequest): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  const db = await transactionDb(req)
  if (!db) return
  const { sql } = await import('@payloadcms/db-postgres')
  await db.execute(sql`SELECT pg_advisory_xact_lock(${PG_FEED_LOCK})`)
}

/** The next sequence number, inside the change's transaction. */
async function nextSeq(req: PayloadRequest): Promise<number> {
  const payload = req.payload
  if (payload.db.name === 'mongoose') {
    // MongoDB: a counter outside the transaction. Numbers are unique but may commit out of order
    // or be skipped by an aborted transaction: the tailer waits briefly for a missing number.
    const connection = (payload.db as unknown as { connection: { collection: (name: string) => { findOneAndUpdate: (...args: unknown[]) => Promise<unknown> } } }).connection
    const result = (await connection.collection('change_feed_counter').findOneAndUpdate({ _id: 'seq' }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after' })) as { value?: number } | { value?: { value?: number } } | null
    const value = (result as { value?: unknown })?.value
    return typeof value === 'number' ? value : Number((value as { value?: number })?.value)
  }
  await lockFeed(req)
  const last = await payload.find({ collection: CHANGE_FEED_SLUG as never, sort: '-seq', limit: 1, depth: 0, pagination: false, select: { seq: true } as never, overrideAccess: true, req })
  return (((last.docs[0] as { seq?: number } | undefined)?.seq ?? 0) as number) + 1
}

/**
 * Appends a change to the feed in the request's transaction (it commits or fails with the
 * change). This process is also told at once, as a hint: a withdrawn text leaves its search
 * results before the commit; what listeners read back is settled when the feed announces the
 * committed change (to every process, this one included).
 */
export async function appendChange(req: PayloadRequest, source: string, docId: string | number, operation: FeedOperation): Promise<void> {
  const seq = await nextSeq(req)
  await req.payload.create({
    collection: CHANGE_FEED_SLUG as never,
    data: { seq, source, docId: String(docId), operation } as never,
    overrideAccess: true,
    req,
    context: { feed: true },
  })
  emitContentChange({ collection: source, id: docId, operation })
}

/** beforeOperation hook of fed collections: the feed's lock before any row is written (PostgreSQL). */
export const lockFeedBeforeWrite: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'delete' || operation === 'restoreVersion') await lockFeed(req)
  return args
}

/** Should a change of this document reach the feed? (Comments: only once the public can see them.) */
export type FeedFilter = (doc: Record<string, unknown>, previousDoc: Record<string, unknown> | undefined) => boolean

/** afterChange hook: records the change in the feed. */
export function announceChangeHook(filter?: FeedFilter): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, collection, operation, req }) => {
    if (!filter || filter(doc, previousDoc)) await appendChange(req, collection.slug, doc.id, operation)
    return doc
  }
}

/** afterDelete hook: records the deletion in the feed. */
export function announceDeleteHook(filter?: FeedFilter): CollectionAfterDeleteHook {
  return async ({ doc, collection, req }) => {
    if (!filter || filter(doc, undefined)) await appendChange(req, collection.slug, doc.id, 'delete')
    return doc
  }
}
