/**
 * What the server derives when the submitComment command creates a comment (a collection
 * beforeChange hook): the tracking number of the year, the pending state, the consent time and
 * the keys for refusing an exact resubmission and for grouping near-identical comments. The
 * fields it fills refuse a client's value on create (field rules), so none can be forged.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { madeBy } from '../access'
import { VN_OFFSET_MS } from '../../lib/dates'
import { nextTrackingNumber } from './sequence'
import { exactKey, simhash64 } from './similarity'

/** The request context key carrying the submission time (the command's clock, for tests and the receipt). */
export const SUBMITTED_AT = 'submittedAt'

/** Returns the duplicate key of a comment: same person, same draft, same article, same words. */
export function commentExactKey(c: { body: string; draft: unknown; email: string; article?: string | null }): string {
  return exactKey(c.body, `${String(c.draft)}|${c.email}|${c.article ?? ''}`)
}

/** Returns the year a tracking number belongs to: the Vietnamese calendar year of the submission. */
export function trackingYear(now: Date): number {
  return new Date(now.getTime() + VN_OFFSET_MS).getUTCFullYear()
}

export const stampSubmission: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create' || !madeBy(context, 'submitComment')) return data
  const now = context[SUBMITTED_AT] instanceof Date ? (context[SUBMITTED_AT] as Date) : new Date()
  const at = now.toISOString()
  const tracking = await nextTrackingNumber(req.payload, trackingYear(now))
  const body = String(data.body ?? '')
  return {
    ...data,
    trackingCode: tracking.code,
    trackingYear: tracking.year,
    trackingSequence: tracking.sequence,
    status: 'pending',
    consentAt: at,
    exactKey: commentExactKey({ body, draft: data.draft, email: String(data.email ?? ''), article: data.article }),
    simhash: simhash64(body),
    createdAt: at,
    updatedAt: at,
  }
}
