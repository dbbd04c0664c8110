import { type CollectionBeforeChangeHook } from 'payload'
import { fieldsInvalid } from '../../../lib/field-errors'

/**
 * Records who moderated what and when, and enforces the rules a moderator's form cannot:
 * hiding needs a public reason, a response needs both its kind and its text, and a purge
 * clears the personal data but keeps the stub (code, dates, stance) for the report and the log.
 */
export const stampModeration: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation, collection, context }) => {
  if (operation !== 'update' || !originalDoc) return data
  const now = new Date().toISOString()
  const userId = req.user?.id ?? null
  const merged = { ...originalDoc, ...data }
  const errors: { path: string; message: string }[] = []

  if (data.status !== undefined && data.status !== originalDoc.status) {
    if (data.status === 'hidden') {
      const reason = String(merged.hiddenReason ?? '').trim()
      if (!reason) errors.push({ path: 'hiddenReason', message: 'Lý do ẩn: bắt buộc; lý do được hiển thị công khai thay cho nội dung ý kiến.' })
      data.hiddenReason = reason
      data.hiddenAt = now
    } else {
      // A comment restored or published again no longer carries the old stub.
      data.hiddenReason = null
      data.hiddenAt = null
    }
    data.moderatedAt = now
    data.moderatedBy = userId
  }

  const response = data.response
  if (response && typeof response === 'object') {
    const before = originalDoc.response ?? {}
    const kind = response.kind ?? null
    const text = typeof response.text === 'string' ? response.text.trim() : response.text ?? null
    if ((kind ?? null) !== (before.kind ?? null) || (text ?? null) !== (before.text ?? null)) {
      if (Boolean(kind) !== Boolean(text)) {
        errors.push({ path: kind ? 'response.text' : 'response.kind', message: 'Trả lời: cần chọn hình thức (tiếp thu / giải trình) và nhập nội dung.' })
      }
      data.response = { ...response, text, respondedAt: kind ? now : null, respondedBy: kind ? userId : null }
    }
  }

  if (data.applyResponseToGroup) {
    // Carried out after the save (applyGroupResponse); the box itself never stays ticked.
    context[`applyGroupResponse:${originalDoc.id}`] = true
    data.applyResponseToGroup = false
  }

  if (data.purgeRequested && !originalDoc.purgedAt) {
    Object.assign(data, {
      fullName: null,
      email: null,
      phone: null,
      organisation: null,
      body: null,
      attachment: null,
      showName: false,
      simhash: null,
      exactKey: `purged:${originalDoc.id}`,
      purgedAt: now,
      purgeRequested: false,
    })
    context[`purgedAttachment:${originalDoc.id}`] = originalDoc.attachment ?? null
  }

  if (errors.length > 0) throw fieldsInvalid(req, collection.slug, errors)
  return data
}
