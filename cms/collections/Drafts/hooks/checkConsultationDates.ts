import { type CollectionBeforeChangeHook } from 'payload'

import { consultationPeriodDays, meetsMinimumPeriod } from '../../../consultation/state'
import { formatDateTimeVN, toDate } from '../../../lib/dates'
import { fieldsInvalid } from '../../../lib/field-errors'

type Ref = string | number | { id: string | number } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)

/**
 * Checks the consultation window and records its length and the legal minimum for the draft's
 * document type. A window shorter than the minimum cannot be published without a reason, which
 * the public page shows (Law on Promulgation of Legal Documents). A report can only come out
 * after the window has closed.
 */
export const checkConsultationDates: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const merged = { ...originalDoc, ...data }
  const opens = toDate(merged.opensAt)
  const closes = toDate(merged.closesAt)
  const errors: { path: string; message: string }[] = []
  if (opens && closes && closes.getTime() <= opens.getTime()) {
    errors.push({ path: 'closesAt', message: 'Hết hạn lấy ý kiến: phải sau thời điểm bắt đầu.' })
  }
  const reportAt = toDate(merged.report?.publishedAt)
  if (reportAt && closes && reportAt.getTime() < closes.getTime()) {
    errors.push({ path: 'report.publishedAt', message: `Công bố báo cáo từ: chỉ được sau khi hết hạn lấy ý kiến (${formatDateTimeVN(closes)}).` })
  }

  let minimumDays: number | null = null
  let basis: string | null = null
  const typeId = idOf(merged.documentType)
  if (typeId !== undefined && typeId !== null) {
    const type = await req.payload
      .findByID({ collection: 'document-types', id: typeId, depth: 0, req, overrideAccess: true })
      .catch(() => null)
    minimumDays = typeof type?.minimumConsultationDays === 'number' ? type.minimumConsultationDays : null
    basis = type?.consultationLegalBasis || null
    const periodDays = opens && closes ? consultationPeriodDays(opens, closes) : null
    const reason = String(merged.shortPeriodReason ?? '').trim()
    const publishing = data._status === 'published' || (data._status === undefined && originalDoc?._status === 'published')
    // A window that closes before it opens already has its own error; the length check would only add noise.
    const validWindow = opens && closes && closes.getTime() > opens.getTime()
    if (publishing && minimumDays && validWindow && !meetsMinimumPeriod(opens, closes, minimumDays) && !reason) {
      errors.push({
        path: 'shortPeriodReason',
        message:
          `Lý do rút ngắn thời hạn: bắt buộc vì thời gian lấy ý kiến ${periodDays} ngày ít hơn mức tối thiểu ${minimumDays} ngày ` +
          `đối với ${type?.name ?? 'loại văn bản này'}${basis ? ` (${basis})` : ''}. Nhập lý do (được công khai) hoặc kéo dài thời hạn.`,
      })
    }
    data.periodDays = periodDays
  }
  if (errors.length > 0) throw fieldsInvalid(req, collection.slug, errors)
  data.minimumDays = minimumDays
  data.minimumLegalBasis = basis
  return data
}
