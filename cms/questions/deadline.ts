/**
 * The answer deadline of a question: 15 working days from receipt (Decree 43/2011/NĐ-CP Art 17;
 * the day of receipt is not counted, Civil Code 2015 Art 147), on the holiday calendar the
 * administrators keep (cms/lib/working-days.ts). The due day is stored when the question
 * arrives; whether it is late is computed from it and today, never stored.
 */
import { type DateInput, formatDateVN, startOfVnDay, toDate, vnDayNumber } from '../lib/dates'
import { addWorkingDays, type HolidayList, workingDaysBetween } from '../lib/working-days'

/** Working days the agency gives itself to answer (Decree 43/2011 Art 17). */
export const ANSWER_WORKING_DAYS = 15
/** A question is flagged "due soon" when this many working days or fewer are left. */
export const WARNING_WORKING_DAYS = 3

/** Returns the due day (00:00 Vietnam time) of a question received at `receivedAt`, or null for invalid input. */
export function answerDueDate(receivedAt: DateInput, holidays: HolidayList, workingDays = ANSWER_WORKING_DAYS): Date | null {
  const start = startOfVnDay(receivedAt)
  return start ? addWorkingDays(start, workingDays, holidays) : null
}

/** Where a question stands against its deadline. */
export type DeadlineState = 'onTime' | 'dueSoon' | 'late' | 'answeredOnTime' | 'answeredLate' | 'declined' | 'unknown'

/** Vietnamese label of each deadline state. */
export const DEADLINE_LABELS: Readonly<Record<DeadlineState, string>> = Object.freeze({
  onTime: 'Trong hạn',
  dueSoon: 'Sắp đến hạn',
  late: 'Quá hạn',
  answeredOnTime: 'Trả lời đúng hạn',
  answeredLate: 'Trả lời quá hạn',
  declined: 'Từ chối trả lời',
  unknown: 'Chưa xác định',
})

/** The question fields the deadline reads. */
export interface DeadlineInput {
  status?: string | null
  dueDate?: DateInput
  answeredAt?: DateInput
}

/** The deadline state of a question, with the working days left (negative: overdue) for open ones. */
export interface Deadline {
  state: DeadlineState
  /** Working days from today to the due day (0 on the due day); negative when overdue; null when answered or declined. */
  workingDaysLeft: number | null
}

/**
 * Returns where the question stands on `now`'s Vietnamese calendar day: answered (on time or
 * late, by the day of the answer), declined, or still open — on time, due soon (at most
 * WARNING_WORKING_DAYS working days left) or late (the due day has passed).
 */
export function deadlineOf(q: DeadlineInput, now: DateInput, holidays: HolidayList): Deadline {
  if (q.status === 'declined') return { state: 'declined', workingDaysLeft: null }
  const due = vnDayNumber(q.dueDate)
  if (due === null) return { state: 'unknown', workingDaysLeft: null }
  const answered = vnDayNumber(q.answeredAt)
  if (answered !== null) return { state: answered > due ? 'answeredLate' : 'answeredOnTime', workingDaysLeft: null }
  const today = vnDayNumber(now)
  if (today === null) return { state: 'unknown', workingDaysLeft: null }
  if (today > due) return { state: 'late', workingDaysLeft: -workingDaysBetween(q.dueDate, now, holidays) }
  const left = workingDaysBetween(now, q.dueDate, holidays)
  return { state: left <= WARNING_WORKING_DAYS ? 'dueSoon' : 'onTime', workingDaysLeft: left }
}

/** Returns the deadline in words for the admin: "Quá hạn 2 ngày làm việc (hạn 10/03/2026)". */
export function deadlineText(q: DeadlineInput, now: DateInput, holidays: HolidayList): string {
  const d = deadlineOf(q, now, holidays)
  const dueText = toDate(q.dueDate) ? ` (hạn ${formatDateVN(q.dueDate)})` : ''
  if (d.state === 'late') {
    // Overdue by a weekend only: late, but not yet by a working day.
    const over = -(d.workingDaysLeft ?? 0)
    return `Quá hạn${over > 0 ? ` ${over} ngày làm việc` : ''}${dueText}`
  }
  if (d.state === 'onTime' || d.state === 'dueSoon') {
    const left = d.workingDaysLeft ?? 0
    return `${DEADLINE_LABELS[d.state]}: ${left === 0 ? 'hôm nay là hạn cuối' : `còn ${left} ngày làm việc`}${dueText}`
  }
  return `${DEADLINE_LABELS[d.state]}${d.state === 'declined' || d.state === 'unknown' ? '' : dueText}`
}

/** Returns the working days from receipt to answer (the day of receipt not counted), or null when not answered. */
export function workingDaysToAnswer(receivedAt: DateInput, answeredAt: DateInput, holidays: HolidayList): number | null {
  if (!toDate(receivedAt) || !toDate(answeredAt)) return null
  return workingDaysBetween(receivedAt, answeredAt, holidays)
}
