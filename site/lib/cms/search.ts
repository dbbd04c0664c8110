import { startSearchService } from '../../../cms/indexing/service'
import type { SearchKind, SearchQuery, SearchResult } from '../../../cms/search'
import { payloadInstance } from './payload'
import { runtime } from '../../../cms/runtime'
import { provisionHitUrl } from '../../../cms/lib/provisions/provisions'

/** Runs a site search (documents, drafts, …): only published content is in the index. */
export async function searchSite(query: SearchQuery): Promise<SearchResult> {
  const service = runtime().search ?? startSearchService(await payloadInstance())
  await service.ready
  const result = service.engine.search(query)
  // A hit inside an article of a legal document opens the provision's page (issue 14 item 5).
  return { ...result, results: result.results.map((h) => ({ ...h, url: provisionHitUrl(h) })) }
}

/**
 * Returns the ids of the published records of one kind that `q` matches as a filter (every word
 * and phrase, accents optional, or only what a number-symbol names; see SearchEngine.matches),
 * most relevant first: the words of a list or feed go through the same engine as /tim-kiem.
 */
export async function searchMatches(kind: SearchKind, q: string, options: Omit<SearchQuery, 'q' | 'kind' | 'page' | 'pageSize'> = {}): Promise<string[]> {
  const service = runtime().search ?? startSearchService(await payloadInstance())
  await service.ready
  return service.engine.matches({ ...options, q, kind }, 100_000).map((m) => m.id)
}
