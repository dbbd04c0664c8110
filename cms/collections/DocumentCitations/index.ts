import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { administrators, writtenByServerReadBy } from '../../access/policy'

export const DOCUMENT_CITATIONS_SLUG = 'document-citations'

/**
 * Which document's text cites which number-symbol (the catalogue key of the citation marks in
 * its stored HTML), one row per pair, derived on the server whenever a document is saved.
 * "Được dẫn chiếu bởi" on a document page is then an indexed lookup of its key here; it was a
 * LIKE over every stored text, which at 10,000 documents cost 0.5–1.4 s per page (issue 19).
 */
export const DocumentCitations: CollectionConfig = {
  slug: DOCUMENT_CITATIONS_SLUG,
  labels: { singular: 'Dẫn chiếu', plural: 'Dẫn chiếu giữa các văn bản' },
  admin: { group: 'Hệ thống', hidden: true, useAsTitle: 'citedKey' },
  access: writtenByServerReadBy(administrators),
  timestamps: false,
  fields: [
    { name: 'citing', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản dẫn chiếu', index: true },
    // '' marks a database whose citations were recorded for every document (./record.ts).
    { name: 'citedKey', type: 'text', label: 'Số ký hiệu được dẫn chiếu (khóa)', index: true },
  ],
}

/** After a save of a document's published text (not a draft), its citation rows follow the text. */
export const recordCitationsAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status === 'draft') return doc
  const [{ recordCitations }, { citedKeysOf }] = await Promise.all([import('./record'), import('../LegalDocuments/hooks/renderFullText')])
  await recordCitations(req.payload, doc.id, citedKeysOf(doc.fullText, req.context), req)
  return doc
}

/** A deleted document cites nothing. */
export const recordCitationsAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: DOCUMENT_CITATIONS_SLUG, where: { citing: { equals: id } }, overrideAccess: true, req })
}
