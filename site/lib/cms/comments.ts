/**
 * Public reads of comments. The collection's access rules already hide pending comments, the
 * text of hidden ones and every email and phone from anonymous reads; on top of that only the
 * public fields are selected and every row goes through the one public projection.
 */
import { PUBLIC_COMMENT_SELECT, type PublicComment, type StoredComment, toPublicComment } from '../../../cms/consultation/comments/public'
import { consultationReport, type ConsultationReport } from '../../../cms/consultation/report'
import type { Where } from 'payload'

import { payloadInstance } from './payload'

export type { ConsultationReport }

/** Returns the published comments and hidden-comment stubs of a draft, oldest first. */
export async function listPublicComments(draftId: number | string): Promise<PublicComment[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'comments',
    where: { draft: { equals: draftId } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: PUBLIC_COMMENT_SELECT,
  })
  return docs.map((d) => toPublicComment(d as StoredComment)).filter((c): c is PublicComment => c !== null)
}

/** Returns the report of a draft over its public comments. */
export async function buildReport(draftId: number | string, articles: readonly { anchor: string; label: string }[]): Promise<ConsultationReport> {
  return consultationReport(await listPublicComments(draftId), articles)
}

/** Comments shown under each article on the draft page; the rest are on the article's comment pages. */
export const INLINE_COMMENTS = 5
/** Comments per page of an article's comment pages. */
export const COMMENTS_PER_PAGE = 50

/** One article's comments as the draft page shows them: the counts (one rule everywhere) and the first few. */
export interface ArticleCommentsSummary {
  /** Comments shown with their text. */
  published: number
  /** Comments hidden by a moderator, shown as a stub with the public reason. */
  hidden: number
  /** The oldest few, published and hidden alike, in the order of the full list. */
  first: PublicComment[]
}

/** The comments of one article (null: the whole draft) that the public may see, oldest first. */
const articleWhere = (draftId: number | string, anchor: string | null): Where => ({
  and: [{ draft: { equals: draftId } }, anchor === null ? { or: [{ article: { exists: false } }, { article: { equals: '' } }] } : { article: { equals: anchor } }, { status: { in: ['published', 'hidden'] } }],
})

/**
 * Returns, for each article (and the whole draft under null), the counts and the first few
 * comments, read by counts and short pages, never the whole list: a draft with 10,000 comments
 * costs what a draft with 50 does.
 */
export async function summariseComments(draftId: number | string, anchors: readonly (string | null)[], inline = INLINE_COMMENTS): Promise<Map<string | null, ArticleCommentsSummary>> {
  const payload = await payloadInstance()
  const entries = await Promise.all(
    anchors.map(async (anchor): Promise<[string | null, ArticleCommentsSummary]> => {
      const where = articleWhere(draftId, anchor)
      const [published, hidden, first] = await Promise.all([
        payload.count({ collection: 'comments', where: { and: [where, { status: { equals: 'published' } }] }, overrideAccess: false }),
        payload.count({ collection: 'comments', where: { and: [where, { status: { equals: 'hidden' } }] }, overrideAccess: false }),
        payload.find({ collection: 'comments', where, sort: 'createdAt', limit: inline, depth: 0, overrideAccess: false, select: PUBLIC_COMMENT_SELECT, pagination: false }),
      ])
      return [anchor, { published: published.totalDocs, hidden: hidden.totalDocs, first: first.docs.map((d) => toPublicComment(d as StoredComment)).filter((c): c is PublicComment => c !== null) }]
    }),
  )
  return new Map(entries)
}

/** One page of an article's public comments (null: the whole draft), oldest first. */
export async function pageOfComments(draftId: number | string, anchor: string | null, page: number): Promise<{ comments: PublicComment[]; total: number; page: number; totalPages: number }> {
  const payload = await payloadInstance()
  const where = articleWhere(draftId, anchor)
  const total = (await payload.count({ collection: 'comments', where, overrideAccess: false })).totalDocs
  const totalPages = Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE))
  const at = Math.min(Math.max(1, page), totalPages)
  const { docs } = await payload.find({ collection: 'comments', where, sort: 'createdAt', limit: COMMENTS_PER_PAGE, page: at, depth: 0, overrideAccess: false, select: PUBLIC_COMMENT_SELECT })
  return { comments: docs.map((d) => toPublicComment(d as StoredComment)).filter((c): c is PublicComment => c !== null), total, page: at, totalPages }
}

/** Where a public comment sits: its article and the page of that article's list; null when it is not public. */
export async function locateComment(draftId: number | string, code: string): Promise<{ anchor: string | null; page: number } | null> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'comments', where: { and: [{ draft: { equals: draftId } }, { trackingCode: { equals: code } }, { status: { in: ['published', 'hidden'] } }] }, limit: 1, depth: 0, overrideAccess: false, select: { article: true, createdAt: true }, pagination: false })
  const c = docs[0]
  if (!c) return null
  const anchor = c.article || null
  const before = await payload.count({ collection: 'comments', where: { and: [articleWhere(draftId, anchor), { createdAt: { less_than: c.createdAt } }] }, overrideAccess: false })
  return { anchor, page: Math.floor(before.totalDocs / COMMENTS_PER_PAGE) + 1 }
}
