import { vnDayKey } from '../../../cms/lib/dates'
import { isRatingLevel, ratablePath, ratingTotals, RATING_LEVELS, visitorKey } from '../../../cms/lib/ratings'
import { payloadInstance } from './payload'
import { flattenTree, getSiteTree } from './sitemap'

/** What happened to a rating: stored, refused as a second one today, or refused as invalid (naming what). */
export type RatingOutcome = 'saved' | 'duplicate' | 'invalid-level' | 'invalid-path'

/**
 * Stores an anonymous satisfaction rating of a public page and recounts that page's totals.
 * The public has no create access to ratings (anyone could forge visitor keys through the REST
 * API), so this trusted server path writes with overrideAccess after checking everything itself:
 * the level, that the path is a published page, and one rating per visitor per page per day.
 */
export async function recordRating(input: { path: unknown; level: unknown; ip: string; userAgent: string; now?: Date }): Promise<{ outcome: RatingOutcome; path: string | null }> {
  const path = ratablePath(input.path)
  if (!path) return { outcome: 'invalid-path', path: null }
  if (!isRatingLevel(input.level)) return { outcome: 'invalid-level', path }
  const page = flattenTree(await getSiteTree()).find((n) => n.path === path)
  if (!page) return { outcome: 'invalid-path', path: null }
  const payload = await payloadInstance()
  const now = input.now ?? new Date()
  const day = vnDayKey(now)
  const key = visitorKey({ secret: payload.secret, ip: input.ip, userAgent: input.userAgent.slice(0, 500), day, path })
  const seen = await payload.count({ collection: 'ratings', where: { visitorKey: { equals: key } }, overrideAccess: true })
  if (seen.totalDocs > 0) return { outcome: 'duplicate', path }
  try {
    await payload.create({ collection: 'ratings', data: { path, level: input.level, day, visitorKey: key }, overrideAccess: true })
  } catch {
    // Two submissions racing: the unique visitorKey let only one through.
    return { outcome: 'duplicate', path }
  }
  await recountTotals(path, page.title, now)
  return { outcome: 'saved', path }
}

/** Recounts one page's totals from the stored ratings (always consistent, whatever raced). */
async function recountTotals(path: string, title: string, now: Date): Promise<void> {
  const payload = await payloadInstance()
  const counts = Object.fromEntries(
    await Promise.all(
      RATING_LEVELS.map(async (l) => [l.value, (await payload.count({ collection: 'ratings', where: { and: [{ path: { equals: path } }, { level: { equals: l.value } }] }, overrideAccess: true })).totalDocs]),
    ),
  )
  const data = { path, title, ...ratingTotals(counts), lastRatedAt: now.toISOString() }
  const existing = await payload.find({ collection: 'rating-totals', where: { path: { equals: path } }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) await payload.update({ collection: 'rating-totals', id: existing.docs[0].id, data, overrideAccess: true })
  else await payload.create({ collection: 'rating-totals', data, overrideAccess: true })
}
