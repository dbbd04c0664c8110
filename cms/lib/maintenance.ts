/**
 * Planned maintenance of the portal (Decree 224/2026/NĐ-CP Art 13): readers are told at least 7
 * working days ahead. The notice shows on every public page from the start of the day 7 working
 * days before the window opens until the window closes; a window that would leave readers less
 * notice is refused when it is saved. Working days skip weekends and the holiday calendar the
 * administrators keep (cms/lib/working-days.ts).
 */
import { startOfVnDay, toDate, type DateInput } from './dates'
import { addWorkingDays, type HolidayList } from './working-days'

/** Working days of notice before a planned maintenance window (Decree 224/2026 Art 13). */
export const MAINTENANCE_NOTICE_WORKING_DAYS = 7

/** A maintenance window as the settings hold it. */
export interface MaintenanceWindow {
  start?: DateInput
  end?: DateInput
  text?: string | null
}

/** What a page shows while the notice is up. */
export interface MaintenanceNotice {
  start: Date
  end: Date
  text: string
}

/** Returns the moment the notice goes up for a window starting at `start`: 00:00 of the day 7 working days before it. Null for invalid input. */
export function noticeFrom(start: DateInput, holidays: HolidayList): Date | null {
  const day = startOfVnDay(start)
  return day ? addWorkingDays(day, -MAINTENANCE_NOTICE_WORKING_DAYS, holidays) : null
}

/** Returns the earliest day (00:00 Vietnam time) a window saved at `now` may start. */
export function earliestStart(now: DateInput, holidays: HolidayList): Date | null {
  const day = startOfVnDay(now)
  return day ? addWorkingDays(day, MAINTENANCE_NOTICE_WORKING_DAYS, holidays) : null
}

/** The notice's wording when the administrator wrote none (the page shows the dates beside it). */
export const DEFAULT_NOTICE_TEXT = 'Cổng thông tin tạm ngừng hoạt động để bảo trì theo kế hoạch. Trong thời gian này bạn đọc có thể không truy cập được cổng; xin lỗi vì sự bất tiện.'

/** Returns the notice to show at `now`, or null (no window, not yet 7 working days before it, or over). */
export function maintenanceNotice(window: MaintenanceWindow | null | undefined, now: DateInput, holidays: HolidayList): MaintenanceNotice | null {
  const start = toDate(window?.start)
  const end = toDate(window?.end)
  const at = toDate(now)
  if (!start || !end || !at || end <= start) return null
  const from = noticeFrom(start, holidays)
  if (!from || at < from || at >= end) return null
  return { start, end, text: window?.text?.trim() || DEFAULT_NOTICE_TEXT }
}

/** Returns the next moment after `now` at which the notice appears or disappears, or null when it never changes again. */
export function nextNoticeChange(window: MaintenanceWindow | null | undefined, now: DateInput, holidays: HolidayList): Date | null {
  const start = toDate(window?.start)
  const end = toDate(window?.end)
  const at = toDate(now)
  if (!start || !end || !at || end <= start) return null
  const from = noticeFrom(start, holidays)
  const moments = [from, end].filter((d): d is Date => d !== null && d > at)
  return moments.length ? new Date(Math.min(...moments.map((d) => d.getTime()))) : null
}
