import type { FieldHook } from 'payload'

import { hasRole } from '../../../access/roles'

/** Returns how many other comments share this comment's similarity group (moderators only; null when ungrouped). */
export const countSimilar: FieldHook = async ({ siblingData, req }) => {
  const group = siblingData?.similarityGroup
  if (!group || !hasRole(req.user, 'admin', 'moderator', 'approver')) return null
  const { totalDocs } = await req.payload.count({ collection: 'comments', where: { similarityGroup: { equals: group } }, req, overrideAccess: true })
  return Math.max(0, totalDocs - 1)
}
