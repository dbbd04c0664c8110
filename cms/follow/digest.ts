/**
 * The daily digest of a person who follows things «once a day» (issue #17 part 2): every `held`
 * row of one address becomes part of one `followDigest` message, in one transaction (the digest
 * row, its job, and the held rows marked `digested` pointing at it) — a crash leaves either all
 * of it or none, and a second run the same day writes no second digest (key per address and day).
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Notification, Subscription } from '../payload-types'
import { NOTIFICATIONS_SLUG } from '../collections/Notifications'
import { vnDayKey } from '../lib/dates'
import { enqueueNotification } from '../notifications/outbox'
import { addressKey } from './tokens'

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string))

/** Gathers the held rows into one digest per address; returns how many digests were queued. */
export async function queueFollowDigests(payload: Payload, now: Date = new Date()): Promise<number> {
  const day = vnDayKey(now)
  const { docs } = await payload.find({ collection: NOTIFICATIONS_SLUG, where: { and: [{ kind: { equals: 'follow' } }, { state: { equals: 'held' } }] }, pagination: false, depth: 0, overrideAccess: true, select: { subscription: true } })
  if (!docs.length) return 0
  const subIds = [...new Set(docs.map((d) => String(idOf(d.subscription))))]
  const subs = new Map<string, Subscription>()
  for (let i = 0; i < subIds.length; i += 500) {
    const found = await payload.find({ collection: 'subscriptions', where: { id: { in: subIds.slice(i, i + 500) } }, pagination: false, depth: 0, overrideAccess: true, select: { email: true } })
    for (const s of found.docs as Subscription[]) subs.set(String(s.id), s)
  }
  const byAddress = new Map<string, { sub: string; rows: (number | string)[] }>()
  for (const d of docs as Notification[]) {
    const sub = subs.get(String(idOf(d.subscription)))
    // A subscription deleted meanwhile: its rows are marked skipped below (address '').
    const address = sub?.email.toLowerCase() ?? ''
    const entry = byAddress.get(address) ?? { sub: String(idOf(d.subscription)), rows: [] }
    entry.rows.push(d.id)
    byAddress.set(address, entry)
  }
  let queued = 0
  for (const [address, { sub, rows }] of byAddress) {
    const req = await createLocalReq({}, payload)
    const began = await initTransaction(req)
    try {
      let digestId: number | string | null = null
      if (address) {
        const key = `followdigest:${addressKey(payload.secret, address)}:${day}`
        if (await enqueueNotification(req, { key, kind: 'followDigest', event: 'digest', eventAt: now.toISOString(), subscription: sub })) {
          const made = await payload.find({ collection: NOTIFICATIONS_SLUG, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req, select: { key: true } })
          digestId = made.docs[0]?.id ?? null
          queued++
        } else {
          // Today's digest of this address has gone already: these wait for tomorrow's.
          if (began) await commitTransaction(req)
          continue
        }
      }
      await payload.update({
        collection: NOTIFICATIONS_SLUG,
        where: { id: { in: rows } },
        data: (digestId != null ? { state: 'digested', digest: digestId } : { state: 'skipped', note: 'Không còn đăng ký theo dõi.' }) as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
      if (began) await commitTransaction(req)
    } catch (err) {
      if (began) await killTransaction(req)
      throw err
    }
  }
  return queued
}
