import { submitRating, type RatingOutcome } from '../../cms/consultation/commands/submitRating'
import { isRatingLevel, ratablePath } from '../../cms/consultation/ratings/levels'
import { payloadInstance } from './cms/payload'
import { flattenTree, getSiteTree } from './cms/sitemap'

export type { RatingOutcome }

// Pages that hang under a published page without being in the site map: a draft's comments,
// versions, comparison and report; a year's printable statistics report.
const SUB_PAGES: { pattern: RegExp; parent: (m: RegExpMatchArray) => string; title: (parent: string, m: RegExpMatchArray) => string }[] = [
  { pattern: /^(\/du-thao\/[a-z0-9-]+)\/y-kien$/, parent: (m) => m[1]!, title: (p) => `Ý kiến góp ý — ${p}` },
  { pattern: /^(\/du-thao\/[a-z0-9-]+)\/bao-cao$/, parent: (m) => m[1]!, title: (p) => `Báo cáo tiếp thu, giải trình — ${p}` },
  { pattern: /^(\/du-thao\/[a-z0-9-]+)\/so-sanh$/, parent: (m) => m[1]!, title: (p) => `So sánh phiên bản — ${p}` },
  { pattern: /^(\/du-thao\/[a-z0-9-]+)\/phien-ban\/(\d{1,4})$/, parent: (m) => m[1]!, title: (p, m) => `${p} – phiên bản ${m[2]}` },
  { pattern: /^\/thong-ke\/bao-cao\/(\d{4})$/, parent: () => '/thong-ke', title: (_p, m) => `Báo cáo thống kê năm ${m[1]}` },
]

/** Returns the title of the published page at `path` (a site-map page or a sub-page of one), or null. */
export async function ratedPageTitle(path: string): Promise<string | null> {
  const nodes = flattenTree(await getSiteTree())
  const byPath = new Map(nodes.map((n) => [n.path, n.title]))
  const own = byPath.get(path)
  if (own !== undefined) return own
  for (const sub of SUB_PAGES) {
    const m = path.match(sub.pattern)
    const parent = m ? byPath.get(sub.parent(m)) : undefined
    if (m && parent !== undefined) return sub.title(parent, m)
  }
  return null
}

/**
 * The rating form's POST, site side: the path must be a published page of the site (a page
 * read); the submitRating command (cms/consultation/commands) then stores it and the totals.
 * `browser` is the browser's rating token (the page issues one when the cookie is missing).
 */
export async function recordRating(input: { path: unknown; level: unknown; browser: string; ip: string; now?: Date }): Promise<{ outcome: RatingOutcome; path: string | null }> {
  const path = ratablePath(input.path)
  if (!path) return { outcome: 'invalid-path', path: null }
  if (!isRatingLevel(input.level)) return { outcome: 'invalid-level', path }
  const title = await ratedPageTitle(path)
  if (title === null) return { outcome: 'invalid-path', path: null }
  return submitRating(await payloadInstance(), { ...input, path, title })
}
