/**
 * Maps a comment to the API's Comment shape, field by field. Privacy rules (Decree 13/2023 on
 * personal data; the form's promise): never an email or phone (not even selected), a name or
 * organisation only when the commenter allowed it, and a hidden or purged comment reduced to a
 * stub with its date and reason; its text, stance, category and response stay inside the CMS.
 */
import { isStanceCode, isSubmitterCategory } from '../../../../cms/lib/comments/codes'
import type { CommentRow } from '../../cms/opendata-consultation'
import { apiDateTime, refId, text } from '../format'
import type { ApiComment } from '../schemas'

/** Reason shown for a comment whose personal data was erased at the commenter's request. */
export const PURGED_REASON = 'Đã xóa dữ liệu cá nhân theo yêu cầu của người góp ý'

/** Returns the API Comment, or null for anything not public (pending or unknown status). */
export function toApiComment(c: CommentRow): ApiComment | null {
  if (c.status !== 'published' && c.status !== 'hidden') return null
  const hidden = c.status === 'hidden' || Boolean(c.purgedAt)
  const placement = {
    id: String(c.id),
    draftId: refId(c.draft) ?? '',
    version: Number.isInteger(c.draftVersion) && (c.draftVersion as number) >= 1 ? (c.draftVersion as number) : 1,
    article: text(c.article),
    createdAt: apiDateTime(c.createdAt)!,
  }
  if (hidden) {
    return {
      ...placement,
      stance: null,
      submitterCategory: null,
      name: null,
      organisation: null,
      body: null,
      status: 'hidden',
      hiddenReason: c.purgedAt ? PURGED_REASON : (text(c.hiddenReason) ?? 'Không phù hợp quy định về góp ý'),
      hiddenAt: apiDateTime(c.purgedAt ?? c.hiddenAt ?? c.updatedAt) ?? placement.createdAt,
      response: null,
    }
  }
  const named = c.showName === true
  const kind = c.response?.kind
  const answer = text(c.response?.text)
  return {
    ...placement,
    stance: isStanceCode(c.stance) ? c.stance : null,
    submitterCategory: isSubmitterCategory(c.submitterCategory) ? c.submitterCategory : null,
    name: named ? text(c.fullName) : null,
    organisation: named ? text(c.organisation) : null,
    body: text(c.body),
    status: 'published',
    hiddenReason: null,
    hiddenAt: null,
    response: (kind === 'accepted' || kind === 'explained') && answer ? { kind, text: answer } : null,
  }
}
