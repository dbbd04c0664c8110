/**
 * Public reads of comments. The collection's access rules already hide pending comments, the
 * text of hidden ones and every email and phone from anonymous reads; on top of that only the
 * listed fields are selected and every row goes through toPublicComment, field by field.
 */
import { summariseComments, type CommentSummary } from '../../../cms/lib/comments'
import { type PublicComment, type StoredComment, toPublicComment } from '../../../cms/lib/drafts/public-comment'
import { payloadInstance } from './payload'

// The only fields a public page ever asks for. Email, phone, attachment and internal keys are absent.
const PUBLIC_SELECT = {
  trackingCode: true,
  status: true,
  showName: true,
  fullName: true,
  organisation: true,
  submitterCategory: true,
  stance: true,
  article: true,
  articleLabel: true,
  draftVersion: true,
  body: true,
  createdAt: true,
  hiddenAt: true,
  hiddenReason: true,
  purgedAt: true,
  response: { kind: true, text: true },
} as const

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
    select: PUBLIC_SELECT,
  })
  return docs.map((d) => toPublicComment(d as StoredComment)).filter((c): c is PublicComment => c !== null)
}

/** Comments of a draft arranged for its page: per article anchor, the whole-draft ones under null. */
export interface CommentsByArticle {
  byArticle: Map<string | null, PublicComment[]>
  /** Published (not hidden) comments per article anchor; the "Góp ý điều này" counter. */
  publishedCount: (anchor: string | null) => number
  total: number
}

/** Returns the comments grouped by the article they are about. */
export function groupByArticle(comments: readonly PublicComment[]): CommentsByArticle {
  const byArticle = new Map<string | null, PublicComment[]>()
  for (const c of comments) {
    const list = byArticle.get(c.article) ?? []
    list.push(c)
    byArticle.set(c.article, list)
  }
  return {
    byArticle,
    publishedCount: (anchor) => (byArticle.get(anchor) ?? []).filter((c) => c.kind === 'published').length,
    total: comments.length,
  }
}

/** The consultation report's content: figures and the published comments with their responses. */
export interface ConsultationReport {
  summary: CommentSummary
  comments: PublicComment[]
  /** Comments received but not published (hidden or purged), counted for transparency. */
  notPublished: number
}

/** Returns the report figures over published comments; articles of the current text first, then anchors only earlier versions had. */
export async function buildReport(draftId: number | string, articles: readonly { anchor: string; label: string }[]): Promise<ConsultationReport> {
  const all = await listPublicComments(draftId)
  const published = all.filter((c) => c.kind === 'published')
  const known = new Set(articles.map((a) => a.anchor))
  const earlier = [...new Map(published.filter((c) => c.article && !known.has(c.article)).map((c) => [c.article!, { anchor: c.article!, label: c.articleLabel ?? c.article! }])).values()]
  const summary = summariseComments(
    published.map((c) => ({ stance: c.stance, submitterCategory: c.category, article: c.article, response: c.response ? { kind: c.response.kind, text: c.response.text } : null })),
    [...articles, ...earlier],
  )
  return { summary, comments: published, notPublished: all.length - published.length }
}
