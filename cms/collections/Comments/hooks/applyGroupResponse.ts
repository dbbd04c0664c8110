import type { CollectionAfterChangeHook } from 'payload'

/**
 * "One response per group": copies this comment's response to every other comment of its
 * similarity group, each change logged like a moderator's own (campaigns of near-identical
 * comments get one answer in the report, as peers do).
 */
export const applyGroupResponse: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[`applyGroupResponse:${doc.id}`] || !doc.similarityGroup || !doc.response?.kind) return doc
  const { docs } = await req.payload.find({
    collection: 'comments',
    where: { and: [{ similarityGroup: { equals: doc.similarityGroup } }, { id: { not_equals: doc.id } }] },
    pagination: false,
    depth: 0,
    select: { trackingCode: true },
    req,
    overrideAccess: true,
  })
  for (const other of docs) {
    context[`groupResponseFrom:${other.id}`] = doc.trackingCode
    await req.payload.update({
      collection: 'comments',
      id: other.id,
      data: { response: { kind: doc.response.kind, text: doc.response.text } },
      req,
      overrideAccess: true,
      context,
    })
  }
  return doc
}
