/**
 * Where the search endpoint gets its results. The site search (`site/lib/cms/search.ts`,
 * exporting `searchSite`) is used as soon as it exists in the build; until then a plain
 * accent-insensitive scan of the published document catalogue answers, with the same shape.
 */
import { foldedWords } from '../../../cms/lib/agencies/search'
import { getCatalogue, type CatalogueEntry } from '../cms/catalogue'

/** The query the search endpoint sends. */
export interface SiteSearchQuery {
  q: string
  kind?: 'document' | 'draft' | 'agency' | 'page' | 'news'
  documentType?: string
  issuer?: string
  field?: string
  year?: number
  validity?: string
  /** 1-based. */
  page: number
  pageSize: number
}

/** One result. */
export interface SiteSearchHit {
  kind: string
  id: string
  url: string
  title: string
  numberSymbol?: string | null
  snippet: string
  score: number
}

/** What a search returns. */
export interface SiteSearchResult {
  total: number
  results: SiteSearchHit[]
  facets: Partial<Record<'documentType' | 'issuer' | 'field' | 'year' | 'validity' | 'kind', Record<string, number>>>
}

type SearchModule = { searchSite: (query: SiteSearchQuery) => Promise<SiteSearchResult> }

// A glob, not an import: the build must not fail while the lead's module is not written yet.
const modules = import.meta.glob<SearchModule>('../cms/search.ts')

/** Returns the results of the site search, or of the catalogue fallback when the site search is absent. */
export async function runSearch(query: SiteSearchQuery): Promise<SiteSearchResult> {
  const load = modules['../cms/search.ts']
  if (load) {
    const mod = await load()
    if (typeof mod.searchSite === 'function') return mod.searchSite(query)
  }
  return catalogueSearch(query)
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Returns documents whose number-symbol or summary holds every word of the query (no diacritics needed). */
async function catalogueSearch(query: SiteSearchQuery): Promise<SiteSearchResult> {
  const words = foldedWords(query.q)
  const empty = { documentType: {}, issuer: {}, field: {}, year: {}, validity: {}, kind: {} }
  if (words.length === 0 || (query.kind && query.kind !== 'document')) return { total: 0, results: [], facets: empty }
  const catalogue = await getCatalogue()
  const matches = (e: CatalogueEntry) => {
    const hay = ` ${foldedWords(`${e.numberSymbol} ${e.summary}`).join(' ')} `
    return words.every((w) => hay.includes(` ${w}`))
  }
  const hits = catalogue.entries
    .filter(matches)
    .filter(
      (e) =>
        (!query.documentType || e.type === query.documentType) &&
        (!query.issuer || e.issuer === query.issuer) &&
        (!query.field || e.fields.includes(query.field)) &&
        (!query.year || e.year === query.year) &&
        (!query.validity || e.validity === query.validity),
    )
    .sort((a, b) => b.issuedAt - a.issuedAt || String(a.id).localeCompare(String(b.id)))
  const facets: Record<string, Record<string, number>> = { documentType: {}, issuer: {}, field: {}, year: {}, validity: {}, kind: {} }
  const bump = (facet: string, key: string) => (facets[facet]![key] = (facets[facet]![key] ?? 0) + 1)
  for (const e of hits) {
    bump('documentType', e.type)
    bump('issuer', e.issuer)
    for (const f of e.fields) bump('field', f)
    bump('year', String(e.year))
    bump('validity', e.validity)
    bump('kind', 'document')
  }
  const start = (query.page - 1) * query.pageSize
  return {
    total: hits.length,
    results: hits.slice(start, start + query.pageSize).map((e) => ({
      kind: 'document',
      id: String(e.id),
      url: e.url,
      title: e.summary,
      numberSymbol: e.numberSymbol,
      snippet: escapeHtml(e.summary),
      score: 1,
    })),
    facets,
  }
}
