/**
 * Public reads of drafts and their versions. Every call passes overrideAccess: false, so only
 * published drafts are visible; versions are public history. The consultation state is
 * computed here from the dates (cms/consultation/state.ts) at each request.
 */
import { isSlug } from '../../../cms/lib/slug'
import { draftPath } from '../../../cms/lib/paths'
import type { Agency, DocumentType, Draft, DraftVersion, Media } from '../../../cms/payload-types'
import type { ArticleText } from '../../../cms/consultation/drafts/diff'
import { type ConsultationState, consultationState, daysLeft, nextStateChangeAt } from '../../../cms/consultation/state'
import type { TocEntry } from '../../../cms/lib/legal-text'
import { payloadInstance } from './payload'

/** A reference shown by name (agency, document type) with its id for filters. */
export interface NamedRef {
  id: string
  name: string
}

/** A downloadable file. */
export interface PublicFile {
  title: string
  url: string
  filename: string
  size: number | null
}

/** A draft as lists show it. */
export interface DraftSummary {
  id: number | string
  slug: string
  url: string
  title: string
  summary: string
  agency: NamedRef | null
  documentType: NamedRef | null
  opensAt: string
  closesAt: string
  reportPublishedAt: string | null
  state: ConsultationState
  daysLeft: number | null
  nextChangeAt: Date | null
  isSample: boolean
}

/** One published text of a draft (light: without the text). */
export interface VersionInfo {
  number: number
  publishedAt: string
  changeNote: string | null
}

/** One published text of a draft, ready to show. */
export interface PublicVersion extends VersionInfo {
  bodyHtml: string
  toc: TocEntry[]
  articles: ArticleText[]
}

/** Everything the draft page shows besides comments. */
export interface PublicDraft extends DraftSummary {
  periodDays: number | null
  minimumDays: number | null
  minimumLegalBasis: string | null
  shortPeriodReason: string | null
  receivingUnit: { name: string; email: string; phone: string | null; address: string }
  explanatoryNote: PublicFile | null
  attachments: PublicFile[]
  report: { summary: string | null; file: PublicFile | null }
  /** The current text (latest version), or null before the first publication recorded one. */
  version: PublicVersion | null
  versions: VersionInfo[]
}

const named = (ref: unknown): NamedRef | null =>
  ref && typeof ref === 'object' && 'name' in ref ? { id: String((ref as Agency | DocumentType).id), name: String((ref as { name: string }).name) } : null

const file = (ref: unknown, title?: string | null): PublicFile | null => {
  if (!ref || typeof ref !== 'object') return null
  const m = ref as Media
  if (!m.url) return null
  return { title: title || m.alt || m.filename || 'Tệp', url: m.url, filename: m.filename ?? '', size: m.filesize ?? null }
}

function summaryOf(d: Draft, now: Date): DraftSummary {
  const dates = { opensAt: d.opensAt, closesAt: d.closesAt, reportPublishedAt: d.report?.publishedAt ?? null }
  return {
    id: d.id,
    slug: d.slug ?? String(d.id),
    url: draftPath(d.slug ?? String(d.id)),
    title: d.title,
    summary: d.summary ?? '',
    agency: named(d.draftingAgency),
    documentType: named(d.documentType),
    opensAt: d.opensAt,
    closesAt: d.closesAt,
    reportPublishedAt: dates.reportPublishedAt,
    state: consultationState(dates, now),
    daysLeft: daysLeft(dates, now),
    nextChangeAt: nextStateChangeAt(dates, now),
    isSample: Boolean(d.isSample),
  }
}

/** Filters of the draft list (ids as strings, from the query string). */
export interface DraftFilter {
  agency?: string | null
  type?: string | null
}

/** The draft list: open drafts first (closing soonest first), then upcoming, then closed (newest first), with the filter options. */
export interface DraftList {
  open: DraftSummary[]
  upcoming: DraftSummary[]
  closed: DraftSummary[]
  agencies: NamedRef[]
  types: NamedRef[]
  /** The earliest moment a listed draft changes state (for cache lifetime and reload). */
  nextChangeAt: Date | null
}

