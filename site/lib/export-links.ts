/**
 * The open-data links of a list page: JSON and CSV (the API) and RSS and Atom (the feeds) of
 * exactly what the page shows — the same words, filters and order — so "download this" never
 * gives something else than what the reader sees (Decree 43/2011 Art 15: information readers can
 * reuse; Circular 32/2017 on open formats).
 */
import { VALIDITY_LABELS } from '../../cms/lib/validity'
import type { SearchKind } from '../../cms/search'

/** The four links of one list (no feed when no feed can follow the list's filters). */
export interface ExportLinks {
  json: string
  csv: string
  rss?: string
  atom?: string
}

/** Rows per API page in an export link (the API's maximum; the answer links to the next page). */
const EXPORT_LIMIT = 100

type Params = Record<string, string | number | undefined>

/** The query string of the values given (`q` even when empty: the search API requires it). */
const query = (params: Params): string => {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && (v !== '' || k === 'q')) p.set(k, String(v))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** `yyyy-mm-dd` of an instant in Vietnam time. */
const vnDay = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms + 7 * 3600_000).toISOString().slice(0, 10))

/** What /van-ban shows: catalogue ids, issue dates (epoch ms, Vietnamese days) and order. */
export interface DocumentListState {
  type?: string
  issuer?: string
  field?: string
  year?: number
  validity?: string
  issuedFrom?: number
  issuedTo?: number
  sort?: 'issued' | 'effective'
}

/** Returns the links of the documents list with these filters and this order. */
export function documentExportLinks(s: DocumentListState): Required<ExportLinks> {
  const from = vnDay(s.issuedFrom)
  const to = vnDay(s.issuedTo)
  const common = { type: s.type, issuer: s.issuer, field: s.field, year: s.year, validity: s.validity }
  const api = query({ ...common, issuedFrom: from, issuedTo: to, sort: s.sort === 'effective' ? '-effectiveAt' : '-issuedAt', limit: EXPORT_LIMIT })
  const feed = query({ ...common, from, to, sort: s.sort ?? 'issued' })
  return { json: `/api/v1/documents${api}`, csv: `/api/v1/documents.csv${api}`, rss: `/rss/van-ban.xml${feed}`, atom: `/atom/van-ban.xml${feed}` }
}

type Option = { value: string; label: string }

/** What /tim-kiem shows: the words, the filters as the index names them, and the order. */
export interface SearchState {
  q: string
  kind?: SearchKind
  documentType?: string
  issuer?: string
  field?: string
  year?: number
  validity?: string
  sort: 'relevance' | 'date'
}

/** Returns the links of a search with these words, filters and order (catalogue names become the API's ids). */
export function searchExportLinks(s: SearchState, catalogue: { types: Option[]; issuers: Option[]; fields: Option[] }): Required<ExportLinks> {
  const id = (name: string | undefined, options: Option[]) => (name ? (options.find((o) => o.label === name)?.value ?? name) : undefined)
  const validity = s.validity ? (Object.entries(VALIDITY_LABELS).find(([, label]) => label === s.validity)?.[0] ?? s.validity) : undefined
  const common = {
    q: s.q,
    kind: s.kind,
    type: id(s.documentType, catalogue.types),
    issuer: id(s.issuer, catalogue.issuers),
    field: id(s.field, catalogue.fields),
    year: s.year,
    validity,
    sort: s.sort === 'date' ? 'date' : undefined,
  }
  const api = query({ ...common, limit: EXPORT_LIMIT })
  const feed = query({ ...common, q: s.q || undefined })
  return { json: `/api/v1/search${api}`, csv: `/api/v1/search.csv${api}`, rss: `/rss/tim-kiem.xml${feed}`, atom: `/atom/tim-kiem.xml${feed}` }
}

/**
 * Returns the links of a list the API serves at `/api/v1/{apiPath}` (a section, questions, the
 * agency directory, drafts) with the page's filters under their API names. The feed is the
 * list's own (`feed`, which takes `q` only) or the search feed of its kind, newest first; a
 * filter neither feed takes leaves the list without feed links rather than with wrong ones.
 */
export function listExportLinks(apiPath: string, feed: string | SearchKind, params: Params = {}): ExportLinks {
  const api = query({ ...params, limit: EXPORT_LIMIT })
  const links: ExportLinks = { json: `/api/v1/${apiPath}${api}`, csv: `/api/v1/${apiPath}.csv${api}` }
  const { q, ...others } = params
  if (Object.values(others).some((v) => v !== undefined && v !== '')) return links
  const [name, feedQuery] = feed.includes('-') ? [feed, query({ q: q || undefined })] : ['tim-kiem', query({ q: q || undefined, kind: feed, sort: 'date' })]
  return { ...links, rss: `/rss/${name}.xml${feedQuery}`, atom: `/atom/${name}.xml${feedQuery}` }
}
