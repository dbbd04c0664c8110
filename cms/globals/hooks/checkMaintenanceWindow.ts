import type { GlobalBeforeChangeHook } from 'payload'

import { formatDateVN, toDate } from '../../lib/dates'
import { fieldsInvalid, type FieldProblem } from '../../lib/field-errors'
import { earliestStart, MAINTENANCE_NOTICE_WORKING_DAYS } from '../../lib/maintenance'
import { holidayDays } from '../../questions/holidays'

/**
 * Refuses a planned maintenance window readers could not be told about 7 working days ahead
 * (Decree 224/2026/NĐ-CP Art 13), counted on the holiday calendar; also a window without an end
 * or ending before it starts. Only a changed start is judged: saving other settings while a
 * window is days away is not refused.
 */
export const checkMaintenanceWindow: GlobalBeforeChangeHook = async ({ data, originalDoc, req, global }) => {
  const window = (data?.maintenance ?? {}) as { start?: string | null; end?: string | null }
  const before = ((originalDoc as { maintenance?: { start?: string | null } } | undefined)?.maintenance ?? {}) as { start?: string | null }
  const start = toDate(window.start)
  const end = toDate(window.end)
  const problems: FieldProblem[] = []
  if (start && !end) problems.push({ path: 'maintenance.end', message: 'Kết thúc bảo trì: bắt buộc khi đã nhập thời điểm bắt đầu.' })
  if (!start && end) problems.push({ path: 'maintenance.start', message: 'Bắt đầu bảo trì: bắt buộc khi đã nhập thời điểm kết thúc.' })
  if (start && end && end <= start) problems.push({ path: 'maintenance.end', message: 'Kết thúc bảo trì: phải sau thời điểm bắt đầu.' })
  const changed = start && toDate(before.start)?.getTime() !== start.getTime()
  if (changed) {
    const earliest = earliestStart(new Date(), await holidayDays(req.payload, req))
    if (earliest && start < earliest) {
      problems.push({
        path: 'maintenance.start',
        message: `Bắt đầu bảo trì: phải báo trước ít nhất ${MAINTENANCE_NOTICE_WORKING_DAYS} ngày làm việc (Nghị định 224/2026/NĐ-CP, Điều 13), tức sớm nhất từ ngày ${formatDateVN(earliest)}; ngày làm việc không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.`,
      })
    }
  }
  if (problems.length) throw fieldsInvalid(req, global.slug, problems, { global: true })
  return data
}
