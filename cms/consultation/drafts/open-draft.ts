/** The published draft a comment is sent to, as the submitComment command needs it. */
import { isSlug } from '../../lib/slug'
import type { Payload } from 'payload'

import { contentVersion } from '../../hooks/contentEvents'

/** What the intake needs to know about a draft. */
export interface DraftForComment {
  id: number | string
  slug: string
  title: string
  opensAt: string
  closesAt: string
  reportPublishedAt: string | null
  /** Current public version number (comments are pinned to it). */
  version: number
  articles: { anchor: string; label: string }[]
}

const CACHE_MS = 5_000
const cache = new Map<string, { at: number; revision: number; value: DraftForComment | null }>()

/**
 * Returns the published draft for the form, or null (a public read: overrideAccess false).
 * Cached for a few seconds per slug (a campaign posts hundreds per second); any content change
 * empties the cache at once.
 */
export async function draftForComment(payload: Payload, slug: string): Promise<DraftForComment | null> {
  if (!isSlug(slug)) return null
  const hit = cache.get(slug)
  if (hit && hit.revision === contentVersion() && Date.now() - hit.at < CACHE_MS) return hit.value
  const revision = contentVersion()
  const { docs } = await payload.find({
    collection: 'drafts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true, opensAt: true, closesAt: true, report: { publishedAt: true } },
  })
  const d = docs[0]
  let value: DraftForComment | null = null
  if (d) {
    const versions = await payload.find({
      collection: 'draft-versions',
      where: { draft: { equals: d.id } },
      sort: '-number',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      select: { number: true, articles: true },
    })
    const v = versions.docs[0]
    const articles = Array.isArray(v?.articles) ? (v.articles as { anchor: string; label: string }[]) : []
    value = {
      id: d.id,
      slug: d.slug ?? slug,
      title: d.title,
      opensAt: d.opensAt,
      closesAt: d.closesAt,
      reportPublishedAt: d.report?.publishedAt ?? null,
      version: v?.number ?? 1,
      articles: articles.map((a) => ({ anchor: a.anchor, label: a.label })),
    }
  }
  cache.set(slug, { at: Date.now(), revision, value })
  return value
}
