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

/** One public holiday (or substitute day off) as seed data. */
export interface Holiday {
  /** Vietnamese calendar day, `yyyy-mm-dd`. */
  date: string
  name: string
}

/** A holiday table: plain `yyyy-mm-dd` strings or Holiday records. */
export type HolidayList = Iterable<string | { date: string }>

/*
 * Seed table of days off for state agencies, 2011–2027. It is a STARTING POINT that
 * administrators keep current in the CMS: each year the Prime Minister / Ministry of Home
 * Affairs announces the exact days, sometimes swapping a working day for a Saturday
 * (hoán đổi, làm bù), which a plain list of days off cannot express and is not included.
 *
 * How it was built:
 * - Fixed days: 1/1, 30/4, 1/5, 2/9; Giỗ Tổ Hùng Vương 10/3 lunar (a holiday since 2007).
 * - Tết: 4 days (last day of the lunar year + days 1–3) under the 1994 Labour Code, until
 *   Tết 2013; 5 days from 1/5/2013 (Labour Code 2012). For 2016–2026 the table has the
 *   announced day-off range (weekends included); for 2011–2015 and 2027 it has the statutory
 *   days (last day of the year + following days) which may differ from the announced ones.
 * - Quốc khánh: 2 days from 2021 (Labour Code 2019 Art 112: 2/9 and the day before or after,
 *   chosen each year); the 2026 and 2027 adjacent days are a guess to be checked.
 * - "Nghỉ bù": a holiday falling on Saturday or Sunday gives the next working day off
 *   (Labour Code 2012 Art 115(3), 2019 Art 112(3)).
 */
