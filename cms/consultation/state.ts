/**
 * The one place that decides whether a draft is open for public comment (Decree 43/2011
 * Art 10.1.i; Law on Promulgation of Legal Documents). Pages, access rules and the comment
 * endpoint all call these predicates, so a draft can never be "open" on one screen and
 * "closed" on another. State is computed from dates, never stored, so pages change by
 * themselves when the time comes.
 */
import { type DateInput, toDate, vnCalendarDaysBetween, vnDayNumber } from '../lib/dates'

/** The life of a draft on the portal, in order. */
export type ConsultationState = 'upcoming' | 'open' | 'closed' | 'reportPublished'

/** The dates that drive a draft's consultation state. */
export interface ConsultationDates {
  /** First instant comments are accepted (inclusive). */
  opensAt: DateInput
  /** First instant comments are no longer accepted (exclusive): "đến hết ngày 15/8" is 16/8 00:00 VN. */
  closesAt: DateInput
  /** When the report that summarises, accepts or explains the comments was published. */
  reportPublishedAt?: DateInput
}

/** Vietnamese labels of each consultation state. */
export const CONSULTATION_STATE_LABELS: Readonly<Record<ConsultationState, string>> = Object.freeze({
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết hạn – đang tổng hợp ý kiến',
  reportPublished: 'Đã có báo cáo tiếp thu, giải trình',
})

/**
 * Returns the consultation state at `now`: open from `opensAt` inclusive to `closesAt`
 * exclusive. A published report wins over the dates (no comment can change a report already
 * out). A draft missing either date, or whose dates are invalid, is 'upcoming': it must never
 * be open without a published deadline.
 */
export function consultationState(draft: ConsultationDates, now: DateInput = new Date()): ConsultationState {
  const t = toDate(now)?.getTime() ?? Date.now()
  const report = toDate(draft.reportPublishedAt)
  if (report && report.getTime() <= t) return 'reportPublished'
  const opens = toDate(draft.opensAt)
  const closes = toDate(draft.closesAt)
  if (!opens || !closes || closes.getTime() <= opens.getTime()) return 'upcoming'
  if (t < opens.getTime()) return 'upcoming'
  if (t < closes.getTime()) return 'open'
  return 'closed'
}

/** Returns true only while the draft accepts comments (state 'open'). */
export function isOpenForComment(draft: ConsultationDates, now: DateInput = new Date()): boolean {
  return consultationState(draft, now) === 'open'
}

/**
 * Returns the whole Vietnamese calendar days left after today while open (0 on the last day
 * comments are accepted), or null when the draft is not open.
 */
export function daysLeft(draft: ConsultationDates, now: DateInput = new Date()): number | null {
  if (!isOpenForComment(draft, now)) return null
  const closes = toDate(draft.closesAt)!
  // The last day is the day of the last accepted instant, so a midnight closing ends the day before.
  const lastDay = vnDayNumber(closes.getTime() - 1)!
  const today = vnDayNumber(toDate(now) ?? new Date())!
  return Math.max(0, lastDay - today)
}

/**
 * Returns the length of the consultation in Vietnamese calendar days (closing day minus
 * opening day), or null for invalid dates. Opening 01/06 00:00 and closing 31/07 00:00 is 60.
 */
export function consultationPeriodDays(opensAt: DateInput, closesAt: DateInput): number | null {
  return vnCalendarDaysBetween(opensAt, closesAt)
}

/**
 * Returns true when the period is at least `minimumDays`. The minimum comes from the
 * document type's settings with its legal basis (60 days under the 2015 Law, 20 days for
 * several types under Law 64/2025), never from a constant here. False for invalid dates.
 */
export function meetsMinimumPeriod(opensAt: DateInput, closesAt: DateInput, minimumDays: number): boolean {
  const days = consultationPeriodDays(opensAt, closesAt)
  return days !== null && days >= minimumDays
}

/**
 * Returns the next instant after `now` at which consultationState changes by itself (to set a
 * cache lifetime or schedule a rebuild), or null when nothing is scheduled. The days-left
 * counter also changes at each Vietnamese midnight; that is not a state change.
 */
export function nextStateChangeAt(draft: ConsultationDates, now: DateInput = new Date()): Date | null {
  const t = toDate(now)?.getTime() ?? Date.now()
  const current = consultationState(draft, t)
  const candidates = [draft.opensAt, draft.closesAt, draft.reportPublishedAt]
    .map((d) => toDate(d))
    .filter((d): d is Date => d !== null && d.getTime() > t)
    .sort((a, b) => a.getTime() - b.getTime())
  return candidates.find((d) => consultationState(draft, d) !== current) ?? null
}
