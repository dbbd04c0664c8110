/**
 * Figures for the consultation report (báo cáo tổng hợp, tiếp thu, giải trình) and for the
 * Directive 15 statistics: how many comments, by stance, by commenter, by article, and how
 * many the agency has answered.
 */
import {
  RESPONSE_LABELS,
  STANCE_CODES,
  STANCE_LABELS,
  SUBMITTER_CATEGORY_CODES,
  SUBMITTER_CATEGORY_LABELS,
  type ResponseKind,
  type StanceCode,
  type SubmitterCategory,
} from './codes'

export { RESPONSE_LABELS, STANCE_LABELS, SUBMITTER_CATEGORY_LABELS, type ResponseKind }

/** Label of the row counting comments on the draft as a whole. */
export const WHOLE_DRAFT_LABEL = 'Toàn bộ dự thảo'

/** The fields of a comment the summary reads. */
export interface CommentForReport {
  stance: string
  submitterCategory: string
  article?: string | null
  response?: { kind: ResponseKind | null; text?: string } | null
}

/** One row of the per-article table; anchor null is the whole draft. */
export interface ArticleCount {
  anchor: string | null
  label: string
  count: number
}

/** Totals for the report. Known codes are always present (0 if unused); an unknown code gets its own key. */
export interface CommentSummary {
  total: number
  byStance: Record<StanceCode, number> & Record<string, number>
  byCategory: Record<SubmitterCategory, number> & Record<string, number>
  byResponse: Record<ResponseKind, number>
  byArticle: ArticleCount[]
  answered: number
  /** answered / total, between 0 and 1 (0 when there is no comment). */
  answeredShare: number
}

const zeros = <K extends string>(codes: readonly K[]) => Object.fromEntries(codes.map((c) => [c, 0])) as Record<K, number>

/**
 * Returns the report figures. byArticle lists the whole draft first, then every article in
 * draft order (zero counts included, so the report can show articles nobody commented on),
 * then anchors no longer in the draft (comments made on an earlier version) labelled by anchor.
 */
export function summariseComments(
  comments: readonly CommentForReport[],
  articles: readonly { anchor: string; label: string }[],
): CommentSummary {
  const byStance = zeros(STANCE_CODES) as CommentSummary['byStance']
  const byCategory = zeros(SUBMITTER_CATEGORY_CODES) as CommentSummary['byCategory']
  const byResponse = zeros<ResponseKind>(['accepted', 'explained'])
  const byAnchor = new Map<string | null, number>()
  let answered = 0

  for (const c of comments) {
    byStance[c.stance] = (byStance[c.stance] ?? 0) + 1
    byCategory[c.submitterCategory] = (byCategory[c.submitterCategory] ?? 0) + 1
    const anchor = c.article ? c.article : null
    byAnchor.set(anchor, (byAnchor.get(anchor) ?? 0) + 1)
    const kind = c.response?.kind
    if (kind === 'accepted' || kind === 'explained') {
      byResponse[kind]++
      answered++
    }
  }

  const byArticle: ArticleCount[] = [{ anchor: null, label: WHOLE_DRAFT_LABEL, count: byAnchor.get(null) ?? 0 }]
  const listed = new Set<string>()
  for (const a of articles) {
    if (listed.has(a.anchor)) continue
    listed.add(a.anchor)
    byArticle.push({ anchor: a.anchor, label: a.label, count: byAnchor.get(a.anchor) ?? 0 })
  }
  for (const [anchor, count] of byAnchor) {
    if (anchor !== null && !listed.has(anchor)) byArticle.push({ anchor, label: anchor, count })
  }

  const total = comments.length
  return { total, byStance, byCategory, byResponse, byArticle, answered, answeredShare: total === 0 ? 0 : answered / total }
}
