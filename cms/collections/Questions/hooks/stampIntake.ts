import type { CollectionBeforeChangeHook } from 'payload'

import { nextTrackingNumber } from '../../../consultation/comments/sequence'
import { SUBMITTED_AT, trackingYear } from '../../../consultation/comments/stamp-submission'
import { QUESTION_SEQUENCE, questionExactKey } from '../../../questions/codes'
import { answerDueDate } from '../../../questions/deadline'
import { holidayDays } from '../../../questions/holidays'

/**
 * What the server derives when a question arrives: the tracking number of the year, the receipt
 * time, the answer's due day on the current holiday calendar, the consent time and the duplicate
 * key; and a fresh state (received, nothing answered). The fields it fills refuse a client's
 * value (field rules), and it runs for every create, so none can be forged at any door.
 */
export const stampIntake: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data
  const now = context[SUBMITTED_AT] instanceof Date ? (context[SUBMITTED_AT] as Date) : new Date()
  const at = now.toISOString()
  const [tracking, holidays] = await Promise.all([nextTrackingNumber(req.payload, trackingYear(now), QUESTION_SEQUENCE), holidayDays(req.payload, req)])
  return {
    ...data,
    trackingCode: tracking.code,
    trackingYear: tracking.year,
    trackingSequence: tracking.sequence,
    receivedAt: at,
    dueDate: answerDueDate(now, holidays)!.toISOString(),
    consentAt: at,
    exactKey: questionExactKey({ title: String(data.title ?? ''), body: String(data.body ?? ''), email: String(data.email ?? '') }),
    status: 'received',
    answer: null,
    answeredAt: null,
    answeredBy: null,
    publishedAt: null,
    declineReason: null,
    declinedAt: null,
    createdAt: at,
    updatedAt: at,
  }
}
