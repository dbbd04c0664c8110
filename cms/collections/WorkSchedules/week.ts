import { dayNumberToDate, formatDateVN, isoDate, vnDayNumber, vnWeekday, type DateInput } from '../../lib/dates'

/** Returns 00:00 (Vietnam) of the Monday of the week holding the date, or null for an invalid date. */
export function mondayOf(input: DateInput): Date | null {
  const day = vnDayNumber(input)
  const weekday = vnWeekday(input)
  if (day === null || weekday === null) return null
  // Vietnamese weeks start on Monday; Sunday (0) belongs to the week that began six days earlier.
  return dayNumberToDate(day - ((weekday + 6) % 7))
}

/** Returns the week's slug (`yyyy-mm-dd` of its Monday) and its title "Lịch công tác tuần từ dd/mm/yyyy đến dd/mm/yyyy". */
export function describeWeek(monday: Date): { slug: string; title: string; sunday: Date } {
  const sunday = dayNumberToDate(vnDayNumber(monday)! + 6)
  return { slug: isoDate(monday), title: `Lịch công tác tuần từ ${formatDateVN(monday)} đến ${formatDateVN(sunday)}`, sunday }
}
