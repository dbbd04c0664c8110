/**
 * From one event to one outbox row per follower (issue #17 part 2). The change that causes the
 * event (a document published, a draft opened or closed, a new version, a report) queues, in its
 * own transaction, one `followNotifications` job (cms/follow/hooks.ts); the job reads the item as
 * stored, finds the confirmed followers and writes one row per address and event, in batches of
 * their own transactions. The row's key names the event and the address (by an HMAC), so a job
 * run twice — a retry, a crash midway, two instances — queues nothing twice and loses nothing:
 * what the first run did not write, the second writes. An address that follows the event through
 * an immediate subscription gets a message of its own (state `queued`, with its job); one that
 * follows it only daily gets a `held` row, gathered into the next digest (./digest.ts).
 */
import type { Payload, Where } from 'payload'

import type { LegalDocument, Subscription } from '../payload-types'
import { enqueueMany, type NotificationInput } from '../notifications/outbox'
import { DOCUMENT_EVENTS, type DraftEvent, matchesQuery } from './targets'
import { addressKey } from './tokens'

type Id = number | string
const PAGE = 1000
const idOf = (ref: unknown): Id | null => (ref && typeof ref === 'object' ? (ref as { id: Id }).id : ((ref as Id | null | undefined) ?? null))

/** One event and who follows it. */
interface FollowEvent {
  /** Names the occurrence: `doc:12:amended:40`, `new:40`, `draft:7:closed:2026-12-31T…`. */
  key: string
  event: string
  eventAt: string
  document?: Id | null
  source?: Id | null
  draft?: Id | null
  /** Which subscriptions follow it. */
  where: Where
  /** A further test of each subscription (a followed search). */
  test?: (s: Subscription) => boolean
}

const active: Where[] = [{ confirmed: { equals: true } }, { stopped: { not_equals: true } }]

/** Returns every active subscription matching `where`, page by page, with only what the fan-out needs. */
async function followers(payload: Payload, where: Where): Promise<Subscription[]> {
  const all: Subscription[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'subscriptions',
      where: { and: [...active, where] },
      sort: 'id',
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: true,
      select: { email: true, frequency: true, query: true },
    })
    all.push(...(docs as Subscription[]))
    if (!hasNextPage) break
  }
  return all
}

/** Writes one row per (event, address); returns how many were queued. */
async function fanOut(payload: Payload, events: FollowEvent[]): Promise<number> {
  const rows: NotificationInput[] = []
  for (const e of events) {
    // One message per address and event: an immediate subscription wins over a daily one.
    const byAddress = new Map<string, Subscription>()
    for (const s of await followers(payload, e.where)) {
      if (e.test && !e.test(s)) continue
      const address = s.email.toLowerCase()
      const seen = byAddress.get(address)
      if (!seen || (seen.frequency === 'daily' && s.frequency !== 'daily')) byAddress.set(address, s)
    }
    for (const [address, s] of byAddress) {
      rows.push({
        key: `follow:${e.key}:${addressKey(payload.secret, address)}`,
        kind: 'follow',
        event: e.event,
        eventAt: e.eventAt,
        subscription: s.id,
        document: e.document ?? null,
        source: e.source ?? null,
        draft: e.draft ?? null,
        state: s.frequency === 'daily' ? 'held' : 'queued',
      })
    }
  }
  return enqueueMany(payload, rows)
}

/** Returns the events a published document causes: each followed document it amends, replaces, repeals, suspends or consolidates, and «a new document» for its field, issuer, type and matching searches. */
export function documentEvents(doc: Pick<LegalDocument, 'id' | 'relations' | 'fields' | 'issuer' | 'documentType' | 'numberSymbol' | 'summary' | 'publishedAt'>): FollowEvent[] {
  const at = new Date(doc.publishedAt ?? Date.now()).toISOString()
  const events: FollowEvent[] = []
  for (const r of doc.relations ?? []) {
    const effect = DOCUMENT_EVENTS[r.type as keyof typeof DOCUMENT_EVENTS]
    const target = idOf(r.target)
    if (!effect || target == null || String(target) === String(doc.id)) continue
    const key = `doc:${target}:${effect.event}:${doc.id}`
    if (events.some((e) => e.key === key)) continue
    events.push({ key, event: effect.event, eventAt: at, document: target, source: doc.id, where: { and: [{ target: { equals: 'document' } }, { document: { equals: target } }] } })
  }
  const fields = (doc.fields ?? []).map(idOf).filter((f): f is Id => f != null)
  const or: Where[] = [
    { and: [{ target: { equals: 'issuer' } }, { issuer: { equals: idOf(doc.issuer) } }] },
    { and: [{ target: { equals: 'documentType' } }, { documentType: { equals: idOf(doc.documentType) } }] },
  ]
  if (fields.length) or.push({ and: [{ target: { equals: 'field' } }, { field: { in: fields } }] })
  events.push({ key: `new:${doc.id}`, event: 'newDocument', eventAt: at, document: doc.id, where: { or } })
  events.push({ key: `new:${doc.id}`, event: 'newDocument', eventAt: at, document: doc.id, where: { target: { equals: 'search' } }, test: (s) => matchesQuery(s.query ?? '', doc) })
  return events
}

/** Queues the alerts of a document just published; 0 when it is not (or no longer) published. */
export async function fanOutDocument(payload: Payload, id: Id): Promise<number> {
  const doc = (await payload.findByID({ collection: 'legal-documents', id, depth: 0, overrideAccess: true, disableErrors: true, draft: false })) as LegalDocument | null
  if (!doc || doc.workflowState !== 'published') return 0
  return fanOut(payload, documentEvents(doc))
}

/** Returns the stored date of a draft event (`at` is the version's number for «version»), or null when the draft no longer says so. */
async function draftEventHolds(payload: Payload, id: Id, event: DraftEvent, at: string, now: Date): Promise<boolean> {
  const draft = await payload.findByID({ collection: 'drafts', id, depth: 0, overrideAccess: true, disableErrors: true, draft: false, select: { _status: true, opensAt: true, closesAt: true, report: true } })
  if (!draft || draft._status !== 'published') return false
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null)
  if (event === 'version') return true
  const stored = event === 'opened' ? iso(draft.opensAt) : event === 'closed' ? iso(draft.closesAt) : iso(draft.report?.publishedAt)
  return stored === at && new Date(at).getTime() <= now.getTime() + 1000
}

/** Queues the alerts of a draft event (opened also reaches those who follow every new draft); 0 when it no longer holds. */
export async function fanOutDraft(payload: Payload, id: Id, event: DraftEvent, at: string, now: Date = new Date()): Promise<number> {
  if (!(await draftEventHolds(payload, id, event, at, now))) return 0
  const followed: Where = { and: [{ target: { equals: 'draft' } }, { draft: { equals: id } }] }
  const where: Where = event === 'opened' ? { or: [followed, { target: { equals: 'allDrafts' } }] } : followed
  const eventAt = event === 'version' ? now.toISOString() : at
  return fanOut(payload, [{ key: `draft:${id}:${event}:${at}`, event: `draft:${event}`, eventAt, draft: id, where }])
}
