import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field rule for the commenter's name and organisation: public only when published and the commenter chose to show it. */
export const commenterNameVisible: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin', 'moderator', 'approver')) return true
  return doc?.status === 'published' && doc?.showName === true && !doc?.purgedAt
}
