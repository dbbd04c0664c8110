/**
 * Maps a comment to the API's Comment shape from the one public projection
 * (cms/consultation/comments/public.ts), so the API words a comment exactly as the pages do.
 * Privacy rules (Decree 13/2023 on personal data; the form's promise): never an email or phone
 * (not even selected), a name or organisation only when the commenter allowed it, and a hidden
 * or purged comment reduced to a stub with its date and reason.
 */
import { isStanceCode, isSubmitterCategory } from '../../../../cms/consultation/comments/codes'
import { hiddenReasonText, toPublicComment, type StoredComment } from '../../../../cms/consultation/comments/public'
import { apiDateTime, text } from '../format'
import type { ApiComment } from '../schemas'

/** Returns the API Comment, or null for anything not public (pending or unknown status). */
export function toApiComment(row: StoredComment): ApiComment | null {
  const c = toPublicComment(row)
  if (!c) return null
  const placement = {
    id: c.id,
    draftId: c.draftId,
    version: c.version !== null && Number.isInteger(c.version) && c.version >= 1 ? c.version : 1,
    article: text(c.article),
    createdAt: apiDateTime(c.submittedAt)!,
  }
  if (c.kind !== 'published') {
    return {
      ...placement,
      stance: null,
      submitterCategory: null,
      name: null,
      organisation: null,
      body: null,
      status: 'hidden',
      hiddenReason: c.hiddenReason ?? hiddenReasonText(null),
      hiddenAt: apiDateTime(c.hiddenAt ?? row.updatedAt) ?? placement.createdAt,
      response: null,
    }
  }
  const answer = text(c.response?.text)
  return {
    ...placement,
    stance: isStanceCode(c.stance) ? c.stance : null,
    submitterCategory: isSubmitterCategory(c.category) ? c.category : null,
    name: text(c.name),
    organisation: text(c.organisation),
    body: text(c.bodyText),
    status: 'published',
    hiddenReason: null,
    hiddenAt: null,
    response: c.response && answer ? { kind: c.response.kind, text: answer } : null,
  }
}
