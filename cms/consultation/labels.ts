/** Vietnamese phrases with numbers and dates for the draft pages. */
import { formatCountVN } from './comments/validate'
import { DAY_MS, VN_OFFSET_MS, formatDateTimeVN, formatDateVN, toDate } from '../lib/dates'

/** Returns "Còn N ngày", or the last-day wording on the last day. */
export function daysLeftText(days: number | null): string {
  if (days === null) return ''
  return days === 0 ? 'Hôm nay là ngày cuối nhận góp ý' : `Còn ${formatCountVN(days)} ngày`
}

/** Returns "N ý kiến" ("Chưa có ý kiến" for none). */
export function commentCountText(n: number): string {
  return n === 0 ? 'Chưa có ý kiến' : `${formatCountVN(n)} ý kiến`
}

/**
 * The one way the portal counts a part's comments in public: those shown with their text
 * ("đã công khai"), and apart from them those hidden by a moderator (shown as a stub with the
 * reason). Pending comments are never counted in public.
 */
export function commentCountsText(published: number, hidden: number): string {
  if (published === 0 && hidden === 0) return 'Chưa có ý kiến'
  const parts = [`${formatCountVN(published)} ý kiến đã công khai`]
  if (hidden > 0) parts.push(`${formatCountVN(hidden)} ý kiến bị ẩn`)
  return parts.join(', ')
}

/**
 * Returns a closing instant as people say it: a Vietnamese midnight is "hết ngày" of the day
 * before ("đến hết ngày 15/8" is stored as 16/8 00:00), anything else "HH:mm ngày dd/mm/yyyy".
 */
export function deadlineText(closesAt: string | Date): string {
  const d = toDate(closesAt)
  if (!d) return ''
  const midnight = (d.getTime() + VN_OFFSET_MS) % DAY_MS === 0
  return midnight ? `hết ngày ${formatDateVN(d.getTime() - 1)}` : `${formatDateTimeVN(d).slice(11)} ngày ${formatDateVN(d)}`
}

/** Returns an opening instant: "ngày dd/mm/yyyy" at midnight, else "HH:mm ngày dd/mm/yyyy". */
export function openingText(opensAt: string | Date): string {
  const d = toDate(opensAt)
  if (!d) return ''
  const midnight = (d.getTime() + VN_OFFSET_MS) % DAY_MS === 0
  return midnight ? `ngày ${formatDateVN(d)}` : `${formatDateTimeVN(d).slice(11)} ngày ${formatDateVN(d)}`
}

/** Returns the consultation window as "từ {opening} đến {deadline}". */
export function windowText(opensAt: string, closesAt: string): string {
  return `từ ${openingText(opensAt)} đến ${deadlineText(closesAt)}`
}

/** Returns the date of a comment or version as dd/mm/yyyy. */
export function dayText(value: string | null | undefined): string {
  return formatDateVN(value ?? null)
}

/** Returns the seconds a public draft page may be cached: at most `max`, never past the next state change. */
export function cacheSeconds(nextChangeAt: Date | null, now: Date = new Date(), max = 60): number {
  if (!nextChangeAt) return max
  return Math.max(0, Math.min(max, Math.floor((nextChangeAt.getTime() - now.getTime()) / 1000)))
}
