/**
 * What the public may see of a comment. Everything published goes through toPublicComment,
 * which builds a new object field by field: an email or phone number can never ride along,
 * and a hidden or purged comment is reduced to its stub.
 */
import {
  RESPONSE_LABELS,
  STANCE_LABELS,
  SUBMITTER_CATEGORY_LABELS,
  renderCommentHtml,
  type ResponseKind,
} from '../comments'
import { formatDateVN } from '../dates'

/** Moderation states of a comment, in workflow order. */
export const COMMENT_STATUSES = ['pending', 'published', 'hidden'] as const
/** A comment's moderation state. */
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

/** Vietnamese label of each moderation state. */
export const COMMENT_STATUS_LABELS: Readonly<Record<CommentStatus, string>> = Object.freeze({
  pending: 'Chờ kiểm duyệt',
  published: 'Đã công bố',
  hidden: 'Đã ẩn',
})

/** Shown instead of the name when the commenter did not agree to publish it. */
export const ANONYMOUS_NAME = 'Người góp ý không công khai tên'

/** Returns the public stub of a hidden comment: "Ý kiến đã được ẩn ngày {dd/mm/yyyy}: {reason}". */
export function hiddenStub(hiddenAt: string | Date | null | undefined, reason: string | null | undefined): string {
  const date = formatDateVN(hiddenAt ?? null)
  const why = String(reason ?? '').trim() || 'không phù hợp quy định về góp ý'
  return `Ý kiến đã được ẩn ngày ${date}: ${why}`
}

/** Returns the public stub of a comment whose personal data was purged at the commenter's request. */
export function purgedStub(purgedAt: string | Date | null | undefined): string {
  return `Ý kiến đã được xóa dữ liệu cá nhân theo yêu cầu của người góp ý ngày ${formatDateVN(purgedAt ?? null)}.`
}

/** The stored fields toPublicComment reads (email and phone deliberately absent). */
export interface StoredComment {
  trackingCode?: string | null
  status?: string | null
  showName?: boolean | null
  fullName?: string | null
  organisation?: string | null
  submitterCategory?: string | null
  stance?: string | null
  article?: string | null
  articleLabel?: string | null
  draftVersion?: number | null
  body?: string | null
  createdAt?: string | null
  hiddenAt?: string | null
  hiddenReason?: string | null
  purgedAt?: string | null
  response?: { kind?: string | null; text?: string | null } | null
}

/** A comment as published: either its text (and response) or a stub. */
export interface PublicComment {
  code: string
  kind: 'published' | 'hidden' | 'purged'
  displayName: string
  category: string
  categoryLabel: string
  stance: string
  stanceLabel: string
  article: string | null
  articleLabel: string | null
  version: number | null
  submittedAt: string | null
  /** Escaped HTML of the text; '' for stubs. */
  bodyHtml: string
  /** Plain text of the text, for exports; '' for stubs. */
  bodyText: string
  stub: string | null
  response: { kind: ResponseKind; label: string; text: string } | null
}

const label = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code

/** Returns the public view of a stored comment, or null when it must not appear at all (pending or unknown status). */
export function toPublicComment(c: StoredComment): PublicComment | null {
  const status = c.status
  if (status !== 'published' && status !== 'hidden') return null
  const kind: PublicComment['kind'] = c.purgedAt ? 'purged' : status
  const visible = kind === 'published'
  const name = visible && c.showName && c.fullName ? c.fullName : ANONYMOUS_NAME
  const organisation = visible && c.showName && c.organisation ? c.organisation : ''
  const responseKind = c.response?.kind
  const response =
    visible && (responseKind === 'accepted' || responseKind === 'explained') && c.response?.text
      ? { kind: responseKind as ResponseKind, label: RESPONSE_LABELS[responseKind as ResponseKind], text: c.response.text }
      : null
  const category = String(c.submitterCategory ?? '')
  const stance = String(c.stance ?? '')
  return {
    code: String(c.trackingCode ?? ''),
    kind,
    displayName: organisation && organisation !== name ? `${name} (${organisation})` : name,
    category,
    categoryLabel: label(SUBMITTER_CATEGORY_LABELS, category),
    stance,
    stanceLabel: label(STANCE_LABELS, stance),
    article: c.article || null,
    articleLabel: c.articleLabel || null,
    version: typeof c.draftVersion === 'number' ? c.draftVersion : null,
    submittedAt: c.createdAt ?? null,
    bodyHtml: visible ? renderCommentHtml(String(c.body ?? '')) : '',
    bodyText: visible ? String(c.body ?? '') : '',
    stub: kind === 'hidden' ? hiddenStub(c.hiddenAt, c.hiddenReason) : kind === 'purged' ? purgedStub(c.purgedAt) : null,
    response,
  }
}
