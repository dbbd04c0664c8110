/**
 * The section items whose publication Decree 43/2011 Art 17 sets a deadline for (plans,
 * projects, dissemination, science, statistics), with the date each deadline runs from and the
 * moment the item really went online. That moment is the first publication in the audit log
 * (written in the publishing transaction), not the "Ngày đăng" an editor may type; items
 * published before the audit log existed (or seeded) fall back to that date. Published items
 * only, read as the public reads them; the audit log is read for dates alone.
 */
import type { Payload } from 'payload'

import { AUDIT_LOG_SLUG } from '../audit/collection'
import type { Art17Item, Art17RuleKey } from '../lib/stats/art17'
import { sectionItemPath, type SectionCollectionSlug } from '../lib/paths'
import { WORKFLOW_LABELS } from '../lib/workflow'

/** The Art 17 rule of each section collection and the field its deadline runs from. */
const SECTIONS: { collection: SectionCollectionSlug; rule: Art17RuleKey; start: 'approvedAt' | 'announcedAt' | 'relatedDocuments' }[] = [
  { collection: 'plans', rule: 'plans', start: 'approvedAt' },
  { collection: 'projects', rule: 'projects', start: 'approvedAt' },
  { collection: 'science-programmes', rule: 'science', start: 'approvedAt' },
  { collection: 'sector-statistics', rule: 'statistics', start: 'announcedAt' },
  // Dissemination runs from the issue of the text disseminated: the latest of the related documents.
  { collection: 'law-dissemination', rule: 'dissemination', start: 'relatedDocuments' },
]

type Row = { id: string | number; title?: string | null; slug?: string | null; publishedAt?: string | null; approvedAt?: string | null; announcedAt?: string | null; relatedDocuments?: unknown[] | null }

/** Returns the first publication of each item (`collection:id` → ISO time) from the audit log. */
async function firstPublications(payload: Payload, collections: string[]): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: AUDIT_LOG_SLUG as 'audit-log',
    where: { and: [{ collectionSlug: { in: collections } }, { to: { equals: WORKFLOW_LABELS.published } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'at',
    select: { collectionSlug: true, docId: true, at: true },
  })
  const first = new Map<string, string>()
  for (const e of docs as { collectionSlug: string; docId: string; at: string }[]) {
    const key = `${e.collectionSlug}:${e.docId}`
    if (!first.has(key)) first.set(key, e.at)
  }
  return first
}

/** Returns the latest issue date among related documents (populated at depth 1), or null. */
function latestIssue(related: unknown[] | null | undefined): string | null {
  let latest: string | null = null
  for (const d of related ?? []) {
    const at = d && typeof d === 'object' ? (d as { issuedAt?: string | null }).issuedAt : null
    if (at && (!latest || Date.parse(at) > Date.parse(latest))) latest = at
  }
  return latest
}

/** Returns the published section items Art 17 applies to, with their start and online dates. */
export async function art17SectionItems(payload: Payload): Promise<Art17Item[]> {
  const [published, ...lists] = await Promise.all([
    firstPublications(payload, SECTIONS.map((s) => s.collection)),
    ...SECTIONS.map((s) =>
      payload.find({
        collection: s.collection,
        depth: s.start === 'relatedDocuments' ? 1 : 0,
        pagination: false,
        draft: false,
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
        select: { title: true, slug: true, publishedAt: true, [s.start]: true },
        ...(s.start === 'relatedDocuments' ? { populate: { 'legal-documents': { issuedAt: true } } } : {}),
      }),
    ),
  ])
  return SECTIONS.flatMap((s, i) =>
    (lists[i]!.docs as Row[]).map((d) => ({
      rule: s.rule,
      id: String(d.id),
      title: d.title ?? '',
      url: sectionItemPath(s.collection, d.slug),
      startAt: s.start === 'relatedDocuments' ? latestIssue(d.relatedDocuments) : (d[s.start] ?? null),
      onlineAt: published.get(`${s.collection}:${d.id}`) ?? d.publishedAt ?? null,
    })),
  )
}
