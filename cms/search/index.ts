/**
 * Portal search. Use `createSearchEngine()`; see README.md in this folder for the design.
 */
import { SegmentedSearchEngine } from './engine'
import type { SearchEngine, SearchEngineOptions } from './types'

export type {
  SearchEngine,
  SearchEngineOptions,
  SearchFacets,
  SearchHit,
  SearchKind,
  SearchMatch,
  SearchNotice,
  SearchQuery,
  SearchRecord,
  SearchResult,
  SearchUnit,
} from './types'
export { MAX_QUERY_LENGTH } from './engine'
export { foldWord, normalizeWord, tokenize, vietnameseLunr } from './analyzer'
export { parseNumberQuery, parseNumberSymbol } from './number-tokens'

export function createSearchEngine(options?: SearchEngineOptions): SearchEngine {
  return new SegmentedSearchEngine(options)
}
