/**
 * Working-day arithmetic for statutory deadlines. Decree 43/2011/NĐ-CP Art 17 counts the
 * publication deadline for an agency's own legal documents in *working days*: state agencies
 * work Monday to Friday (Decision 188/1999/QĐ-TTg, 40-hour week) and not on public holidays
 * (Labour Code). All days are Vietnamese calendar days (UTC+7).
 */
import {
  type DateInput,
  DAY_MS,
  dayNumberToDate,
  startOfVnDay,
  toDate,
  vnDayKey,
  vnDayNumber,
  vnWeekday,
} from './dates'
import holidayTable from '../../content/holidays.json' with { type: 'json' }

/** One public holiday (or substitute day off) as seed data. */
export interface Holiday {
  /** Vietnamese calendar day, `yyyy-mm-dd`. */
  date: string
  name: string
}

/** A holiday table: plain `yyyy-mm-dd` strings or Holiday records. */
export type HolidayList = Iterable<string | { date: string }>

/**
 * The seed table of days off for state agencies, 2011–2030: content/holidays.json, where its
 * `source` note says how it was built (statutory days from 2027 on, guessed Quốc khánh adjacent
 * days). A static import, not a file read, because the site's statistics bundle this module.
 */
const HOLIDAY_TABLE: { source: readonly string[]; holidays: readonly Holiday[] } = holidayTable

/** Vietnamese public holidays and substitute days off for 2011–2030 (seed data, editable by administrators). */
export const DEFAULT_VN_HOLIDAYS: readonly Holiday[] = Object.freeze(
  HOLIDAY_TABLE.holidays.map(({ date, name }) => Object.freeze({ date, name })),
)

/** The dates of DEFAULT_VN_HOLIDAYS as `yyyy-mm-dd` strings. */
export const DEFAULT_VN_HOLIDAY_DATES: readonly string[] = Object.freeze(DEFAULT_VN_HOLIDAYS.map((h) => h.date))

const setCache = new WeakMap<object, ReadonlySet<string>>()

/** Returns the holiday table as a Set of `yyyy-mm-dd`, cached per table object so loops stay cheap. */
function holidaySet(holidays: HolidayList): ReadonlySet<string> {
  const cached = setCache.get(holidays as object)
  if (cached) return cached
  const set = new Set<string>()
  for (const h of holidays) set.add(typeof h === 'string' ? h : h.date)
  setCache.set(holidays as object, set)
  return set
}

function isWorkingDayNumber(dayNumber: number, holidays: ReadonlySet<string>): boolean {
  const date = dayNumberToDate(dayNumber)
  const weekday = vnWeekday(date)
  return weekday !== 0 && weekday !== 6 && !holidays.has(vnDayKey(date))
}

/** Returns true when the Vietnamese calendar day of `date` is Monday–Friday and not in `holidays`; false for invalid input. */
export function isWorkingDay(date: DateInput, holidays: HolidayList): boolean {
  const n = vnDayNumber(date)
  return n !== null && isWorkingDayNumber(n, holidaySet(holidays))
}

/**
 * Returns the instant `n` working days after `date` (before it when n < 0), keeping the time of
 * day; n = 0 returns the date unchanged even if it is not a working day. Null for invalid input.
 */
export function addWorkingDays(date: DateInput, n: number, holidays: HolidayList): Date | null {
  const start = toDate(date)
  const startDay = vnDayNumber(start)
  if (!start || startDay === null || !Number.isInteger(n)) return null
  const set = holidaySet(holidays)
  const step = n < 0 ? -1 : 1
  let day = startDay
  for (let left = Math.abs(n); left > 0;) {
    day += step
    if (isWorkingDayNumber(day, set)) left--
  }
  return new Date(start.getTime() + (day - startDay) * DAY_MS)
}

/**
 * Returns the number of working days after `from`'s day up to and including `to`'s day
 * (Vietnamese calendar days): Friday → next Monday is 1. Returns 0 when `to` is not after
 * `from`'s day or an input is invalid.
 */
export function workingDaysBetween(from: DateInput, to: DateInput, holidays: HolidayList): number {
  const a = vnDayNumber(from)
  const b = vnDayNumber(to)
  if (a === null || b === null || b <= a) return 0
  // Counted, not walked: an archive document issued decades before it went online costs the
  // same as one issued yesterday (walking the days made /thong-ke take a minute at 10,000 documents).
  const offDays = weekdayHolidays(holidays)
  return weekdaysUpTo(b) - weekdaysUpTo(a) - (holidaysUpTo(offDays, b) - holidaysUpTo(offDays, a))
}

/** Day 0 (1970-01-01) was a Thursday: the weekday (0 = Sunday) of a day number. */
const weekdayOfDayNumber = (day: number) => (((day + 4) % 7) + 7) % 7
/** A multiple of 7 that makes every day number since year 0 positive. */
const SHIFT = 7 * 120_000

/** Returns how many Mondays to Fridays there are from a fixed day long ago up to day number `day` (included). */
function weekdaysUpTo(day: number): number {
  const d = day + SHIFT
  const weeks = Math.floor((d + 1) / 7)
  let count = weeks * 5
  for (let k = weeks * 7; k <= d; k++) {
    const w = weekdayOfDayNumber(k - SHIFT)
    if (w !== 0 && w !== 6) count++
  }
  return count
}

const offDayCache = new WeakMap<object, number[]>()

/** Returns the day numbers of the holidays that fall Monday to Friday (the others change no count), sorted, cached per table. */
function weekdayHolidays(holidays: HolidayList): number[] {
  const cached = offDayCache.get(holidays as object)
  if (cached) return cached
  const days = new Set<number>()
  for (const key of holidaySet(holidays)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key)
    if (!m) continue
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS
    const w = weekdayOfDayNumber(day)
    if (w !== 0 && w !== 6) days.add(day)
  }
  const sorted = [...days].sort((x, y) => x - y)
  offDayCache.set(holidays as object, sorted)
  return sorted
}

/** Returns how many of the sorted day numbers are at most `day` (binary search). */
function holidaysUpTo(sorted: number[], day: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! <= day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Returns the last Vietnamese calendar day (`yyyy-mm-dd`) on which a document issued at
 * `issuedAt` may still go online in time, or '' for invalid input.
 */
export function publicationDeadline(issuedAt: DateInput, holidays: HolidayList, limitWorkingDays = 2): string {
  // Art 17 counts from the day after issue (Civil Code 2015 Art 147: the day of the event is not counted).
  return vnDayKey(addWorkingDays(startOfVnDay(issuedAt), limitWorkingDays, holidays))
}

/**
 * Returns true when a document was (or, if still unpublished, is by `now`) published later
 * than `limitWorkingDays` working days after its issue date — Decree 43/2011 Art 17 gives an
 * agency 2 working days to put its own legal documents online. False if `issuedAt` is invalid.
 */
export function isLateForPublication(
  issuedAt: DateInput,
  publishedAt: DateInput,
  holidays: HolidayList,
  limitWorkingDays = 2,
  now: DateInput = new Date(),
): boolean {
  if (!toDate(issuedAt)) return false
  const reference = toDate(publishedAt) ?? toDate(now)
  if (!reference) return false
  return workingDaysBetween(issuedAt, reference, holidays) > limitWorkingDays
}