const HOLIDAY_ROWS: readonly (readonly [string, string])[] = [
  // 2011
  ['2011-01-01', 'Tết Dương lịch'],
  ['2011-01-03', 'Nghỉ bù Tết Dương lịch'],
  ['2011-02-02', 'Tết Nguyên đán'],
  ['2011-02-03', 'Tết Nguyên đán'],
  ['2011-02-04', 'Tết Nguyên đán'],
  ['2011-02-05', 'Tết Nguyên đán'],
  ['2011-02-07', 'Nghỉ bù Tết Nguyên đán'],
  ['2011-04-12', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2011-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2011-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2011-05-02', 'Nghỉ bù Ngày Chiến thắng'],
  ['2011-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
  ['2011-09-02', 'Quốc khánh (2/9)'],
  // 2012
  ['2012-01-01', 'Tết Dương lịch'],
  ['2012-01-02', 'Nghỉ bù Tết Dương lịch'],
  ['2012-01-22', 'Tết Nguyên đán'],
  ['2012-01-23', 'Tết Nguyên đán'],
  ['2012-01-24', 'Tết Nguyên đán'],
  ['2012-01-25', 'Tết Nguyên đán'],
  ['2012-01-26', 'Nghỉ bù Tết Nguyên đán'],
  ['2012-03-31', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2012-04-02', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2012-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2012-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2012-09-02', 'Quốc khánh (2/9)'],
  ['2012-09-03', 'Nghỉ bù Quốc khánh'],
  // 2013
  ['2013-01-01', 'Tết Dương lịch'],
  ['2013-02-09', 'Tết Nguyên đán'],
  ['2013-02-10', 'Tết Nguyên đán'],
  ['2013-02-11', 'Tết Nguyên đán'],
  ['2013-02-12', 'Tết Nguyên đán'],
  ['2013-02-13', 'Nghỉ bù Tết Nguyên đán'],
  ['2013-02-14', 'Nghỉ bù Tết Nguyên đán'],
  ['2013-04-19', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2013-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2013-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2013-09-02', 'Quốc khánh (2/9)'],
  // 2014
  ['2014-01-01', 'Tết Dương lịch'],
  ['2014-01-30', 'Tết Nguyên đán'],
  ['2014-01-31', 'Tết Nguyên đán'],
  ['2014-02-01', 'Tết Nguyên đán'],
  ['2014-02-02', 'Tết Nguyên đán'],
  ['2014-02-03', 'Tết Nguyên đán'],
  ['2014-02-04', 'Nghỉ bù Tết Nguyên đán'],
  ['2014-02-05', 'Nghỉ bù Tết Nguyên đán'],
  ['2014-04-09', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2014-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2014-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2014-09-02', 'Quốc khánh (2/9)'],
  // 2015
  ['2015-01-01', 'Tết Dương lịch'],
  ['2015-02-18', 'Tết Nguyên đán'],
  ['2015-02-19', 'Tết Nguyên đán'],
  ['2015-02-20', 'Tết Nguyên đán'],
  ['2015-02-21', 'Tết Nguyên đán'],
  ['2015-02-22', 'Tết Nguyên đán'],
  ['2015-02-23', 'Nghỉ bù Tết Nguyên đán'],
  ['2015-02-24', 'Nghỉ bù Tết Nguyên đán'],
  ['2015-04-28', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2015-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2015-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2015-09-02', 'Quốc khánh (2/9)'],
  // 2016
  ['2016-01-01', 'Tết Dương lịch'],
  ['2016-02-06', 'Tết Nguyên đán'],
  ['2016-02-07', 'Tết Nguyên đán'],
  ['2016-02-08', 'Tết Nguyên đán'],
  ['2016-02-09', 'Tết Nguyên đán'],
  ['2016-02-10', 'Tết Nguyên đán'],
  ['2016-02-11', 'Tết Nguyên đán'],
  ['2016-02-12', 'Tết Nguyên đán'],
  ['2016-02-13', 'Tết Nguyên đán'],
  ['2016-02-14', 'Tết Nguyên đán'],
  ['2016-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2016-04-18', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2016-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2016-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2016-05-02', 'Nghỉ bù Ngày Chiến thắng'],
  ['2016-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
  ['2016-09-02', 'Quốc khánh (2/9)'],
  // 2017
  ['2017-01-01', 'Tết Dương lịch'],
  ['2017-01-02', 'Nghỉ bù Tết Dương lịch'],
  ['2017-01-26', 'Tết Nguyên đán'],
  ['2017-01-27', 'Tết Nguyên đán'],
  ['2017-01-28', 'Tết Nguyên đán'],
  ['2017-01-29', 'Tết Nguyên đán'],
  ['2017-01-30', 'Tết Nguyên đán'],
  ['2017-01-31', 'Tết Nguyên đán'],
  ['2017-02-01', 'Tết Nguyên đán'],
  ['2017-04-06', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2017-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2017-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2017-05-02', 'Nghỉ bù Ngày Chiến thắng'],
  ['2017-09-02', 'Quốc khánh (2/9)'],
  ['2017-09-04', 'Nghỉ bù Quốc khánh'],
  // 2018
  ['2018-01-01', 'Tết Dương lịch'],
  ['2018-02-14', 'Tết Nguyên đán'],
  ['2018-02-15', 'Tết Nguyên đán'],
  ['2018-02-16', 'Tết Nguyên đán'],
  ['2018-02-17', 'Tết Nguyên đán'],
  ['2018-02-18', 'Tết Nguyên đán'],
  ['2018-02-19', 'Tết Nguyên đán'],
  ['2018-02-20', 'Tết Nguyên đán'],
  ['2018-04-25', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2018-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2018-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2018-09-02', 'Quốc khánh (2/9)'],
  ['2018-09-03', 'Nghỉ bù Quốc khánh'],
  // 2019
  ['2019-01-01', 'Tết Dương lịch'],
  ['2019-02-02', 'Tết Nguyên đán'],
  ['2019-02-03', 'Tết Nguyên đán'],
  ['2019-02-04', 'Tết Nguyên đán'],
  ['2019-02-05', 'Tết Nguyên đán'],
  ['2019-02-06', 'Tết Nguyên đán'],
  ['2019-02-07', 'Tết Nguyên đán'],
  ['2019-02-08', 'Tết Nguyên đán'],
  ['2019-02-09', 'Tết Nguyên đán'],
  ['2019-02-10', 'Tết Nguyên đán'],
  ['2019-04-14', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2019-04-15', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2019-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2019-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2019-09-02', 'Quốc khánh (2/9)'],
  // 2020
  ['2020-01-01', 'Tết Dương lịch'],
  ['2020-01-23', 'Tết Nguyên đán'],
  ['2020-01-24', 'Tết Nguyên đán'],
  ['2020-01-25', 'Tết Nguyên đán'],
  ['2020-01-26', 'Tết Nguyên đán'],
  ['2020-01-27', 'Tết Nguyên đán'],
  ['2020-01-28', 'Tết Nguyên đán'],
  ['2020-01-29', 'Tết Nguyên đán'],
  ['2020-04-02', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2020-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2020-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2020-09-02', 'Quốc khánh (2/9)'],
  // 2021
  ['2021-01-01', 'Tết Dương lịch'],
  ['2021-02-10', 'Tết Nguyên đán'],
  ['2021-02-11', 'Tết Nguyên đán'],
  ['2021-02-12', 'Tết Nguyên đán'],
  ['2021-02-13', 'Tết Nguyên đán'],
  ['2021-02-14', 'Tết Nguyên đán'],
  ['2021-02-15', 'Tết Nguyên đán'],
  ['2021-02-16', 'Tết Nguyên đán'],
  ['2021-04-21', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2021-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2021-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2021-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
  ['2021-09-02', 'Quốc khánh (2/9)'],
  ['2021-09-03', 'Quốc khánh (ngày liền kề)'],
  // 2022
  ['2022-01-01', 'Tết Dương lịch'],
  ['2022-01-03', 'Nghỉ bù Tết Dương lịch'],
  ['2022-01-29', 'Tết Nguyên đán'],
  ['2022-01-30', 'Tết Nguyên đán'],
  ['2022-01-31', 'Tết Nguyên đán'],
  ['2022-02-01', 'Tết Nguyên đán'],
  ['2022-02-02', 'Tết Nguyên đán'],
  ['2022-02-03', 'Tết Nguyên đán'],
  ['2022-02-04', 'Tết Nguyên đán'],
  ['2022-02-05', 'Tết Nguyên đán'],
  ['2022-02-06', 'Tết Nguyên đán'],
  ['2022-04-10', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2022-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2022-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2022-05-02', 'Nghỉ bù Ngày Chiến thắng'],
  ['2022-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
  ['2022-09-01', 'Quốc khánh (ngày liền kề)'],
  ['2022-09-02', 'Quốc khánh (2/9)'],
  // 2023
  ['2023-01-01', 'Tết Dương lịch'],
  ['2023-01-02', 'Nghỉ bù Tết Dương lịch'],
  ['2023-01-20', 'Tết Nguyên đán'],
  ['2023-01-21', 'Tết Nguyên đán'],
  ['2023-01-22', 'Tết Nguyên đán'],
  ['2023-01-23', 'Tết Nguyên đán'],
  ['2023-01-24', 'Tết Nguyên đán'],
  ['2023-01-25', 'Tết Nguyên đán'],
  ['2023-01-26', 'Tết Nguyên đán'],
  ['2023-04-29', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2023-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2023-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2023-05-03', 'Nghỉ bù Ngày Chiến thắng'],
  ['2023-09-01', 'Quốc khánh (ngày liền kề)'],
  ['2023-09-02', 'Quốc khánh (2/9)'],
  ['2023-09-04', 'Nghỉ bù Quốc khánh'],
  // 2024
  ['2024-01-01', 'Tết Dương lịch'],
  ['2024-02-08', 'Tết Nguyên đán'],
  ['2024-02-09', 'Tết Nguyên đán'],
  ['2024-02-10', 'Tết Nguyên đán'],
  ['2024-02-11', 'Tết Nguyên đán'],
  ['2024-02-12', 'Tết Nguyên đán'],
  ['2024-02-13', 'Tết Nguyên đán'],
  ['2024-02-14', 'Tết Nguyên đán'],
  ['2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2024-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2024-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2024-09-02', 'Quốc khánh (2/9)'],
  ['2024-09-03', 'Quốc khánh (ngày liền kề)'],
  // 2025
  ['2025-01-01', 'Tết Dương lịch'],
  ['2025-01-25', 'Tết Nguyên đán'],
  ['2025-01-26', 'Tết Nguyên đán'],
  ['2025-01-27', 'Tết Nguyên đán'],
  ['2025-01-28', 'Tết Nguyên đán'],
  ['2025-01-29', 'Tết Nguyên đán'],
  ['2025-01-30', 'Tết Nguyên đán'],
  ['2025-01-31', 'Tết Nguyên đán'],
  ['2025-02-01', 'Tết Nguyên đán'],
  ['2025-02-02', 'Tết Nguyên đán'],
  ['2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2025-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2025-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2025-09-01', 'Quốc khánh (ngày liền kề)'],
  ['2025-09-02', 'Quốc khánh (2/9)'],
  // 2026
  ['2026-01-01', 'Tết Dương lịch'],
  ['2026-02-14', 'Tết Nguyên đán'],
  ['2026-02-15', 'Tết Nguyên đán'],
  ['2026-02-16', 'Tết Nguyên đán'],
  ['2026-02-17', 'Tết Nguyên đán'],
  ['2026-02-18', 'Tết Nguyên đán'],
  ['2026-02-19', 'Tết Nguyên đán'],
  ['2026-02-20', 'Tết Nguyên đán'],
  ['2026-02-21', 'Tết Nguyên đán'],
  ['2026-02-22', 'Tết Nguyên đán'],
  ['2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2026-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2026-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2026-09-01', 'Quốc khánh (ngày liền kề)'],
  ['2026-09-02', 'Quốc khánh (2/9)'],
  // 2027
  ['2027-01-01', 'Tết Dương lịch'],
  ['2027-02-05', 'Tết Nguyên đán'],
  ['2027-02-06', 'Tết Nguyên đán'],
  ['2027-02-07', 'Tết Nguyên đán'],
  ['2027-02-08', 'Tết Nguyên đán'],
  ['2027-02-09', 'Tết Nguyên đán'],
  ['2027-02-10', 'Nghỉ bù Tết Nguyên đán'],
  ['2027-02-11', 'Nghỉ bù Tết Nguyên đán'],
  ['2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2027-04-30', 'Ngày Chiến thắng (30/4)'],
  ['2027-05-01', 'Ngày Quốc tế Lao động (1/5)'],
  ['2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'],
  ['2027-09-02', 'Quốc khánh (2/9)'],
  ['2027-09-03', 'Quốc khánh (ngày liền kề)'],
]

/** Vietnamese public holidays and substitute days off for 2011–2027 (seed data, editable by administrators). */
export const DEFAULT_VN_HOLIDAYS: readonly Holiday[] = Object.freeze(
  HOLIDAY_ROWS.map(([date, name]) => Object.freeze({ date, name })),
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
  const set = holidaySet(holidays)
  let count = 0
  for (let day = a + 1; day <= b; day++) if (isWorkingDayNumber(day, set)) count++
  return count
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
