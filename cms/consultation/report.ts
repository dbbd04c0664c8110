/**
 * The consultation report (báo cáo tổng hợp, tiếp thu, giải trình): figures over the published
 * comments with their responses, from the public projection only (no personal data reaches it).
 */
import { summariseComments, type CommentSummary } from './comments/report'
import type { PublicComment } from './comments/public'

/** The consultation report's content: figures and the published comments with their responses. */
export interface ConsultationReport {
  summary: CommentSummary
  comments: PublicComment[]
  /** Comments received but not published (hidden or purged), counted for transparency. */
  notPublished: number
}

/** Returns the report over a draft's public comments; articles of the current text first, then anchors only earlier versions had. */
export function consultationReport(all: readonly PublicComment[], articles: readonly { anchor: string; label: string }[]): ConsultationReport {
  const published = all.filter((c) => c.kind === 'published')
  const known = new Set(articles.map((a) => a.anchor))
  const earlier = [...new Map(published.filter((c) => c.article && !known.has(c.article)).map((c) => [c.article!, { anchor: c.article!, label: c.articleLabel ?? c.article! }])).values()]
  const summary = summariseComments(
    published.map((c) => ({ stance: c.stance, submitterCategory: c.category, article: c.article, response: c.response ? { kind: c.response.kind, text: c.response.text } : null })),
    [...articles, ...earlier],
  )
  return { summary, comments: published, notPublished: all.length - published.length }
}
