/**
 * Public reads of comments. The collection's access rules already hide pending comments, the
 * text of hidden ones and every email and phone from anonymous reads; on top of that only the
 * public fields are selected and every row goes through the one public projection.
 */
import { PUBLIC_COMMENT_SELECT, type PublicComment, type StoredComment, toPublicComment } from '../../../cms/consultation/comments/public'
import { consultationReport, type ConsultationReport } from '../../../cms/consultation/report'
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

/** Returns the report of a draft over its public comments. */
export async function buildReport(draftId: number | string, articles: readonly { anchor: string; label: string }[]): Promise<ConsultationReport> {
  return consultationReport(await listPublicComments(draftId), articles)
}
