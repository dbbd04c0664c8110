/**
 * The date of the portal's last public content change, the Dublin Core `DC.date` of pages that
 * show a bit of everything (home, search, site map) and the fallback of every other page that
 * does not pass its own (Decree 43 Art 14; Circular 24/2011: date is mandatory). Public reads
 * only: a saved draft or a pending change does not count until it is published.
 */
import { contentVersion } from '../../../cms/hooks/contentEvents'
import { payloadInstance } from './payload'

/** The collections whose published items make up the public site. */
const PUBLIC_COLLECTIONS = [
  'legal-documents',
  'drafts',
  'news',
  'directions',
  'work-schedules',
  'law-dissemination',
  'plans',
  'projects',
  'science-programmes',
  'sector-statistics',
  'public-services',
  'disclosures',
  'pages',
  'agencies',
] as const

let cached: { version: number; at: string | null } | null = null

/** Returns the ISO time of the newest change among published items, or null when nothing is published. */
export async function lastPublicChange(): Promise<string | null> {
  const version = contentVersion()
  if (cached && cached.version === version) return cached.at
  let at: string | null = null
  try {
    const payload = await payloadInstance()
    const newest = await Promise.all(
      PUBLIC_COLLECTIONS.map((collection) =>
        payload
          .find({ collection, sort: '-updatedAt', limit: 1, depth: 0, draft: false, overrideAccess: false, select: { updatedAt: true } as never })
          .then((r) => (r.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null)
          .catch(() => null),
      ),
    )
    for (const d of newest) if (d && (!at || d > at)) at = d
  } catch {
    at = null
  }
  cached = { version, at }
  return at
}
