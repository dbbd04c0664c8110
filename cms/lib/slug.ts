/**
 * The one slug rule. A slug is the last part of a public address (`/du-thao/{slug}`,
 * `/co-quan/{slug}`, `/van-ban/2012/{slug}`) and of a provision's anchor (`#dieu-5`): folded to
 * ASCII (Vietnamese marks and đ removed), lower-case letters and digits joined by single hyphens.
 * Every route and the API check an incoming slug with `isSlug` before it reaches the database, so
 * a malformed address is a plain 404 (or a named 400 in the API), never a query.
 */
import { foldAccents } from './vietnamese'

/** The longest slug a route accepts. Slugs the portal derives are at most 80 (see shortSlug). */
export const SLUG_MAX = 120

/** The pattern of one slug, unanchored, to compose into path patterns. */
export const SLUG_SOURCE = `[a-z0-9-]{1,${SLUG_MAX}}`

/** A whole string that is one slug. */
export const SLUG = new RegExp(`^${SLUG_SOURCE}$`)

/** Returns whether a value can be a slug (or an anchor) the portal made. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value)
}

/** Returns a URL slug: folded, lower-case, ASCII letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const DERIVED_MAX = 80

/** Returns a slug of at most 80 characters, cut at a hyphen so no word is split. */
export function shortSlug(text: string): string {
  const slug = slugify(text)
  if (slug.length <= DERIVED_MAX) return slug
  const cut = slug.slice(0, DERIVED_MAX + 1)
  const at = cut.lastIndexOf('-')
  return (at > 20 ? cut.slice(0, at) : slug.slice(0, DERIVED_MAX)).replace(/-+$/, '')
}
