/**
 * The afterChange hooks that queue notifications in the transaction of the change (they pass the
 * save's `req`): a comment published, hidden or answered (to a commenter who opted in), a
 * question answered, published or declined (to its asker), a draft's report published (a fan-out
 * job finds the commenters who opted in). Switched off by the request context flag
 * `notificationsOff` (scripts, the unsubscribe itself) and in the seed's own saves.
 */
import type { CollectionAfterChangeHook, RequestContext } from 'payload'

import { commentEvents, eventKey, questionEvents } from './events'
import { enqueueNotification, NOTIFICATION_QUEUE, NOTIFICATIONS_OFF } from './outbox'

const off = (context: RequestContext) => Boolean(context[NOTIFICATIONS_OFF] || context.seed)
const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string | null | undefined))

/** Comments: tells a commenter who opted in that their comment was published, hidden or answered. */
export const queueCommentNotifications: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || off(context) || !doc.notify || !doc.email) return doc
  for (const e of commentEvents(previousDoc, doc)) {
    await enqueueNotification(req, { key: eventKey('comment', doc.id, e), kind: 'comment', event: e.event, eventAt: e.at, comment: doc.id, draft: idOf(doc.draft) })
  }
  return doc
}

/** Questions: tells the asker that their question was answered, published or declined. */
export const queueQuestionNotifications: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || off(context) || doc.notify === false || !doc.email) return doc
  for (const e of questionEvents(previousDoc, doc)) {
    await enqueueNotification(req, { key: eventKey('question', doc.id, e), kind: 'question', event: e.event, eventAt: e.at, question: doc.id })
  }
  return doc
}

/**
 * Drafts: when a draft's report is published (or its date changes), queues the job that writes
 * one notification per commenter address, not before the report's own date. A draft can have
 * thousands of comments: the save itself only queues that job.
 */
export const queueReportNotifications: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const at = doc.report?.publishedAt
  if (off(context) || doc._status !== 'published' || !at) return doc
  const iso = new Date(at).toISOString()
  const before = previousDoc?.report?.publishedAt
  if (previousDoc?._status === 'published' && before && new Date(before).toISOString() === iso) return doc
  const waitUntil = new Date(iso)
  await req.payload.jobs.queue({
    task: 'reportNotifications',
    input: { draft: String(doc.id), publishedAt: iso },
    queue: NOTIFICATION_QUEUE,
    req,
    ...(waitUntil.getTime() > Date.now() ? { waitUntil } : {}),
  })
  return doc
}
