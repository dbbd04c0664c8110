import { isSlug } from '../../../cms/lib/slug'
import { documentPath, draftPath } from '../../../cms/lib/paths'
import type { Agency } from '../../../cms/payload-types'
import { emailFlags, indexAddresses, type EmailFlag } from '../../../cms/lib/agencies/flags'
import { matchAgencies } from '../../../cms/lib/agencies/search'
import { buildTree, type TreeNode } from '../../../cms/lib/agencies/tree'
import { agencyNotes, type AgencyNotes } from '../agency-notes'
import { verificationMonths } from '../../../cms/lib/agencies/verification'
import { payloadInstance } from './payload'
import { getSettings } from './settings'
import { searchSite } from './search'

export type PublicAgency = Agency

/** Filters of the directory page: level and parent agency (its id). */
export interface AgencyFilters {
  level?: string | null
  parent?: string | null
}

/** Returns every published agency (depth 0), sorted by name. Public read: access rules apply. */
export async function listPublishedAgencies(): Promise<Agency[]> {
  const payload = await payloadInstance()
  // The directory has at most a few thousand entries: one query, no paging.
  const { docs } = await payload.find({ collection: 'agencies', depth: 0, pagination: false, sort: 'name', draft: false, overrideAccess: false })
  return docs
}

/** The whole directory: agencies, the tree by parent, and the address warnings of each agency. */
export interface Directory {
  agencies: Agency[]
  byId: Map<string, Agency>
  tree: TreeNode<Agency>[]
  flags: Map<string, EmailFlag[]>
  /** Successor and re-verification notes of each agency (Vietnamese). */
  notes: Map<string, AgencyNotes>
}

/** Returns the directory with its tree and warnings (duplicates are computed over published agencies). */
export async function getDirectory(lang: 'vi' | 'en' = 'vi'): Promise<Directory> {
  const [agencies, settings] = await Promise.all([listPublishedAgencies(), getSettings()])
  const index = indexAddresses(agencies)
  const byId = new Map(agencies.map((a) => [String(a.id), a]))
  const noteOpts = { lookup: (id: string) => byId.get(id), now: new Date(), months: verificationMonths(settings.agencyVerificationMonths), lang }
  return {
    agencies,
    byId,
    tree: buildTree(agencies),
    flags: new Map(agencies.map((a) => [String(a.id), emailFlags(a, index)])),
    notes: new Map(agencies.map((a) => [String(a.id), agencyNotes(a, noteOpts)])),
  }
}

/**
 * Returns the published agencies matching the query (accent-insensitive, every word must match;
 * see cms/lib/agencies/search.ts) and the filters. Kept behind this one function so it can move
 * to the shared search engine (cms/search) without touching the pages.
 */
export async function searchAgencies(q: string, filters: AgencyFilters = {}, directory?: Directory): Promise<Agency[]> {
  const { agencies } = directory ?? (await getDirectory())
  const filtered = agencies.filter(
    (a) =>
      (!filters.level || a.level === filters.level) &&
      (!filters.parent || String(typeof a.parent === 'object' && a.parent ? a.parent.id : a.parent) === filters.parent),
  )
  const words = q.slice(0, 200).trim()
  if (!words) return matchAgencies(filtered, words)
  // The site search engine ranks agencies (accent-insensitive, same analysis as every search).
  const { results } = await searchSite({ q: words, kind: 'agency', pageSize: 100 })
  const rank = new Map(results.map((r, i) => [r.id, i]))
  return filtered.filter((a) => rank.has(String(a.id))).sort((a, b) => rank.get(String(a.id))! - rank.get(String(b.id))!)
}

/** Returns the published agency at /co-quan/{slug} with its parent, or null (unknown, unpublished, bad slug). */
export async function getAgencyBySlug(slug: string): Promise<Agency | null> {
  if (!isSlug(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'agencies', where: { slug: { equals: slug } }, limit: 1, depth: 1, draft: false, overrideAccess: false })
  return docs[0] ?? null
}

/** One item listed on an agency page. */
export interface AgencyItem {
  title: string
  summary: string
  url: string
  date: string | null
}

/** Returns the newest published legal documents whose issuer is linked to the agency. */
export async function agencyDocuments(agencyId: number | string, limit = 20): Promise<AgencyItem[]> {
  const payload = await payloadInstance()
  const issuers = await payload.find({ collection: 'issuers', where: { agency: { equals: agencyId } }, depth: 0, pagination: false, overrideAccess: false, select: { name: true } })
  if (issuers.docs.length === 0) return []
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ issuer: { in: issuers.docs.map((i) => i.id) } }, { workflowState: { equals: 'published' } }] },
    sort: '-issuedAt',
    limit,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { numberSymbol: true, summary: true, slug: true, year: true, issuedAt: true },
  })
  return docs.map((d) => ({ title: d.numberSymbol, summary: d.summary, url: documentPath(d), date: d.issuedAt }))
}

/** Returns the published drafts the agency is drafting, newest first. */
export async function agencyDrafts(agencyId: number | string, limit = 20): Promise<AgencyItem[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'drafts',
    where: { draftingAgency: { equals: agencyId } },
    sort: '-updatedAt',
    limit,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { title: true, summary: true, slug: true, updatedAt: true },
  })
  return docs.map((d) => ({ title: d.title, summary: d.summary ?? '', url: draftPath(d.slug), date: d.updatedAt }))
}

/** Returns the agency at the slug with its address warnings and published subordinates, or null. */
export async function getAgencyPage(slug: string, lang: 'vi' | 'en' = 'vi'): Promise<{ agency: Agency; flags: EmailFlag[]; children: Agency[]; notes: AgencyNotes } | null> {
  const agency = await getAgencyBySlug(slug)
  if (!agency) return null
  const directory = await getDirectory(lang)
  const children = directory.agencies.filter((a) => String(typeof a.parent === 'object' && a.parent ? a.parent.id : a.parent) === String(agency.id))
  const notes = directory.notes.get(String(agency.id)) ?? { succession: null, reverify: null }
  return { agency, flags: directory.flags.get(String(agency.id)) ?? [], children, notes }
}
