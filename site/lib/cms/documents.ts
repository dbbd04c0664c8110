import type { Where } from 'payload'

import type { LegalDocument } from '../../../cms/payload-types'
import { payloadInstance } from './payload'

export type PublicDocument = LegalDocument

export interface DocumentListQuery {
  page?: number
  limit?: number
}

/** Returns one page of published documents, newest issued first. Public read: access rules apply. */
export async function listDocuments(query: DocumentListQuery = {}) {
  const payload = await payloadInstance()
  const where: Where = {}
  return payload.find({
    collection: 'legal-documents',
    where,
    sort: '-issuedAt',
    page: Math.max(1, query.page ?? 1),
    limit: Math.min(100, Math.max(1, query.limit ?? 20)),
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
}

/** Returns the published document at /van-ban/{year}/{slug}, or null (unknown or unpublished). */
export async function getDocumentByPath(year: number, slug: string): Promise<PublicDocument | null> {
  if (!Number.isInteger(year) || !/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ slug: { equals: slug } }, { year: { equals: year } }] },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Returns the public URL of a document. */
export function documentUrl(doc: Pick<LegalDocument, 'year' | 'slug'>): string {
  return `/van-ban/${doc.year}/${doc.slug}`
}
