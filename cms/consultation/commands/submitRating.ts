/**
 * submitRating: an anonymous satisfaction rating of a public page (Decree 224/2026 Art 10), one
 * per browser per page per day, then that page's totals recounted. Two people on one network
 * (an office, a carrier's shared address) each rate; one address sending many ratings of a page
 * (a script that drops its cookie each time) is stopped by a shared limit per address and page. The rating is created
 * through Payload: the collection's access rule admits only this command and its hook derives
 * the day and the visitor key; the unique key refuses a second rating even when two race.
 * The caller (the site) has checked that the path is a published page and passes its title.
 */
import type { Payload } from 'payload'

import { sharedLimiter } from '../../limits'
import { commandContext } from '../access'
import { isRatingLevel, ratablePath, ratingTotals, RATING_LEVELS } from '../ratings/levels'
import { RATING_VISITOR, ratingKey, type RatingVisitor } from '../ratings/stamp-rating'

/** What happened to a rating: stored, refused as a second one today, or refused as invalid (naming what). */
export type RatingOutcome = 'saved' | 'duplicate' | 'limited' | 'invalid-level' | 'invalid-path'

/** Ratings of one page from one network address per hour (every instance counts together). */
export const RATINGS_PER_ADDRESS_PER_HOUR = 30

/** One rating of the page at `path` (titled `title`) by one visitor. */
export interface SubmitRatingInput {
  path: unknown
  title: string
  level: unknown
  /** The browser's rating token (levels.ts), issued by the site when the browser had none. */
  browser: string
  /** The network address, for the limit only (never stored). */
  ip: string
  now?: Date
}

/** Stores the rating and recounts the page's totals; returns the outcome and the checked path. */
export async function submitRating(payload: Payload, input: SubmitRatingInput): Promise<{ outcome: RatingOutcome; path: string | null }> {
  const path = ratablePath(input.path)
  if (!path) return { outcome: 'invalid-path', path: null }
  if (!isRatingLevel(input.level)) return { outcome: 'invalid-level', path }
  const visitor: RatingVisitor = { browser: input.browser, now: input.now ?? new Date() }
  const { visitorKey } = ratingKey(payload, path, visitor)
  const seen = await payload.count({ collection: 'ratings', where: { visitorKey: { equals: visitorKey } }, overrideAccess: true })
  if (seen.totalDocs > 0) return { outcome: 'duplicate', path }
  const limiter = await sharedLimiter(payload, { name: 'rating-ip', max: RATINGS_PER_ADDRESS_PER_HOUR, windowMs: 3_600_000 })
  if (!(await limiter.check(`${input.ip}\u0000${path}`)).allowed) return { outcome: 'limited', path }
  try {
    await payload.create({
      collection: 'ratings',
      data: { path, level: input.level } as never,
      overrideAccess: false,
      depth: 0,
      context: commandContext('submitRating', { [RATING_VISITOR]: visitor }),
    })
  } catch {
    // Two submissions racing: the unique visitorKey let only one through.
    return { outcome: 'duplicate', path }
  }
  await recountTotals(payload, path, input.title, visitor.now)
  return { outcome: 'saved', path }
}

/** Recounts one page's totals from the stored ratings after the rating is committed (always consistent, whatever raced). */
async function recountTotals(payload: Payload, path: string, title: string, now: Date): Promise<void> {
  const counts = Object.fromEntries(
    await Promise.all(
      RATING_LEVELS.map(async (l) => [l.value, (await payload.count({ collection: 'ratings', where: { and: [{ path: { equals: path } }, { level: { equals: l.value } }] }, overrideAccess: true })).totalDocs]),
    ),
  )
  const data = { path, title, ...ratingTotals(counts), lastRatedAt: now.toISOString() }
  // Totals are bookkeeping of the server (nobody writes them through a door).
  const existing = await payload.find({ collection: 'rating-totals', where: { path: { equals: path } }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) await payload.update({ collection: 'rating-totals', id: existing.docs[0].id, data, overrideAccess: true })
  else await payload.create({ collection: 'rating-totals', data, overrideAccess: true })
}
