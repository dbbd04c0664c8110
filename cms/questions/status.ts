/**
 * What an asker may learn about their own question: with its code and their e-mail (the status
 * look-up), or with the key from the address they were sent to after asking (the receipt).
 * Credentialed reads, like the comment look-up (cms/consultation/comments/status.ts): nothing
 * here is reachable with the code alone, and unknown codes and wrong credentials look the same.
 */
import { timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { receiptKey } from '../consultation/comments/status'
import { renderCommentHtml } from '../consultation/comments/sanitize'
import { isQuestionStatus, QUESTION_STATUS_LABELS, type QuestionStatus } from './states'

export { receiptKey }

/** What the asker learns from the status look-up: the state, the deadline, and the answer or the reason once given. */
export interface QuestionStatusView {
  code: string
  status: QuestionStatus
  statusLabel: string
  title: string
  fieldName: string | null
  receivedAt: string
  dueDate: string | null
  /** The answer (plain text and escaped HTML) once answered, published or not. */
  answerText: string | null
  answerHtml: string | null
  answeredAt: string | null
  /** Published on /hoi-dap: the page's code is then the question's own. */
  published: boolean
  declineReason: string | null
}

const SELECT = { trackingCode: true, status: true, title: true, field: true, receivedAt: true, dueDate: true, answer: true, answeredAt: true, declineReason: true } as const

type Row = { trackingCode: string; status?: string | null; title?: string | null; field?: unknown; receivedAt?: string | null; dueDate?: string | null; answer?: string | null; answeredAt?: string | null; declineReason?: string | null }

function statusView(q: Row): QuestionStatusView {
  const status: QuestionStatus = isQuestionStatus(q.status) ? q.status : 'received'
  const answered = status === 'answered' || status === 'published'
  const field = q.field && typeof q.field === 'object' ? (q.field as { name?: string | null }) : null
  return {
    code: q.trackingCode,
    status,
    // The asker is told a question is being handled, not which internal step it is at.
    statusLabel: status === 'assigned' ? 'Đang xử lý' : QUESTION_STATUS_LABELS[status],
    title: q.title ?? '',
    fieldName: field?.name ?? null,
    receivedAt: q.receivedAt ?? '',
    dueDate: q.dueDate ?? null,
    answerText: answered ? (q.answer ?? null) : null,
    answerHtml: answered && q.answer ? renderCommentHtml(q.answer) : null,
    answeredAt: answered ? (q.answeredAt ?? null) : null,
    published: status === 'published',
    declineReason: status === 'declined' ? (q.declineReason ?? null) : null,
  }
}

/** Returns the status of the question with this code asked from this e-mail, or null when they do not match (either way). */
export async function lookupQuestionStatus(payload: Payload, code: string, email: string): Promise<QuestionStatusView | null> {
  // A credentialed check (code + e-mail), not a public read: overrideAccess with the few fields shown.
  const { docs } = await payload.find({
    collection: 'questions',
    where: { and: [{ trackingCode: { equals: code } }, { email: { equals: email.trim().toLowerCase() } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: SELECT,
    populate: { fields: { name: true } },
  })
  return docs[0] ? statusView(docs[0] as Row) : null
}

/** Returns true when a question with this tracking code exists (the receipt page shows nothing else without its key). */
export async function questionCodeExists(payload: Payload, code: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'questions', where: { trackingCode: { equals: code } }, overrideAccess: true })
  return totalDocs > 0
}

/** What the asker sees on their receipt: everything they sent, as stored. */
export interface QuestionReceiptView extends QuestionStatusView {
  body: string
  fullName: string
  email: string
  phone: string | null
  allowPublication: boolean
  attachmentName: string | null
}

/** Returns the receipt of the question with this code when `key` is its receipt key, else null. */
export async function questionReceipt(payload: Payload, code: string, key: string | null): Promise<QuestionReceiptView | null> {
  const expected = Buffer.from(receiptKey(payload.secret, code))
  const given = Buffer.from(key ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  // The key is the credential (as code + e-mail is for the status page).
  const { docs } = await payload.find({
    collection: 'questions',
    where: { trackingCode: { equals: code } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { ...SELECT, body: true, askerName: true, email: true, phone: true, allowPublication: true, attachment: true },
    populate: { fields: { name: true }, 'question-files': { filename: true } },
  })
  const q = docs[0]
  if (!q) return null
  const attachment = q.attachment && typeof q.attachment === 'object' ? q.attachment : null
  return {
    ...statusView(q as Row),
    body: q.body ?? '',
    fullName: q.askerName ?? '',
    email: q.email ?? '',
    phone: q.phone ?? null,
    allowPublication: Boolean(q.allowPublication),
    attachmentName: attachment?.filename ?? null,
  }
}
