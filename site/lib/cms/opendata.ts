/**
 * Public reads for the open-data API and feeds: legal documents with keyset paging, the
 * agency directory and news. Every call passes overrideAccess: false, so the collections'
 * access rules (published versions only) decide what leaves the CMS; documents are further
 * limited to the `published` workflow state, as on the list page.
 */
import { isSlug } from '../../../cms/lib/slug'
import type { Where } from 'payload'

import { findByNumberSymbol, numberSymbolWhere } from '../../../cms/collections/LegalDocuments/findByNumberSymbol'
import { memoryPage, type CursorPosition, type MemoryOrder } from '../api/cursor'
import { endOfVnDay, startOfVnDay } from '../../../cms/lib/dates'
import type { Agency, LegalDocument, News } from '../../../cms/payload-types'
import { payloadInstance } from './payload'
import { searchMatches } from './search'

/** Orders of the documents list: `effectiveAt` falls back to the issue date (as on /van-ban), `publishedAt` is when it went online. */
export type DocumentSort = 'issuedAt' | '-issuedAt' | 'updatedAt' | '-updatedAt' | 'effectiveAt' | '-effectiveAt' | '-publishedAt'

/** Filters and position of one page of the documents list. */
export interface DocumentPageQuery {
  q?: string
  type?: string
  issuer?: string
  field?: string
  year?: number
  validity?: string
  /** `yyyy-mm-dd`, inclusive (Vietnamese calendar days). */
  issuedFrom?: string
  issuedTo?: string
  /** ISO 8601 instant: documents changed at or after it. */
  updatedSince?: string
  sort: DocumentSort
  /** Position after which the page starts: sort value in epoch ms, and id. */
  cursor?: CursorPosition
  /** Rows to fetch (the caller asks one more than it shows, to know whether a next page exists). */
  take: number
}

const LIST_SELECT = {
  numberSymbol: true,
  documentType: true,
  issuer: true,
  summary: true,
  issuedAt: true,
  effectiveAt: true,
  expiresAt: true,
  validity: true,
  validityExpires: true,
  signerName: true,
  signerTitle: true,
  fields: true,
  language: true,
  slug: true,
  year: true,
  publishedAt: true,
  updatedAt: true,
} as const

const LIST_POPULATE = {
  'document-types': { name: true, code: true },
  issuers: { name: true, abbreviation: true },
  fields: { name: true },
} as const

/** A document as the API list and feeds read it (no full text). */
export type ListedDocument = Pick<LegalDocument, 'id' | keyof typeof LIST_SELECT>

/** Returns the `where` of the document filters that are not dates or words (published documents only). */
export function documentWhere(q: Pick<DocumentPageQuery, 'type' | 'issuer' | 'field' | 'year' | 'validity'>): Where {
  const and: Where[] = [{ workflowState: { equals: 'published' } }]
  if (q.type) and.push({ documentType: { equals: q.type } })
  if (q.issuer) and.push({ issuer: { equals: q.issuer } })
  if (q.field) and.push({ fields: { in: [q.field] } })
  if (q.year) and.push({ year: { equals: q.year } })
  if (q.validity) and.push({ validity: { equals: q.validity } })
  return { and }
}

/**
 * What the words `q` select: a number-symbol written out in full (`43/2011/NĐ-CP`) is looked up
 * in the database (that document, whatever the index); other words go through the site search's
 * engine, as on /tim-kiem (accents optional, phrases in quotes, `chỉ thị 15 năm 2012`), every
 * word required. Null when there are no words.
 */
async function wordsMatch(q: string | undefined): Promise<{ where: Where } | { ids: Set<string> } | null> {
  const words = (q ?? '').trim()
  if (!words) return null
  const where = numberSymbolWhere(words)
  if (where) return { where }
  return { ids: new Set(await searchMatches('document', words)) }
}

/** The value a document sorts by, in epoch ms. */
function sortValue(d: { issuedAt: string; updatedAt: string; effectiveAt?: string | null; publishedAt?: string | null }, field: string): number {
  if (field === 'effectiveAt') return Date.parse(d.effectiveAt ?? d.issuedAt)
  if (field === 'publishedAt') return Date.parse(d.publishedAt ?? d.issuedAt)
  return Date.parse(field === 'updatedAt' ? d.updatedAt : d.issuedAt)
}

/** Returns the value (epoch ms) a listed document sorts by under `sort`: what the next-page cursor holds. */
export function documentSortValue(d: ListedDocument, sort: DocumentSort): number {
  return sortValue(d, sort.replace(/^-/, ''))
}

type Keyed = { id: number | string; value: number; issuedAt: number; updatedAt: number }

/**
 * Returns up to `take` published documents after the cursor, in (sort field, id) order: a
 * keyset page, exact however deep one goes and while documents are added. Dates are compared
 * as instants in code, not as stored text: SQLite keeps a date in the form it was given
 * (`…Z` or `…+07:00`), so text comparison in the database would skip or repeat rows.
 */
