/**
 * Public, engine-independent types of the portal search. The CMS and the site only use these
 * and `createSearchEngine` (index.ts), so the engine behind them can be swapped later.
 */

/**
 * The kinds of public content in the one index (Decree 43/2011 Art 15.1.a: a search over the
 * portal's information). New kinds are appended to `KINDS` (segment.ts): a saved index stores a
 * kind as its position there.
 */
export type SearchKind =
  | 'document'
  | 'draft'
  | 'agency'
  | 'page'
  | 'news'
  | 'direction'
  | 'schedule'
  | 'dissemination'
  | 'plan'
  | 'project'
  | 'question'
  | 'science'
  | 'statistics'

/** One addressable part of a record's text (an article, a section). */
export interface SearchUnit {
  /** Stable anchor of the unit in the record's page, e.g. `dieu-5`. */
  anchor: string
  /** Short label, e.g. `Điều 5`. */
  label: string
  title: string
  text: string
}

export interface SearchRecord {
  kind: SearchKind
  id: string
  url: string
  title: string
  summary?: string
  numberSymbol?: string
  issuer?: string
  documentType?: string
  signer?: string
  fields?: string[]
  year?: number | null
  validity?: string
  /** ISO date, used to sort by date. */
  date?: string
  /** Language of the content when it is not Vietnamese (English introduction pages). */
  lang?: 'en'
  /** Plain text of records without units. */
  body?: string
  units?: SearchUnit[]
}

export interface SearchQuery {
  /** Words, a number-symbol, or phrases in quotes ("văn bản điện tử", “…”, «…»): adjacent words in order. */
  q: string
  kind?: SearchKind
  documentType?: string
  issuer?: string
  field?: string
  year?: number
  validity?: string
  sort?: 'relevance' | 'date'
  /** 1-based. */
  page?: number
  pageSize?: number
}

export interface SearchHit {
  kind: SearchKind
  id: string
  /** Record URL, with `#anchor` when the hit is inside an article. */
  url: string
  title: string
  numberSymbol?: string
  /** HTML: escaped text with matched words wrapped in `<mark>`. */
  snippet: string
  score: number
  unit?: { anchor: string; label: string }
  /** The record's date (ISO), when it has one: issued, published, opened, week. */
  date?: string
  /** Language of the content when it is not Vietnamese. */
  lang?: 'en'
}

export interface SearchFacets {
  documentType: Record<string, number>
  issuer: Record<string, number>
  field: Record<string, number>
  year: Record<string, number>
  validity: Record<string, number>
  kind: Record<string, number>
}

/** Why a search says something besides its hits: no words, too long, no letters, relaxed (some words; a phrase's words apart), nothing found. */
export type SearchNotice = 'empty' | 'tooLong' | 'noWords' | 'partial' | 'phrase' | 'none'

export interface SearchResult {
  total: number
  results: SearchHit[]
  facets: SearchFacets
  page: number
  pageSize: number
  /** Vietnamese help text for empty, invalid or relaxed queries. */
  message?: string
  /** What `message` says, for pages in another language (site/lib/search-labels.ts). */
  notice?: SearchNotice
}

/** A record a query matches (`SearchEngine.matches`). */
export interface SearchMatch {
  kind: SearchKind
  id: string
}

export interface SearchEngine {
  search(query: SearchQuery): SearchResult
  /**
   * The records a query matches as a filter — every word and every phrase, or, when a
   * number-symbol matched, those records only; no "some words" fallback — in the query's order
   * (relevance, or `sort: 'date'`), at most `limit` (default 10,000). For lists and feeds with `q`.
   */
  matches(query: Omit<SearchQuery, 'page' | 'pageSize'>, limit?: number): SearchMatch[]
  /** Adds or replaces a record; visible to the next search. */
  upsert(record: SearchRecord): void
  /** Adds or replaces many records, built as a rebuild builds them; resolves with how many were added. */
  upsertMany(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>): Promise<number>
  /** Removes a record; invisible to the next search. */
  remove(kind: SearchKind, id: string): void
  /** Replaces the whole index with the given records. */
  rebuild(
    records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
    onProgress?: (done: number, total?: number) => void,
  ): Promise<void>
  /** Saves the index as it is now, with `extra` (the caller's bookkeeping, e.g. the change-feed position). */
  save(dir: string, extra?: Record<string, unknown>): Promise<void>
  /** Loads an index saved by `save`; false when there is none (or it is unreadable). */
  load(dir: string): Promise<boolean>
  /** The `extra` saved with the index last loaded. */
  savedExtra(): Record<string, unknown> | undefined
  stats(): { records: number; units: number }
}

export interface SearchEngineOptions {
  /** Index units' (and bodies') text; false = metadata-only (title, summary, number, issuer…). */
  fullText?: boolean
}
