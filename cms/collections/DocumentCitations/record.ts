/**
 * Keeps the citation rows of documents in step with their stored texts, and records them for
 * every document once in a database that has none yet (a portal upgraded from a version without
 * them), before the server answers.
 */
import type { Payload, PayloadRequest } from 'payload'

import { citedKeysOf } from '../LegalDocuments/hooks/renderFullText'
import { DOCUMENT_CITATIONS_SLUG } from '.'

type Id = number | string

/** Makes the rows of document `id` the keys its text cites: removes the others, adds the missing. */
export async function recordCitations(payload: Payload, id: Id, keys: string[], req?: PayloadRequest): Promise<void> {
  const wanted = new Set(keys.filter(Boolean))
  const { docs } = await payload.find({ collection: DOCUMENT_CITATIONS_SLUG, where: { citing: { equals: id } }, select: { citedKey: true }, depth: 0, pagination: false, overrideAccess: true, req })
  const have = new Set<string>()
  const stale: Id[] = []
  for (const row of docs) {
    const key = String(row.citedKey ?? '')
    if (wanted.has(key) && !have.has(key)) have.add(key)
    else stale.push(row.id)
  }
  if (stale.length) await payload.delete({ collection: DOCUMENT_CITATIONS_SLUG, where: { id: { in: stale } }, overrideAccess: true, req })
  for (const key of wanted) if (!have.has(key)) await payload.create({ collection: DOCUMENT_CITATIONS_SLUG, data: { citing: id as number, citedKey: key }, overrideAccess: true, req })
}

/** The row saying that every document's citations were recorded. */
const DONE = { citedKey: { equals: '' } }

/** Records the citations of every document when the database has never had them recorded; returns how many documents were read. */
export async function recordAllCitationsOnce(payload: Payload, log: (line: string) => void = () => undefined): Promise<number> {
  if ((await payload.count({ collection: DOCUMENT_CITATIONS_SLUG, where: DONE, overrideAccess: true })).totalDocs > 0) return 0
  const started = Date.now()
  let read = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({ collection: 'legal-documents', select: { fullText: true }, sort: 'id', limit: 200, page, depth: 0, overrideAccess: true })
    for (const d of docs) await recordCitations(payload, d.id, citedKeysOf(d.fullText))
    read += docs.length
    if (!hasNextPage) break
  }
  await payload.create({ collection: DOCUMENT_CITATIONS_SLUG, data: { citedKey: '' }, overrideAccess: true })
  log(`Dẫn chiếu: đã ghi nhận dẫn chiếu của ${read} văn bản (${((Date.now() - started) / 1000).toFixed(1)} s).`)
  return read
}