/** Returns every published draft grouped by state, filtered by drafting agency and document type. */
export async function listDrafts(filter: DraftFilter = {}, now: Date = new Date()): Promise<DraftList> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'drafts',
    limit: 1000,
    depth: 1,
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true, summary: true, draftingAgency: true, documentType: true, opensAt: true, closesAt: true, report: { publishedAt: true }, isSample: true },
    populate: { agencies: { name: true }, 'document-types': { name: true } },
  })
  const all = docs.map((d) => summaryOf(d as Draft, now))
  const unique = (refs: (NamedRef | null)[]) =>
    [...new Map(refs.filter((r): r is NamedRef => r !== null).map((r) => [r.id, r])).values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  const shown = all.filter((d) => (!filter.agency || d.agency?.id === filter.agency) && (!filter.type || d.documentType?.id === filter.type))
  const time = (s: string | null) => (s ? new Date(s).getTime() : 0)
  const changes = shown.map((d) => d.nextChangeAt?.getTime()).filter((t): t is number => typeof t === 'number')
  return {
    open: shown.filter((d) => d.state === 'open').sort((a, b) => time(a.closesAt) - time(b.closesAt)),
    upcoming: shown.filter((d) => d.state === 'upcoming').sort((a, b) => time(a.opensAt) - time(b.opensAt)),
    closed: shown.filter((d) => d.state === 'closed' || d.state === 'reportPublished').sort((a, b) => time(b.closesAt) - time(a.closesAt)),
    agencies: unique(all.map((d) => d.agency)),
    types: unique(all.map((d) => d.documentType)),
    nextChangeAt: changes.length ? new Date(Math.min(...changes)) : null,
  }
}

function toVersion(v: DraftVersion): PublicVersion {
  return {
    number: v.number,
    publishedAt: v.publishedAt,
    changeNote: v.changeNote ?? null,
    bodyHtml: v.bodyHtml ?? '',
    toc: Array.isArray(v.toc) ? (v.toc as unknown as TocEntry[]) : [],
    articles: Array.isArray(v.articles) ? (v.articles as unknown as ArticleText[]) : [],
  }
}

/** Returns the versions of a draft, newest first, without their texts. */
export async function listVersions(draftId: number | string): Promise<VersionInfo[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'draft-versions',
    where: { draft: { equals: draftId } },
    sort: '-number',
    limit: 500,
    depth: 0,
    overrideAccess: false,
    select: { number: true, publishedAt: true, changeNote: true },
  })
  return docs.map((v) => ({ number: v.number, publishedAt: v.publishedAt, changeNote: v.changeNote ?? null }))
}

/** Returns version `number` of a draft (the latest when number is omitted), or null. */
export async function getVersion(draftId: number | string, number?: number): Promise<PublicVersion | null> {
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'draft-versions',
    where: number === undefined ? { draft: { equals: draftId } } : { and: [{ draft: { equals: draftId } }, { number: { equals: number } }] },
    sort: '-number',
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ? toVersion(docs[0]) : null
}

/** Returns the published draft at /du-thao/{slug} with its current text and version list, or null. */
export async function getDraftBySlug(slug: string, now: Date = new Date()): Promise<PublicDraft | null> {
  if (!isSlug(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'drafts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  const d = docs[0] as Draft | undefined
  if (!d) return null
  const [version, versions] = await Promise.all([getVersion(d.id), listVersions(d.id)])
  return {
    ...summaryOf(d, now),
    periodDays: d.periodDays ?? null,
    minimumDays: d.minimumDays ?? null,
    minimumLegalBasis: d.minimumLegalBasis ?? null,
    shortPeriodReason: d.shortPeriodReason?.trim() || null,
    receivingUnit: {
      name: d.receivingUnit?.name ?? '',
      email: d.receivingUnit?.email ?? '',
      phone: d.receivingUnit?.phone ?? null,
      address: d.receivingUnit?.address ?? '',
    },
    explanatoryNote: file(d.explanatoryNote, 'Tờ trình'),
    attachments: (d.attachments ?? []).map((a) => file(a.file, a.title)).filter((f): f is PublicFile => f !== null),
    report: { summary: d.report?.summary ?? null, file: file(d.report?.file, 'Báo cáo tổng hợp, tiếp thu, giải trình') },
    version,
    versions,
  }
}

/** One draft as the site search indexes it: its articles are the units. */
export interface DraftForSearch {
  id: string
  url: string
  title: string
  summary: string
  units: { anchor: string; label: string; title: string; text: string }[]
}

/** Returns every published draft with the articles of its current version, for the site search (no comments, no personal data). */
export async function listPublishedDraftsForSearch(): Promise<DraftForSearch[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'drafts',
    limit: 1000,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true, summary: true },
  })
  const out: DraftForSearch[] = []
  for (const d of docs) {
    const version = await getVersion(d.id)
    out.push({
      id: String(d.id),
      url: draftPath(d.slug ?? String(d.id)),
      title: d.title,
      summary: d.summary ?? '',
      units: (version?.articles ?? []).map(({ anchor, label, title, text }) => ({ anchor, label, title, text })),
    })
  }
  return out
}
