import type { CollectionAfterDeleteHook } from 'payload'

/** After an administrator deletes a question, deletes its attachment too: it is personal data. */
export const removeAttachment: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ref = doc.attachment
  const id = ref && typeof ref === 'object' ? ref.id : ref
  if (!id) return doc
  await req.payload.delete({ collection: 'question-files', id, req, overrideAccess: true }).catch((err: unknown) => {
    req.payload.logger.error({ err, msg: `Không xóa được tệp đính kèm của câu hỏi ${doc.trackingCode}` })
  })
  return doc
}
