/**
 * The writers of notifications that are not one save's own: the report's (one message per
 * commenter address that opted in, however many comments it sent) and the staff digest's (one per
 * account per Vietnamese day). Each message is queued in a transaction of its own with a key, so
 * running either twice — a retry, two instances, a restart midway — queues nothing twice.
 */
import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../payload-types'
import { vnDayKey } from '../lib/dates'
import { digestEmpty, digestFor } from './digest'
import { enqueueAlone } from './outbox'

const PAGE = 500

/** Returns how many report notifications were queued for draft `draftId` published from `publishedAt` (ISO); 0 when the draft no longer says so. */
export async function fanOutReport(payload: Payload, draftId: string, publishedAt: string): Promise<number> {
  const draft = await payload.findByID({ collection: 'drafts', id: draftId, depth: 0, overrideAccess: true, disableErrors: true, select: { report: true, _status: true } })
  const at = draft?.report?.publishedAt
  if (!draft || draft._status !== 'published' || !at || new Date(at).toISOString() !== publishedAt) return 0
  // One message per address: the oldest comment that asked for it stands for the others.
  const firstOf = new Map<string, number | string>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'comments',
      where: { and: [{ draft: { equals: draftId } }, { notify: { equals: true } }, { email: { exists: true } }] },
      sort: 'createdAt',
      limit: PAGE,
      page,
      depth: 0,
      select: { email: true },
      overrideAccess: true,
    })
    for (const c of docs) if (c.email && !firstOf.has(c.email)) firstOf.set(c.email, c.id)
    if (!hasNextPage) break
  }
  let queued = 0
  for (const [email, commentId] of firstOf) {
    // The key names the address by an HMAC: the outbox never holds an address.
    const who = createHmac('sha256', payload.secret).update(`notify\u0000${email}`).digest('base64url').slice(0, 22)
    const key = `report:${draftId}:${publishedAt}:${who}`
    if (await enqueueAlone(payload, { key, kind: 'report', event: 'report', eventAt: publishedAt, comment: commentId, draft: draftId })) queued++
  }
  return queued
}

/** Queues today's digest for every account that receives it and has something waiting; returns how many. */
export async function queueDigests(payload: Payload, now: Date = new Date()): Promise<number> {
  const day = vnDayKey(now)
  const { docs } = await payload.find({ collection: 'users', where: { digest: { equals: 'daily' } }, pagination: false, depth: 0, overrideAccess: true })
  let queued = 0
  for (const user of docs as User[]) {
    if (digestEmpty(await digestFor(payload, user, now))) continue
    if (await enqueueAlone(payload, { key: `digest:${user.id}:${day}`, kind: 'digest', event: 'digest', eventAt: now.toISOString(), user: user.id })) queued++
  }
  return queued
}
