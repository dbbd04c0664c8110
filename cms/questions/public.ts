/**
 * What the public may see of a question: the one projection the list, the question's page and
 * the site map use. toPublicQuestion builds a new object field by field, so the asker's name,
 * e-mail, phone or attachment can never ride along, and anything not published is null.
 */
import { renderCommentHtml } from '../consultation/comments/sanitize'

/** The fields a public read selects (personal and internal fields deliberately absent). */
export const PUBLIC_QUESTION_SELECT = {
  trackingCode: true,
  status: true,
  title: true,
  body: true,
  field: true,
  assignedUnit: true,
  receivedAt: true,
  answer: true,
  answeredAt: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** A question as stored, the fields toPublicQuestion reads. */
export interface StoredQuestion {
  id?: number | string
  trackingCode?: string | null
  status?: string | null
  title?: string | null
  body?: string | null
  field?: unknown
  assignedUnit?: unknown
  receivedAt?: string | null
  answer?: string | null
  answeredAt?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
}

/** A published question and its answer. */
export interface PublicQuestion {
  code: string
  title: string
  /** The question as plain text and as escaped HTML paragraphs. */
  bodyText: string
  bodyHtml: string
  fieldId: string | null
  fieldName: string | null
  /** Name of the unit that answered, when one was named. */
  unitName: string | null
  receivedAt: string | null
  answerText: string
  answerHtml: string
  answeredAt: string | null
  publishedAt: string | null
  updatedAt: string | null
}

const ref = (v: unknown): { id: string; name: string | null } | null => {
  if (v === null || v === undefined || v === '') return null
  if (typeof v === 'object') {
    const o = v as { id?: unknown; name?: unknown }
    return { id: String(o.id ?? ''), name: typeof o.name === 'string' ? o.name : null }
  }
  return { id: String(v), name: null }
}

/** Returns the public view of a stored question, or null unless it is published with an answer. */
export function toPublicQuestion(q: StoredQuestion): PublicQuestion | null {
  if (q.status !== 'published' || !q.answer?.trim() || !q.trackingCode) return null
  const field = ref(q.field)
  const unit = ref(q.assignedUnit)
  return {
    code: q.trackingCode,
    title: String(q.title ?? ''),
    bodyText: String(q.body ?? ''),
    bodyHtml: renderCommentHtml(String(q.body ?? '')),
    fieldId: field?.id ?? null,
    fieldName: field?.name ?? null,
    unitName: unit?.name ?? null,
    receivedAt: q.receivedAt ?? null,
    answerText: q.answer,
    answerHtml: renderCommentHtml(q.answer),
    answeredAt: q.answeredAt ?? null,
    publishedAt: q.publishedAt ?? null,
    updatedAt: q.updatedAt ?? null,
  }
}
