/**
 * Questions and answers (hỏi – đáp) for the public pages: published ones only, read with public
 * access (overrideAccess: false) and projected by toPublicQuestion, so neither an unpublished
 * question nor an asker's personal data can reach a page. The asker's own look-ups (code +
 * e-mail, code + key) are credentialed reads in cms/questions/status.ts.
 */
import type { Where } from 'payload'

import { questionLimiters } from '../../../cms/questions/limits'
import { PUBLIC_QUESTION_SELECT, toPublicQuestion, type PublicQuestion } from '../../../cms/questions/public'
import { lookupQuestionStatus as lookup, questionCodeExists as exists, questionReceipt as receipt, type QuestionReceiptView, type QuestionStatusView } from '../../../cms/questions/status'
import type { RateLimitResult } from '../../../cms/limits'
import { foldAccents } from '../../../cms/lib/vietnamese'
import { payloadInstance } from './payload'

export type { PublicQuestion, QuestionReceiptView, QuestionStatusView }

/** Published questions per list page. */
export const QUESTIONS_PER_PAGE = 20

async function publishedQuestions(where?: Where): Promise<PublicQuestion[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'questions',
    where: { and: [{ status: { equals: 'published' } }, ...(where ? [where] : [])] },
    sort: '-publishedAt',
    depth: 1,
    pagination: false,
    overrideAccess: false,
    select: PUBLIC_QUESTION_SELECT,
    populate: { fields: { name: true }, agencies: { name: true } },
  })
  return docs.map((d) => toPublicQuestion(d)).filter((q): q is PublicQuestion => q !== null)
}

const words = (text: string) => foldAccents(text.normalize('NFC')).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** The filters of the list: words to look for (accents optional), a field of law, a page. */
export interface QuestionFilters {
  q?: string
  field?: string | null
  page?: number
}

/** One page of the published questions that match, with the counts per field of law for the filter. */
export interface QuestionPage {
  items: PublicQuestion[]
  total: number
  page: number
  totalPages: number
  /** Fields of law that published questions are filed under, with how many match the words. */
  fields: { id: string; name: string; count: number }[]
}

/**
 * Returns the published questions whose title, question or answer contain every word of `q`
 * (accent- and case-insensitive; a word may be the start of a longer one), in the field when one
 * is given; those matching in the title first, then the most recently published.
 */
export async function searchQuestions(filters: QuestionFilters = {}): Promise<QuestionPage> {
  const all = await publishedQuestions()
  const wanted = words(filters.q ?? '').slice(0, 20)
  const scored = all
    .map((q) => {
      if (wanted.length === 0) return { q, score: 0 }
      const title = words(q.title)
      const text = new Set([...title, ...words(q.bodyText), ...words(q.answerText)])
      const has = (pool: Iterable<string>, w: string) => [...pool].some((t) => t.startsWith(w))
      if (!wanted.every((w) => has(text, w))) return null
      return { q, score: wanted.filter((w) => has(title, w)).length }
    })
    .filter((x): x is { q: PublicQuestion; score: number } => x !== null)
  const fieldCounts = new Map<string, { id: string; name: string; count: number }>()
  for (const { q } of scored) {
    if (!q.fieldId || !q.fieldName) continue
    const c = fieldCounts.get(q.fieldId) ?? { id: q.fieldId, name: q.fieldName, count: 0 }
    c.count++
    fieldCounts.set(q.fieldId, c)
  }
  const inField = filters.field ? scored.filter((x) => x.q.fieldId === filters.field) : scored
  // Array.sort is stable: equal scores keep the newest-first order of the read.
  inField.sort((a, b) => b.score - a.score)
  const totalPages = Math.max(1, Math.ceil(inField.length / QUESTIONS_PER_PAGE))
  const page = Math.min(Math.max(1, Math.trunc(filters.page ?? 1) || 1), totalPages)
  return {
    items: inField.slice((page - 1) * QUESTIONS_PER_PAGE, page * QUESTIONS_PER_PAGE).map((x) => x.q),
    total: inField.length,
    page,
    totalPages,
    fields: [...fieldCounts.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  }
}

/** Returns the published question with this code, or null (unknown, unpublished, declined…). */
export async function getPublishedQuestion(code: string): Promise<PublicQuestion | null> {
  return (await publishedQuestions({ trackingCode: { equals: code } }))[0] ?? null
}

/** Returns every published question's address data, newest first (site map). */
export async function listPublishedQuestionLinks(): Promise<{ code: string; title: string; updatedAt: string | null }[]> {
  return (await publishedQuestions()).map((q) => ({ code: q.code, title: q.title, updatedAt: q.updatedAt }))
}

/** Returns the fields of law a question may be filed under, by name. */
export async function listFieldsOfLaw(): Promise<{ id: string; name: string }[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'fields', depth: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: false })
  return docs.map((f) => ({ id: String(f.id), name: f.name }))
}

/** Returns the status of the question with this code asked from this e-mail, or null when they do not match. */
export async function lookupQuestionStatus(code: string, email: string): Promise<QuestionStatusView | null> {
  return lookup(await payloadInstance(), code, email)
}

/** Returns what was sent with this code when `key` opens its receipt, else null. */
export async function questionReceipt(code: string, key: string | null): Promise<QuestionReceiptView | null> {
  return receipt(await payloadInstance(), code, key)
}

/** Returns true when a question with this tracking code exists. */
export async function questionCodeExists(code: string): Promise<boolean> {
  return exists(await payloadInstance(), code)
}

/** Counts one status look-up from this address against its limit (shared with the comment look-up). */
export async function checkQuestionLookupLimit(ip: string): Promise<RateLimitResult> {
  return questionLimiters(await payloadInstance()).lookup.check(ip)
}

/** Returns the newest editorial Q&A articles (Phổ biến pháp luật › Hỏi – đáp pháp luật), which /hoi-dap links to rather than repeats. */
export async function listEditorialQa(limit = 5): Promise<{ title: string; slug: string }[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'law-dissemination',
    where: { kind: { equals: 'qa' } },
    sort: '-publishedAt',
    limit,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true },
  })
  return docs.filter((d) => d.slug).map((d) => ({ title: d.title, slug: d.slug! }))
}
