import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff read everything; the public reads only the published version of a document. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'approver', 'moderator')) return true
  return { _status: { equals: 'published' } }
}
