import { startSearchService } from '../../../cms/indexing/service'
import type { SearchQuery, SearchResult } from '../../../cms/search'
import { payloadInstance } from './payload'
import { runtime } from '../../../cms/runtime'

/** Runs a site search (documents, drafts, …): only published content is in the index. */
export async function searchSite(query: SearchQuery): Promise<SearchResult> {
  const service = runtime().search ?? startSearchService(await payloadInstance())
  await service.ready
  return service.engine.search(query)
}
