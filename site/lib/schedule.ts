/** Grouping of a weekly work schedule by day, for its page. */
import { formatDateVN, vnDayKey, vnWeekday } from '../../cms/lib/dates'

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

/** One schedule entry as stored. */
export interface ScheduleEntry {
  day: string
  time?: string | null
  leader: string
  content: string
  location?: string | null
  participants?: string | null
}

/** Returns the entries grouped by Vietnamese calendar day, in order, each with its label "Thứ Hai, 16/11/2026". */
export function groupByDay(entries: ScheduleEntry[]): { key: string; label: string; entries: ScheduleEntry[] }[] {
  const groups: { key: string; label: string; entries: ScheduleEntry[] }[] = []
  for (const e of entries) {
    const key = vnDayKey(e.day)
    let group = groups.find((g) => g.key === key)
    if (!group) {
      group = { key, label: `${WEEKDAYS[vnWeekday(e.day) ?? 0]}, ${formatDateVN(e.day)}`, entries: [] }
      groups.push(group)
    }
    group.entries.push(e)
  }
  return groups
}
