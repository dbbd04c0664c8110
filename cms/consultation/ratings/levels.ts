/**
 * Satisfaction rating of content pages (Decree 224/2026 Art 10): anonymous, one per visitor per
 * page per day. "Visitor" is a browser: a random token the portal gives it in a cookie (not the
 * network address, which a whole office or a phone carrier shares). We keep no personal data: the
 * stored key is a hash of the token, page and day with the server's secret, and changes every day.
 * A browser that refuses or clears the cookie is held back by a limit per address (submitRating).
 */
import { createHash, randomBytes } from 'node:crypto'

/** The answers a visitor can give, best first, with Vietnamese and English labels. */
export const RATING_LEVELS = [
  { value: 'very-satisfied', vi: 'Rất hài lòng', en: 'Very satisfied' },
  { value: 'satisfied', vi: 'Hài lòng', en: 'Satisfied' },
  { value: 'unsatisfied', vi: 'Chưa hài lòng', en: 'Not satisfied' },
] as const

export type RatingLevel = (typeof RATING_LEVELS)[number]['value']

/** Returns true for a known rating level. */
export function isRatingLevel(value: unknown): value is RatingLevel {
  return RATING_LEVELS.some((l) => l.value === value)
}

// Every public page carries the rating form (Decree 224/2026 Art 10.3.b): home, lists, items,
// documents, drafts, forms. A path must look like one of the portal's pages (the site then checks
// it is a published page), so the totals cannot be filled with made-up paths.
const SEGMENT = '[A-Za-z0-9-]{1,120}'
const PAGE_PATH = new RegExp(`^(?:/${SEGMENT}){1,5}$`)
// The admin, the APIs and the rating endpoint itself are not pages (the API's own documentation is).
const NOT_PAGES = /^\/(?:admin|_next|danh-gia)(?:\/|$)|^\/api\/(?!v1\/docs$)/

/** Returns the path when it may be a rated page: "/" or slug-like segments, no query, no trailing slash; else null. */
export function ratablePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null
  const path = value === '/' ? '/' : value.replace(/\/+$/, '')
  if (path === '/') return path
  return PAGE_PATH.test(path) && !NOT_PAGES.test(path) ? path : null
}

/** The cookie holding a browser's rating token (random, meaningless outside this portal). */
export const RATING_COOKIE = 'danh_gia'
const TOKEN = /^[A-Za-z0-9_-]{22}$/

/** Returns the token when `value` is one the portal could have issued, else null. */
export function ratingToken(value: unknown): string | null {
  return typeof value === 'string' && TOKEN.test(value) ? value : null
}

/** Returns a new browser token (128 random bits). */
export function newRatingToken(): string {
  return randomBytes(16).toString('base64url')
}

/** Returns the anonymous visitor key of one browser for one page on one Vietnamese calendar day. */
export function visitorKey(input: { secret: string; browser: string; day: string; path: string }): string {
  return createHash('sha256')
    .update([input.secret, input.day, input.path, input.browser].join('\u0000'))
    .digest('hex')
}

/** Returns the totals of one page: count per level, total, and the share satisfied or better in whole percent. */
export function ratingTotals(counts: Partial<Record<RatingLevel, number>>) {
  const verySatisfied = counts['very-satisfied'] ?? 0
  const satisfied = counts.satisfied ?? 0
  const unsatisfied = counts.unsatisfied ?? 0
  const total = verySatisfied + satisfied + unsatisfied
  return { verySatisfied, satisfied, unsatisfied, total, satisfactionRate: total ? Math.round(((verySatisfied + satisfied) * 100) / total) : 0 }
}
