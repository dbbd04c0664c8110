import type { FieldHook } from 'payload'

import { isIn, moderators } from '../../../access/policy'

/** Returns how many other comments share this comment's similarity group (moderators only; null when ungrouped). */
export const countSimilar: FieldHook = async ({ siblingData, req }) => {
  const group = siblingData?.similarityGroup
  if (!group || !isIn(req.user, moderators)) return null
  const { totalDocs } = await req.payload.count({ collection: 'comments', where: { similarityGroup: { equals: group } }, req, overrideAccess: true })
  return Math.max(0, totalDocs - 1)
}
