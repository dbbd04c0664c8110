import type { Payload } from 'payload'

import { documentPath } from '../../../cms/lib/paths'
import { citedKeys, citeKey, linkCitations } from '../../../cms/lib/legal-text/citations'
import { type Catalogue, getCatalogue } from './catalogue'
import type { DocumentContext, PublicDocument, RelatedDoc } from './documents'
import { payloadInstance } from './payload'

/** The citations of one document page: its text with links, what it cites, what cites it. */
export interface DocumentCitations {
  /** The full text's HTML, with citations of published documents as links. */
  html: string
  /** Published documents the text cites ("Dẫn chiếu đến"), in order of first mention. */
  cites: RelatedDoc[]
  /** Published documents whose text cites this one ("Được dẫn chiếu bởi"). */
  citedBy: RelatedDoc[]
}

const targetsOf = new WeakMap<Catalogue, Map<string, RelatedDoc[]>>()

/**
 * The published documents by citation key, built once per catalogue (it is replaced when content
 * changes): building it on every page cost 10-30 ms at 10,000 documents, growing with the corpus.
 */
function citationTargets(catalogue: Catalogue): Map<string, RelatedDoc[]> {
  let byKey = targetsOf.get(catalogue)
  if (!byKey) {
    byKey = new Map()
    for (const e of catalogue.entries) {
      const key = citeKey(e.numberSymbol)
      const entry = { id: e.id, numberSymbol: e.numberSymbol, summary: e.summary, url: e.url }
      const list = byKey.get(key)
      if (list) list.push(entry)
      else byKey.set(key, [entry])
    }
    targetsOf.set(catalogue, byKey)
  }
  return byKey
}

/**
 * Resolves the citations marked in the stored text against the catalogue of published
 * documents at render time (so publishing the cited document later links it: the catalogue
 * and the stored pages follow the content version), and finds the published texts citing
 * this one from their own marks. Nothing here comes from the client.
 */
export async function documentCitations(doc: PublicDocument, payloadArg?: Payload): Promise<DocumentCitations> {
  const payload = payloadArg ?? (await payloadInstance())
  const byKey = citationTargets(await getCatalogue())
  // The document itself is never a citation target (another issuer's document may share its key).
  const target = (key: string) => byKey.get(key)?.findLast((e) => String(e.id) !== String(doc.id))
  // Rendered from the stored text when read, by the renderer alone: already inside the
  // legal-text allowlist (tests/unit/legal-text/render-allowlist.test.ts), so not sanitised again.
  const rendered = doc.bodyHtml ?? ''
  const html = linkCitations(rendered, (key) => target(key)?.url ?? null)
  const cites = citedKeys(rendered).flatMap((k) => target(k) ?? [])
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
