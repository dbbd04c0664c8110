import type { Payload } from 'payload'

import { documentPath } from '../../../cms/lib/paths'
import { citedKeys, citeKey, linkCitations } from '../../../cms/lib/legal-text/citations'
import { sanitizeStoredHtml } from '../../../cms/lib/richtext/sanitize'
import { getCatalogue } from './catalogue'
import type { DocumentContext, PublicDocument, RelatedDoc } from './documents'
import { payloadInstance } from './payload'

/** The citations of one document page: its text with links, what it cites, what cites it. */
export interface DocumentCitations {
  /** Stored full text, re-sanitised, with citations of published documents as links. */
  html: string
  /** Published documents the text cites ("Dẫn chiếu đến"), in order of first mention. */
  cites: RelatedDoc[]
  /** Published documents whose text cites this one ("Được dẫn chiếu bởi"). */
  citedBy: RelatedDoc[]
}

/**
 * Resolves the citations marked in the stored text against the catalogue of published
 * documents at render time (so publishing the cited document later links it: the catalogue
 * and the stored pages follow the content version), and finds the published texts citing
 * this one from their own marks. Nothing here comes from the client.
 */
export async function documentCitations(doc: PublicDocument, payloadArg?: Payload): Promise<DocumentCitations> {
  const payload = payloadArg ?? (await payloadInstance())
  const catalogue = await getCatalogue()
  const byKey = new Map<string, RelatedDoc>()
  for (const e of catalogue.entries) {
    if (String(e.id) === String(doc.id)) continue
    byKey.set(citeKey(e.numberSymbol), { id: e.id, numberSymbol: e.numberSymbol, summary: e.summary, url: e.url })
  }
  const stored = doc.bodyHtml ?? ''
  const html = linkCitations(sanitizeStoredHtml(stored, 'legal'), (key) => byKey.get(key)?.url ?? null)
  const cites = citedKeys(stored).flatMap((k) => byKey.get(k) ?? [])
  // Who cites this document: its key in the citation rows (indexed), then those documents that are published.
  const { docs: rows } = await payload.find({ collection: 'document-citations', where: { citedKey: { equals: citeKey(doc.numberSymbol) } }, select: { citing: true }, depth: 0, pagination: false, overrideAccess: true })
  const ids = [...new Set(rows.map((r) => (typeof r.citing === 'object' ? r.citing?.id : r.citing)).filter((id) => id != null && String(id) !== String(doc.id)))]
  const citing = ids.length
    ? await payload.find({
        collection: 'legal-documents',
        where: { and: [{ workflowState: { equals: 'published' } }, { id: { in: ids } }] },
        select: { numberSymbol: true, summary: true, slug: true, year: true },
        sort: '-issuedAt',
        depth: 0,
        pagination: false,
        draft: false,
        overrideAccess: false,
      })
    : { docs: [] }
  const citedBy = citing.docs.map((d) => ({ id: d.id, numberSymbol: d.numberSymbol, summary: d.summary, url: documentPath(d) }))
  return { html, cites, citedBy }
}

/** One edge of the relation diagram, seen from the document shown. */
export interface DiagramEdge {
  label: string
  direction: 'outgoing' | 'incoming'
  doc: RelatedDoc
}

/** The edges of the relation diagram: recorded relations, then citations both ways. */
export function diagramEdges(relations: DocumentContext['relations'], citations: DocumentCitations): DiagramEdge[] {
  const edges: DiagramEdge[] = []
  for (const g of relations) for (const doc of g.items) edges.push({ label: g.label, direction: g.direction, doc })
  for (const doc of citations.cites) edges.push({ label: 'Dẫn chiếu đến', direction: 'outgoing', doc })
  for (const doc of citations.citedBy) edges.push({ label: 'Được dẫn chiếu bởi', direction: 'incoming', doc })
  return edges
}
