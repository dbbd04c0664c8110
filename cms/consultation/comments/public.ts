/**
 * What the public may see of a comment: the one projection pages, the open-data API, feeds and
 * exports all use. toPublicComment builds a new object field by field: an email or phone
 * number can never ride along, and a hidden or purged comment is reduced to its stub.
 */
import { RESPONSE_LABELS, STANCE_LABELS, SUBMITTER_CATEGORY_LABELS, type ResponseKind } from './codes'
import { renderCommentHtml } from './sanitize'
import { formatDateVN } from '../../lib/dates'

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

/** The reason shown for a comment hidden without one. */
export const DEFAULT_HIDDEN_REASON = 'không phù hợp quy định về góp ý'

/** The reason shown for a comment whose personal data was erased at the commenter's request. */
export const PURGED_REASON = 'xóa dữ liệu cá nhân theo yêu cầu của người góp ý'

/** Returns the public reason of a hidden comment (the moderator's, or the default). */
export function hiddenReasonText(reason: string | null | undefined): string {
  return String(reason ?? '').trim() || DEFAULT_HIDDEN_REASON
}

/** Returns the public stub of a hidden comment: "Ý kiến đã được ẩn ngày {dd/mm/yyyy}: {reason}". */
export function hiddenStub(hiddenAt: string | Date | null | undefined, reason: string | null | undefined): string {
  return `Ý kiến đã được ẩn ngày ${formatDateVN(hiddenAt ?? null)}: ${hiddenReasonText(reason)}`
}

/** Returns the public stub of a comment whose personal data was purged at the commenter's request. */
export function purgedStub(purgedAt: string | Date | null | undefined): string {
  return `Ý kiến đã được ${PURGED_REASON} ngày ${formatDateVN(purgedAt ?? null)}.`
}

/** The stored fields toPublicComment reads (email and phone deliberately absent). */
export interface StoredComment {
  id?: number | string
  draft?: unknown
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
  updatedAt?: string | null
  hiddenAt?: string | null
  hiddenReason?: string | null
  purgedAt?: string | null
  response?: { kind?: string | null; text?: string | null } | null
}

/** The fields of a comment a public read selects: email, phone, attachment and internal keys are absent. */
export const PUBLIC_COMMENT_SELECT = {
  trackingCode: true,
  draft: true,
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
  updatedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  purgedAt: true,
  response: { kind: true, text: true },
} as const

/** A comment as published: either its text (and response) or a stub. */
export interface PublicComment {
  id: string
  draftId: string
  code: string
  kind: 'published' | 'hidden' | 'purged'
  /** Name and organisation only when the commenter agreed to publish them (null otherwise, and for stubs). */
  name: string | null
  organisation: string | null
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
  /** For stubs: when the comment was hidden (or purged) and the public reason; null for published ones. */
  hiddenAt: string | null
  hiddenReason: string | null
  response: { kind: ResponseKind; label: string; text: string } | null
}

const label = (labels: Readonly<Record<string, string>>, code: string) => labels[code] ?? code
const refId = (ref: unknown): string => (ref && typeof ref === 'object' ? String((ref as { id: unknown }).id) : ref === null || ref === undefined ? '' : String(ref))

/** Returns the public view of a stored comment, or null when it must not appear at all (pending or unknown status). */
export function toPublicComment(c: StoredComment): PublicComment | null {
  const status = c.status
  if (status !== 'published' && status !== 'hidden') return null
  const kind: PublicComment['kind'] = c.purgedAt ? 'purged' : status
  const visible = kind === 'published'
  const name = visible && c.showName && c.fullName ? c.fullName : null
  const organisation = visible && c.showName && c.organisation ? c.organisation : null
  const shownName = name ?? ANONYMOUS_NAME
  const responseKind = c.response?.kind
  const response =
    visible && (responseKind === 'accepted' || responseKind === 'explained') && c.response?.text
      ? { kind: responseKind as ResponseKind, label: RESPONSE_LABELS[responseKind as ResponseKind], text: c.response.text }
      : null
  const category = String(c.submitterCategory ?? '')
  const stance = String(c.stance ?? '')
  return {
    id: String(c.id ?? ''),
    draftId: refId(c.draft),
    code: String(c.trackingCode ?? ''),
    kind,
    name,
    organisation,
    displayName: organisation && organisation !== shownName ? `${shownName} (${organisation})` : shownName,
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
    hiddenAt: kind === 'hidden' ? (c.hiddenAt ?? null) : kind === 'purged' ? (c.purgedAt ?? null) : null,
    hiddenReason: kind === 'hidden' ? hiddenReasonText(c.hiddenReason) : kind === 'purged' ? PURGED_REASON : null,
    response,
  }
}
