import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isIn, moderators } from '../../../access/policy'
import { sanitizeCommentText } from '../../../consultation/comments/sanitize'
import { fieldsInvalid } from '../../../lib/field-errors'
import { isQuestionStatus, MODERATOR_ONLY_MESSAGE, needsModerator, OPEN_STATUSES, type QuestionStatus, transitionProblems } from '../../../questions/states'

/** Fields set when the question arrived (stampIntake): no later save changes them, whatever the door. */
const FROZEN = ['trackingCode', 'trackingYear', 'trackingSequence', 'receivedAt', 'dueDate', 'consentAt', 'exactKey'] as const

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id?: unknown }).id ?? null : ref ?? null)
/** Staff text is stored plain and sanitised like the public's (it is printed on public pages). */
const text = (v: unknown): string | null => (typeof v === 'string' ? sanitizeCommentText(v) || null : null)

/**
 * Enforces the question workflow (cms/questions/states.ts) on every update — admin, REST, Local
 * API with a user, scripts — and stamps what follows from it: who answered and when, when it was
 * published or declined. A refused change is a 400 naming the field in Vietnamese; a change only
 * the publishing group may make is a 403 for anyone else.
 */
export const applyTransition: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation, collection }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from: QuestionStatus = isQuestionStatus(originalDoc.status) ? originalDoc.status : 'received'
  if (data.answer !== undefined) data.answer = text(data.answer)
  if (data.declineReason !== undefined) data.declineReason = text(data.declineReason)
  let to: QuestionStatus = data.status === undefined ? from : data.status
  if (!isQuestionStatus(to)) throw fieldsInvalid(req, collection.slug, [{ path: 'status', message: 'Trạng thái: lựa chọn không hợp lệ.' }])
  const merged = { ...originalDoc, ...data }
  // Naming who answers a question just received is assigning it.
  if (from === 'received' && to === 'received' && (idOf(merged.assignedTo) || idOf(merged.assignedUnit)) && !(idOf(originalDoc.assignedTo) || idOf(originalDoc.assignedUnit))) to = 'assigned'

  const answerChanged = data.answer !== undefined && (data.answer ?? '') !== (originalDoc.answer ?? '')
  if (req.user && needsModerator(from, to, answerChanged) && !isIn(req.user, moderators)) throw new APIError(MODERATOR_ONLY_MESSAGE, 403, undefined, true)
  const problems = transitionProblems(from, { ...merged, status: to })
  if (problems.length > 0) throw fieldsInvalid(req, collection.slug, problems)

  for (const key of FROZEN) data[key] = originalDoc[key]
  data.status = to
  // Derived values come from the stored ones and this transition only.
  const now = new Date().toISOString()
  const stamps = {
    answeredAt: originalDoc.answeredAt ?? null,
    answeredBy: idOf(originalDoc.answeredBy),
    publishedAt: originalDoc.publishedAt ?? null,
    declinedAt: originalDoc.declinedAt ?? null,
  }
  if (to !== from) {
    const wasOpen = OPEN_STATUSES.includes(from) || from === 'declined'
    if ((to === 'answered' || to === 'published') && wasOpen) Object.assign(stamps, { answeredAt: now, answeredBy: req.user?.id ?? null })
    // Reopened: the answer that was given no longer counts as the reply.
    if (OPEN_STATUSES.includes(to)) Object.assign(stamps, { answeredAt: null, answeredBy: null })
    if (to === 'published') stamps.publishedAt = now
    if (from === 'published') stamps.publishedAt = null
    if (to === 'declined') stamps.declinedAt = now
    if (from === 'declined') {
      stamps.declinedAt = null
      data.declineReason = null
    }
  }
  Object.assign(data, stamps)
  return data
}
