/**
 * The public items of the Decree 43 sections, for the open-data API: read exactly as the search
 * index reads them (cms/indexing/content-records.ts: published versions only, the collection's
 * own read access, questions through their public projection), so the API cannot show what
 * the search and the pages do not.
 */
import type { CollectionSlug } from 'payload'

import { findArgs, SOURCE_BY_COLLECTION } from '../../../cms/indexing/content-records'
import { payloadInstance } from './payload'

/** Returns every public item of a section's collection (the sections are small: read whole, paged in memory). */
export async function listPublicItems(collection: CollectionSlug): Promise<Record<string, unknown>[]> {
  const source = SOURCE_BY_COLLECTION.get(collection)
  if (!source) throw new Error(`no public source for ${collection}`)
  const payload = await payloadInstance()
  const { docs } = await payload.find({ ...findArgs(source), where: source.where, pagination: false, sort: 'id' } as never)
  return docs as unknown as Record<string, unknown>[]
}
