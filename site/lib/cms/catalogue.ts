import { documentPath } from '../../../cms/lib/paths'
import { contentVersion } from '../../../cms/hooks/contentEvents'
import { idString as idOf } from '../../../cms/lib/ids'
import { payloadInstance } from './payload'

/** One published document as the list page needs it (no full text). */
export interface CatalogueEntry {
  id: number | string
  numberSymbol: string
  summary: string
  url: string
  year: number
  type: string
  issuer: string
  fields: string[]
  validity: string
  issuedAt: number
  effectiveAt: number | null
  /** Last change (epoch ms): the list's Dublin Core date is the newest. */
  updatedAt: number
  /** A seed illustration, marked "dữ liệu mẫu" wherever it is listed. */
  sample: boolean
}

export interface Option {
  value: string
  label: string
}

export interface Catalogue {
  entries: CatalogueEntry[]
  types: Option[]
  issuers: Option[]
  fields: Option[]
}

let cached: { version: number; catalogue: Catalogue } | null = null
let loading: { version: number; promise: Promise<Catalogue> } | null = null


async function load(): Promise<Catalogue> {
  const payload = await payloadInstance()
  const [docs, types, issuers, fields] = await Promise.all([
    payload.find({
      collection: 'legal-documents',
      where: { workflowState: { equals: 'published' } },
      select: { numberSymbol: true, summary: true, slug: true, year: true, documentType: true, issuer: true, fields: true, validity: true, issuedAt: true, effectiveAt: true, updatedAt: true, isSample: true },
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: false,
    }),
    payload.find({ collection: 'document-types', depth: 0, pagination: false, sort: 'name', overrideAccess: false }),
    payload.find({ collection: 'issuers', depth: 0, pagination: false, sort: 'name', overrideAccess: false }),
    payload.find({ collection: 'fields', depth: 0, pagination: false, sort: 'name', overrideAccess: false }),
  ])
  const entries = docs.docs.map((d) => ({
    id: d.id,
    numberSymbol: d.numberSymbol,
    summary: d.summary,
    url: documentPath(d),
    year: d.year ?? 0,
    type: idOf(d.documentType),
    issuer: idOf(d.issuer),
    fields: (d.fields ?? []).map(idOf),
    validity: d.validity ?? 'inForce',
    issuedAt: Date.parse(d.issuedAt),
    effectiveAt: d.effectiveAt ? Date.parse(d.effectiveAt) : null,
    updatedAt: Date.parse(d.updatedAt),
    sample: d.isSample === true,
  }))
  const opts = (list: { id: unknown; name: string }[]) => list.map((x) => ({ value: String(x.id), label: x.name }))
  return { entries, types: opts(types.docs), issuers: opts(issuers.docs), fields: opts(fields.docs) }
}

/**
 * Returns the catalogue of published documents, reloaded after any committed content change
 * (announced by the change feed). A load is kept under the version it started at: a change
 * that arrives while it runs makes the next request load again.
 */
export async function getCatalogue(): Promise<Catalogue> {
  const version = contentVersion()
  if (cached && cached.version === version) return cached.catalogue
  if (!loading || loading.version !== version) {
    const mine = { version, promise: load() }
    loading = mine
    void mine.promise.finally(() => {
      if (loading === mine) loading = null
    }).catch(() => undefined)
  }
  const current = loading
  const catalogue = await current.promise
  if (!cached || cached.version <= current.version) cached = { version: current.version, catalogue }
  return catalogue
}

export interface CatalogueQuery {
  type?: string
  issuer?: string
  field?: string
  year?: number
  validity?: string
  issuedFrom?: number
  issuedTo?: number
  sort?: 'issued' | 'effective'
  page?: number
  pageSize?: number
}

type Dimension = 'type' | 'issuer' | 'field' | 'year' | 'validity'

function matches(e: CatalogueEntry, q: CatalogueQuery, except?: Dimension): boolean {
  if (q.type && except !== 'type' && e.type !== q.type) return false
  if (q.issuer && except !== 'issuer' && e.issuer !== q.issuer) return false
  if (q.field && except !== 'field' && !e.fields.includes(q.field)) return false
  if (q.year && except !== 'year' && e.year !== q.year) return false
  if (q.validity && except !== 'validity' && e.validity !== q.validity) return false
  if (q.issuedFrom !== undefined && e.issuedAt < q.issuedFrom) return false
  if (q.issuedTo !== undefined && e.issuedAt > q.issuedTo) return false
  return true
}

function facet(entries: CatalogueEntry[], q: CatalogueQuery, dim: Dimension): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of entries) {
    if (!matches(e, q, dim)) continue
    const values = dim === 'field' ? e.fields : [String(dim === 'year' ? e.year : e[dim])]
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return counts
}

/**
 * Filters, sorts and pages the catalogue. Each facet counts the documents matching every other
 * filter, so a reader sees how many results choosing that value would give.
 */
export function queryCatalogue(c: Catalogue, q: CatalogueQuery) {
  const pageSize = Math.min(100, Math.max(1, q.pageSize ?? 20))
  const hits = c.entries.filter((e) => matches(e, q))
  const key = q.sort === 'effective' ? (e: CatalogueEntry) => e.effectiveAt ?? e.issuedAt : (e: CatalogueEntry) => e.issuedAt
  hits.sort((a, b) => key(b) - key(a) || String(a.numberSymbol).localeCompare(String(b.numberSymbol), 'vi'))
  const totalPages = Math.max(1, Math.ceil(hits.length / pageSize))
  const page = Math.min(Math.max(1, q.page ?? 1), totalPages)
  return {
    total: hits.length,
    page,
    totalPages,
    items: hits.slice((page - 1) * pageSize, page * pageSize),
    facets: {
      type: facet(c.entries, q, 'type'),
      issuer: facet(c.entries, q, 'issuer'),
      field: facet(c.entries, q, 'field'),
      year: facet(c.entries, q, 'year'),
      validity: facet(c.entries, q, 'validity'),
    },
  }
}
