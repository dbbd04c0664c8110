/**
 * Vietnam time helpers. Legal dates (issue, effect, deadlines) are calendar days in
 * Asia/Ho_Chi_Minh, which is UTC+7 all year (no daylight saving since 1975), so a fixed
 * offset is exact and we avoid depending on the server's time zone or ICU data.
 */

/** Offset of Vietnam time from UTC, in milliseconds. */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000
/** One calendar day in milliseconds (exact in Vietnam: no DST). */
export const DAY_MS = 24 * 60 * 60 * 1000

/** Anything a date may arrive as from Payload, forms or seeds. */
export type DateInput = Date | string | number | null | undefined

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Returns the instant of 00:00 Vietnam time on the given calendar day, or null for an impossible date. */
export function vnMidnight(year: number, month: number, day: number): Date | null {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 31) return null
  const utc = Date.UTC(year, month - 1, day)
  const check = new Date(utc)
  // Date.UTC rolls 31/02 over to March: reject instead of silently moving the date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return new Date(utc - VN_OFFSET_MS)
}

/**
 * Returns a valid Date or null, never throws. A bare `yyyy-mm-dd` string is a Vietnamese
 * calendar day (00:00 VN time), not UTC midnight as `new Date()` would read it; `dd/mm/yyyy`
 * is accepted too; other strings go through Date.parse (ISO instants keep their offset).
 */
export function toDate(input: DateInput): Date | null {
  if (input === null || input === undefined || input === '') return null
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input
  if (typeof input === 'number') return Number.isFinite(input) ? new Date(input) : null
  if (typeof input !== 'string') return null
  const s = input.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (iso) return vnMidnight(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(s)) return parseDateVN(s)
  const t = Date.parse(s)
  return Number.isNaN(t) ? null : new Date(t)
}

/** Returns the fields of the instant as seen on a wall clock in Vietnam. */
function vnParts(date: Date) {
  const d = new Date(date.getTime() + VN_OFFSET_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  }
}

/** Returns `dd/mm/yyyy` in Vietnam time (the form used on Vietnamese documents), or '' for null/invalid input. */
export function formatDateVN(input: DateInput): string {
  const date = toDate(input)
  if (!date) return ''
  const p = vnParts(date)
  return `${pad(p.day)}/${pad(p.month)}/${pad(p.year, 4)}`
}

/** Returns `dd/mm/yyyy HH:mm` (24-hour) in Vietnam time, or '' for null/invalid input. */
export function formatDateTimeVN(input: DateInput): string {
  const date = toDate(input)
  if (!date) return ''
  const p = vnParts(date)
  return `${formatDateVN(date)} ${pad(p.hour)}:${pad(p.minute)}`
}

/**
 * Parses `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.` separators, optional ` HH:mm`) as Vietnam
 * time and returns that instant; midnight VN time when no time is given. Null when invalid.
 */
export function parseDateVN(text: string | null | undefined): Date | null {
  if (typeof text !== 'string') return null
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\sT,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?\s*$/.exec(text)
  if (!m) return null
  const midnight = vnMidnight(Number(m[3]), Number(m[2]), Number(m[1]))
  if (!midnight) return null
  const hour = m[4] === undefined ? 0 : Number(m[4])
  const minute = m[5] === undefined ? 0 : Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  if (hour > 23 || minute > 59 || second > 59) return null
  return new Date(midnight.getTime() + ((hour * 60 + minute) * 60 + second) * 1000)
}

/** Returns the Vietnamese calendar day of the instant as `yyyy-mm-dd`, or '' for null/invalid input. */
export function vnDayKey(input: DateInput): string {
  const date = toDate(input)
  if (!date) return ''
  const p = vnParts(date)
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
}

/**
 * Returns the ISO 8601 calendar date (`yyyy-mm-dd`) of the Vietnamese day, for Dublin Core
 * `DC.date`, schema.org `datePublished`/`legislationDate` and `<time datetime>`; '' if invalid.
 */
export function isoDate(input: DateInput): string {
  return vnDayKey(input)
}

/** Returns an ISO 8601 date-time with the Vietnam offset, e.g. `2012-05-22T08:30:00+07:00`; '' if invalid. */
export function isoDateTimeVN(input: DateInput): string {
  const date = toDate(input)
  if (!date) return ''
  const p = vnParts(date)
  return `${vnDayKey(date)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+07:00`
}

/** Returns the number of the Vietnamese calendar day since 1970-01-01 (VN), or null; handy for day arithmetic. */
export function vnDayNumber(input: DateInput): number | null {
  const date = toDate(input)
  if (!date) return null
  return Math.floor((date.getTime() + VN_OFFSET_MS) / DAY_MS)
}

/** Returns the instant 00:00 VN time of a day number from vnDayNumber. */
export function dayNumberToDate(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - VN_OFFSET_MS)
}

/** Returns 00:00 Vietnam time of the day containing the instant, or null. */
export function startOfVnDay(input: DateInput): Date | null {
  const n = vnDayNumber(input)
  return n === null ? null : dayNumberToDate(n)
}

/**
 * Returns 00:00 Vietnam time of the *next* day, or null. Use it to turn a deadline typed as a
 * date ("góp ý đến hết ngày 15/8") into the exclusive closing instant the predicates expect.
 */
export function endOfVnDay(input: DateInput): Date | null {
  const n = vnDayNumber(input)
  return n === null ? null : dayNumberToDate(n + 1)
}

/** Returns the weekday (0 = Sunday … 6 = Saturday) of the instant in Vietnam, or null. */
export function vnWeekday(input: DateInput): number | null {
  const date = toDate(input)
  return date ? vnParts(date).weekday : null
}

/** Returns the signed number of Vietnamese calendar days from `from` to `to` (0 on the same day), or null. */
export function vnCalendarDaysBetween(from: DateInput, to: DateInput): number | null {
  const a = vnDayNumber(from)
  const b = vnDayNumber(to)
  return a === null || b === null ? null : b - a
}
