import { submitRating, type RatingOutcome } from '../../cms/consultation/commands/submitRating'
import { isRatingLevel, ratablePath } from '../../cms/consultation/ratings/levels'
import { payloadInstance } from './cms/payload'
import { flattenTree, getSiteTree } from './cms/sitemap'

export type { RatingOutcome }

/**
 * The rating form's POST, site side: the path must be a published page of the site tree (a page
 * read); the submitRating command (cms/consultation/commands) then stores it and the totals.
 * `browser` is the browser's rating token (the page issues one when the cookie is missing).
 */
export async function recordRating(input: { path: unknown; level: unknown; browser: string; ip: string; now?: Date }): Promise<{ outcome: RatingOutcome; path: string | null }> {
  const path = ratablePath(input.path)
  if (!path) return { outcome: 'invalid-path', path: null }
  if (!isRatingLevel(input.level)) return { outcome: 'invalid-level', path }
  const page = flattenTree(await getSiteTree()).find((n) => n.path === path)
  if (!page) return { outcome: 'invalid-path', path: null }
  return submitRating(await payloadInstance(), { ...input, path, title: page.title })
}
