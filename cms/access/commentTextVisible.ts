import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * Field rule for a comment's text and response: moderators always; the public only while the
 * comment is published and not purged. Queries by the field are refused to the public too
 * (no doc), so the text of a hidden comment cannot be guessed by filtering.
 */
export const commentTextVisible: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin', 'moderator', 'approver')) return true
  return doc?.status === 'published' && !doc?.purgedAt
}
