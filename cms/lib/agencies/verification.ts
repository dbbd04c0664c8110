/**
 * Contact details go stale: an agency's official addresses are re-verified with the agency at
 * a set interval (Directive 15/CT-TTg item 3b asks that they be published and kept current).
 * "Due" is computed from the last verification date and today, never stored.
 */
import { formatDateVN, toDate, type DateInput } from '../dates'

/** Months after which an agency's contact details are due for re-verification when the settings say nothing. */
export const DEFAULT_VERIFICATION_MONTHS = 12

/** Returns the months to use: the setting when it is a whole number from 1 to 120, else the default. */
export function verificationMonths(setting: unknown): number {
  return typeof setting === 'number' && Number.isInteger(setting) && setting >= 1 && setting <= 120 ? setting : DEFAULT_VERIFICATION_MONTHS
}

/** Returns true when the details were never verified, or last verified more than `months` months before `now`. */
export function verificationDue(lastVerifiedAt: DateInput, now: DateInput, months: number): boolean {
  const last = toDate(lastVerifiedAt)
  const today = toDate(now)
  if (!today) return false
  if (!last) return true
  const limit = new Date(last.getTime())
  limit.setUTCMonth(limit.getUTCMonth() + months)
  return today.getTime() > limit.getTime()
}

/** Returns the admin's wording: "Cần xác minh lại (lần cuối 28/02/2025, quá 12 tháng)", or "Còn hạn (…)". */
export function verificationText(lastVerifiedAt: DateInput, now: DateInput, months: number): string {
  const last = formatDateVN(lastVerifiedAt)
  if (!last) return 'Cần xác minh: chưa từng xác minh'
  return verificationDue(lastVerifiedAt, now, months) ? `Cần xác minh lại (lần cuối ${last}, quá ${months} tháng)` : `Còn hạn (xác minh ${last})`
}