export async function findDocumentsPage(q: DocumentPageQuery): Promise<ListedDocument[]> {
  const payload = await payloadInstance()
  const words = await wordsMatch(q.q)
  const base = documentWhere(q)
  const keys = await payload.find({
    collection: 'legal-documents',
    where: words && 'where' in words ? { and: [base, words.where] } : base,
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
    select: { issuedAt: true, updatedAt: true, effectiveAt: true, publishedAt: true },
  })
  const from = q.issuedFrom ? startOfVnDay(q.issuedFrom)!.getTime() : -Infinity
  const to = q.issuedTo ? endOfVnDay(q.issuedTo)!.getTime() : Infinity
  const since = q.updatedSince ? Date.parse(q.updatedSince) : -Infinity
  const field = q.sort.replace(/^-/, '')
  const rows: Keyed[] = keys.docs
    .filter((d) => !words || !('ids' in words) || words.ids.has(String(d.id)))
    .map((d) => ({ id: d.id, value: sortValue(d, field), issuedAt: Date.parse(d.issuedAt), updatedAt: Date.parse(d.updatedAt) }))
    .filter((d) => d.issuedAt >= from && d.issuedAt < to && d.updatedAt >= since)
  const order: MemoryOrder<Keyed> = { value: (d) => d.value, id: (d) => d.id, direction: q.sort.startsWith('-') ? 'desc' : 'asc' }
  const ids = memoryPage(rows, order, q.cursor, q.take).map((d) => d.id)
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ id: { in: ids } }, { workflowState: { equals: 'published' } }] },
    depth: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    select: LIST_SELECT,
    populate: LIST_POPULATE,
  })
  const byId = new Map(docs.map((d) => [String(d.id), d as ListedDocument]))
  return ids.map((id) => byId.get(String(id))).filter((d): d is ListedDocument => d !== undefined)
}

/** Filters of the documents feed: those of /van-ban (words, type, issuer, field, year, validity, issue dates) and its order. */
export type DocumentFeedQuery = Omit<DocumentPageQuery, 'cursor' | 'take' | 'updatedSince'>

/** Returns the first `limit` published documents of the list's filters and order (by default the newest online first), for feeds. */
export async function latestDocuments(filters: Partial<DocumentFeedQuery>, limit = 50): Promise<ListedDocument[]> {
  return findDocumentsPage({ ...filters, sort: filters.sort ?? '-publishedAt', take: limit })
}

/**
 * Returns the published document addressed by its id or by a number-symbol in any common
 * spelling (`43/2011/ND-CP`), with attachments and relation targets populated; null otherwise.
 */
export async function findPublicDocument(idOrNumber: string): Promise<LegalDocument | null> {
  const payload = await payloadInstance()
  let id: string | number | null = null
  if (!idOrNumber.includes('/') && /^[A-Za-z0-9_-]{1,64}$/.test(idOrNumber)) {
    id = await findIdBy({ id: { equals: idOrNumber } })
  }
  if (id === null) {
    const byNumber = await findByNumberSymbol(payload, idOrNumber, { publicOnly: true })
    id = byNumber?.workflowState === 'published' ? byNumber.id : null
  }
  if (id === null) return null
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ id: { equals: id } }, { workflowState: { equals: 'published' } }] },
    limit: 1,
    depth: 2,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

async function findIdBy(where: Where): Promise<string | number | null> {
  const payload = await payloadInstance()
  try {
    const { docs } = await payload.find({
      collection: 'legal-documents',
      where: { and: [where, { workflowState: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      draft: false,
      overrideAccess: false,
      select: {},
    })
    return docs[0]?.id ?? null
  } catch {
    // A value that is not an id for this database (e.g. text on a numeric key) finds nothing.
    return null
  }
}

/** Returns every published agency with its parent's name and slug, sorted by name. */
export async function listPublicAgencies(): Promise<Agency[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'agencies',
    sort: 'name',
    depth: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    populate: { agencies: { name: true, slug: true } },
  })
  return docs
}

/** Returns the published agency with that slug and its parent's name and slug, or null. */
export async function findPublicAgency(slug: string): Promise<Agency | null> {
  const payload = await payloadInstance()
  if (!isSlug(slug)) return null
  const { docs } = await payload.find({
    collection: 'agencies',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
    populate: { agencies: { name: true, slug: true } },
  })
  return docs[0] ?? null
}

/** Returns the newest published news items, for the news feed; [] when the collection is absent. */
export async function latestNews(limit = 50): Promise<Pick<News, 'id' | 'title' | 'summary' | 'slug' | 'publishedAt' | 'updatedAt' | 'category'>[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'news',
    where: { publishedAt: { less_than_equal: new Date().toISOString() } },
    sort: '-publishedAt',
    limit,
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { title: true, summary: true, slug: true, publishedAt: true, updatedAt: true, category: true },
  })
  return docs
}
