/**
 * Tracking codes on the receipts the portal gives: `GY-2026-000123` for a comment ("GY" = góp
 * ý), `HD-2026-000045` for a question (hỏi – đáp). The year keeps sequences short and lets a
 * person tell at a glance which year it was sent.
 */

/** Prefix of every comment tracking code. */
export const TRACKING_CODE_PREFIX = 'GY'

/** Returns `{prefix}-{year}-{sequence padded to 6 digits}`; longer sequences are kept whole. Throws RangeError on a non-4-digit year or a sequence < 1. */
export function formatCode(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid tracking-code year: ${year}`)
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid tracking-code sequence: ${sequence}`)
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`
}

/**
 * Returns the year and sequence of a code with that prefix, or null. Tolerates what people type
 * or copy from an email: any case, spaces, missing or other dashes/slashes/dots, full-width
 * characters, missing leading zeros (`gy 2026 123`, `GY2026000123`).
 */
export function parseCode(prefix: string, s: string | null | undefined): { year: number; sequence: number } | null {
  if (typeof s !== 'string') return null
  // NFKC turns full-width letters/digits (typed with some Vietnamese IMEs) into ASCII.
  const compact = s.normalize('NFKC').toUpperCase().replace(/\s+/g, '')
  const m = new RegExp(`^${prefix}[-‐‑–—_./]?(\\d{4})[-‐‑–—_./]?(\\d{1,12})$`).exec(compact)
  if (!m) return null
  const year = Number(m[1])
  const sequence = Number(m[2])
  if (year < 1000 || sequence < 1 || !Number.isSafeInteger(sequence)) return null
  return { year, sequence }
}

/** Returns `GY-{year}-{sequence padded to 6 digits}`; see formatCode. */
export function formatTrackingCode(year: number, sequence: number): string {
  return formatCode(TRACKING_CODE_PREFIX, year, sequence)
}

/** Returns the year and sequence of a comment's tracking code, or null; see parseCode. */
export function parseTrackingCode(s: string | null | undefined): { year: number; sequence: number } | null {
  return parseCode(TRACKING_CODE_PREFIX, s)
}
