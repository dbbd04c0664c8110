import { type CollectionBeforeChangeHook } from 'payload'
import { fieldsInvalid } from '../../../lib/field-errors'

/** Returns whether a document has its full text or an attached original (the signed file). */
export function hasTextOrOriginal(doc: { fullText?: unknown; attachments?: unknown }): boolean {
  if (typeof doc.fullText === 'string' && doc.fullText.trim() !== '') return true
  const attachments = Array.isArray(doc.attachments) ? (doc.attachments as { file?: unknown; kind?: unknown }[]) : []
  return attachments.some((a) => (a.kind ?? 'original') === 'original' && a.file !== null && a.file !== undefined && a.file !== '')
}

export const TEXT_OR_ORIGINAL_MESSAGE =
  'Không thể công bố: văn bản chưa có toàn văn hoặc tệp bản gốc. Hãy dán toàn văn (thẻ «Toàn văn») hoặc đính kèm bản gốc đã ký (thẻ «Tệp đính kèm», loại «Bản gốc đã ký»).'

/**
 * A published legal document carries its full text or its original file (Directive 15/CT-TTg
 * §1.b: the electronic document replaces the paper one, so the register must hold it). Checked
 * on every save that leaves the document live — publication by any door, the import and the
 * seed included — after the text has been taken from an uploaded file (importDocx).
 */
export const requireTextOrOriginal: CollectionBeforeChangeHook = ({ data, originalDoc, collection, req }) => {
  if (data._status !== 'published' || data.workflowState !== 'published') return data
  const merged = {
    fullText: data.fullText !== undefined ? data.fullText : originalDoc?.fullText,
    attachments: data.attachments !== undefined ? data.attachments : originalDoc?.attachments,
  }
  if (hasTextOrOriginal(merged)) return data
  throw fieldsInvalid(req, collection.slug, [{ path: 'fullText', message: TEXT_OR_ORIGINAL_MESSAGE }])
}
