import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Moderators read every comment; everyone else only published ones and the stubs of hidden
 * ones. Pending comments are invisible to the public; field rules hide hidden comments' text.
 */
export const publishedCommentsOrModerators: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'moderator', 'approver')) return true
  return { status: { in: ['published', 'hidden'] } }
}
