/**
 * The afterChange hooks that announce follow events, in the transaction of the change (they pass
 * the save's `req` to the job queue): the change commits with its `followNotifications` job or
 * neither does; the job writes one outbox row per follower (./fan-out.ts). Time-bound events (a
 * draft opening or closing at a future hour) are queued with `waitUntil` and checked again when
 * they run. Switched off, like every notification, by the context flag `notificationsOff` and
 * in the seed's own saves.
 */
import type { CollectionAfterChangeHook, PayloadRequest, RequestContext } from 'payload'

import { FANOUT_QUEUE, NOTIFICATIONS_OFF } from '../notifications/outbox'
import type { DraftEvent } from './targets'

const off = (context: RequestContext) => Boolean(context[NOTIFICATIONS_OFF] || context.seed)
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null)

async function queue(req: PayloadRequest, input: { source: 'document' | 'draft'; id: string; event?: DraftEvent; at?: string }, waitUntil?: Date): Promise<void> {
  await req.payload.jobs.queue({
    task: 'followNotifications',
    input: { event: '', at: '', ...input },
    queue: FANOUT_QUEUE,
    req,
    ...(waitUntil && waitUntil.getTime() > Date.now() ? { waitUntil } : {}),
  })
}

/** Legal documents: a document published for the first time tells the followers of what it amends, replaces… and of its field, issuer, type and matching searches. */
export const queueDocumentFollow: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (off(context) || doc.workflowState !== 'published' || doc._status === 'draft' || previousDoc?.workflowState === 'published') return doc
  await queue(req, { source: 'document', id: String(doc.id) })
  return doc
}

/** Drafts: opened, closed (at their own hours) and report published, whenever a published draft's date is new or changed. */
export const queueDraftFollow: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (off(context) || doc._status !== 'published') return doc
  const wasPublished = previousDoc?._status === 'published'
  const dates: [DraftEvent, string | null, string | null][] = [
    ['opened', iso(doc.opensAt), iso(previousDoc?.opensAt)],
    ['closed', iso(doc.closesAt), iso(previousDoc?.closesAt)],
    ['report', iso(doc.report?.publishedAt), iso(previousDoc?.report?.publishedAt)],
  ]
  for (const [event, at, before] of dates) {
    if (!at || (wasPublished && at === before)) continue
    await queue(req, { source: 'draft', id: String(doc.id), event, at }, new Date(at))
  }
  return doc
}

/** Draft versions: a version after the first tells the draft's followers. */
export const queueDraftVersionFollow: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (off(context) || operation !== 'create' || !(doc.number > 1)) return doc
  const draft = doc.draft && typeof doc.draft === 'object' ? doc.draft.id : doc.draft
  await queue(req, { source: 'draft', id: String(draft), event: 'version', at: String(doc.number) })
  return doc
}
