import { submitRating, type RatingOutcome } from '../../../cms/consultation/commands/submitRating'
import { isRatingLevel, ratablePath } from '../../../cms/consultation/ratings/levels'
import { payloadInstance } from './payload'
import { flattenTree, getSiteTree } from './sitemap'

export type { RatingOutcome }

/**
 * Records an anonymous satisfaction rating of a public page: the path must be a published page
 * of the site tree (a page read), then the submitRating command stores it and the totals.
 */
export async function recordRating(input: { path: unknown; level: unknown; ip: string; userAgent: string; now?: Date }): Promise<{ outcome: RatingOutcome; path: string | null }> {
  const path = ratablePath(input.path)
  if (!path) return { outcome: 'invalid-path', path: null }
  if (!isRatingLevel(input.level)) return { outcome: 'invalid-level', path }
  const page = flattenTree(await getSiteTree()).find((n) => n.path === path)
  if (!page) return { outcome: 'invalid-path', path: null }
  return submitRating(await payloadInstance(), { ...input, path, title: page.title })
}
