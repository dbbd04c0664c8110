/**
 * Statistics of citizens' questions (hỏi – đáp): how many were received, how many answered within
 * the 15 working days the agency gives itself (Decree 43/2011 Art 17), how many are late, and the
 * median working days to an answer. Computed from dates only: no question text, no asker.
 */
import { deadlineOf, workingDaysToAnswer } from '../../questions/deadline'
import { share, vnYear } from './publishing'

/** The question fields the statistics read. */
export interface QuestionTimeline {
  receivedAt: string
  dueDate: string | null
  answeredAt: string | null
  status: string
}

/** Counts of one year of questions (by year of receipt). */
export interface QuestionYear {
  year: number
  received: number
  answeredOnTime: number
  late: number
}

/** The result of questionStats. */
export interface QuestionStats {
  received: number
  answeredOnTime: number
  /** Answered after the due day. */
  answeredLate: number
  /** Not answered yet, due day not passed. */
  openOnTime: number
  /** Not answered and the due day has passed. */
  openLate: number
  declined: number
  /** answeredOnTime over the questions whose deadline can be judged (answered, or open past the due day); 0 when none. */
  onTimeShare: number
  /** Median working days from receipt to answer (the day of receipt not counted); null when none was answered. */
  medianWorkingDays: number | null
  /** Every year with questions, ascending (not restricted by `year`). */
  byYear: QuestionYear[]
}

/** Returns the median of the numbers, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Returns the statistics of the questions received in `year` (all years when undefined), judged on `now`'s day. */
export function questionStats(rows: QuestionTimeline[], opts: { holidays: string[]; year?: number; now: Date }): QuestionStats {
  const stats: QuestionStats = { received: 0, answeredOnTime: 0, answeredLate: 0, openOnTime: 0, openLate: 0, declined: 0, onTimeShare: 0, medianWorkingDays: null, byYear: [] }
  const days: number[] = []
  const years = new Map<number, QuestionYear>()
  for (const r of rows) {
    const y = vnYear(r.receivedAt)
    if (y === null) continue
    const state = deadlineOf(r, opts.now, opts.holidays).state
    const year = years.get(y) ?? { year: y, received: 0, answeredOnTime: 0, late: 0 }
    year.received++
    if (state === 'answeredOnTime') year.answeredOnTime++
    if (state === 'answeredLate' || state === 'late') year.late++
    years.set(y, year)
    if (opts.year !== undefined && y !== opts.year) continue
    stats.received++
    if (state === 'answeredOnTime') stats.answeredOnTime++
    else if (state === 'answeredLate') stats.answeredLate++
    else if (state === 'late') stats.openLate++
    else if (state === 'declined') stats.declined++
    else stats.openOnTime++
    const d = workingDaysToAnswer(r.receivedAt, r.answeredAt, opts.holidays)
    if (d !== null && state !== 'declined') days.push(d)
  }
  stats.onTimeShare = share(stats.answeredOnTime, stats.answeredOnTime + stats.answeredLate + stats.openLate)
  stats.medianWorkingDays = median(days)
  stats.byYear = [...years.values()].sort((a, b) => a.year - b.year)
  return stats
}
