import type { CollectionAfterChangeHook } from 'payload'

type Ref = string | number | { id: string | number } | null | undefined

/** After a purge, deletes the attachment file too: it is personal data, and the only thing ever deleted. */
export const removePurgedAttachment: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const ref = context[`purgedAttachment:${doc.id}`] as Ref
  if (!ref) return doc
  const id = typeof ref === 'object' ? ref.id : ref
  await req.payload.delete({ collection: 'comment-files', id, req, overrideAccess: true }).catch((err: unknown) => {
    req.payload.logger.error({ err, msg: `Không xóa được tệp đính kèm của góp ý ${doc.trackingCode}` })
  })
  return doc
}
