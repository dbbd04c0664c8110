import { isSlug } from '../../../cms/lib/slug'
import { documentPath } from '../../../cms/lib/paths'
import type { Payload, PayloadRequest } from 'payload'

import { publicSignatures, type PublicFileSignatures } from '../../../cms/lib/signatures/public'
import type { LegalDocument, Media as Medium } from '../../../cms/payload-types'
import { relationsTowards, validityOf } from '../../../cms/collections/LegalDocuments/validity'
import { groupRelations, type RelationRecord } from '../../../cms/lib/relations'
import type { Validity } from '../../../cms/lib/validity'
import { payloadInstance } from './payload'

export type PublicDocument = LegalDocument

/** Returns the newest published documents (home page, feeds). */
export async function latestDocuments(limit = 8) {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { workflowState: { equals: 'published' } },
    sort: '-issuedAt',
    limit,
    // The newest few through the issue-date index: no count of the whole corpus.
    pagination: false,
    depth: 1,
    draft: false,
    overrideAccess: false,
    select: { numberSymbol: true, summary: true, slug: true, year: true, issuedAt: true, documentType: true, issuer: true, isSample: true },
  })
  return docs
}

/** Returns the public document at /van-ban/{year}/{slug} (published or withdrawn), or null. */
export async function getDocumentByPath(year: number, slug: string): Promise<PublicDocument | null> {
  if (!Number.isInteger(year) || !isSlug(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ slug: { equals: slug } }, { year: { equals: year } }, { workflowState: { in: ['published', 'withdrawn'] } }] },
    limit: 1,
    depth: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    // The page needs neither the source file nor the editorial fields; related documents only by name.
    select: PUBLIC_DOCUMENT_SELECT,
    populate: RELATED_POPULATE,
  })
  return docs[0] ?? null
}

/** Fields the public detail page never shows (large or editorial). The full text is read: the page's HTML is rendered from it. */
const PUBLIC_DOCUMENT_SELECT = { structureSummary: false, workflowLog: false, sourceDocx: false, numberKey: false } as const

/** How related documents, types and issuers are populated: only what a link or label needs. */
const RELATED_POPULATE = {
  'legal-documents': { numberSymbol: true, summary: true, slug: true, year: true, workflowState: true },
  'document-types': { name: true, code: true },
  issuers: { name: true, abbreviation: true },
  fields: { name: true },
} as const

/** A related document as shown on a page: number-symbol, summary, link. */
export interface RelatedDoc {
  id: number | string
  numberSymbol: string
  summary: string
  url: string
  article?: string | null
  effectiveAt?: string | null
}

export interface DocumentContext {
  validity: Validity
  relations: { label: string; type: string; direction: 'outgoing' | 'incoming'; items: RelatedDoc[] }[]
  files: DocumentFile[]
}

/** A file of a document as the page shows it, with what its digital signatures prove. */
export interface DocumentFile {
  label: string
  kind: string
  url: string
  mimeType: string
  format: string
  size: number
  /** A verified signature chained to the trust list (the derived "có chữ ký số"). */
  signed: boolean
  sha256: string | null
  signature: PublicFileSignatures | null
}

const FORMAT: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
}

/**
 * Returns what the detail page shows besides the stored fields: validity computed now (dates
 * pass without anyone saving), relations from both sides (published documents only) and files.
 */
export async function documentContext(doc: PublicDocument, payloadArg?: Payload, req?: PayloadRequest): Promise<DocumentContext> {
  const payload = payloadArg ?? (await payloadInstance())
  const incomingDocs = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ 'relations.target': { equals: doc.id } }, { workflowState: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
    select: { numberSymbol: true, summary: true, slug: true, year: true, relations: true, effectiveAt: true, issuedAt: true },
    req,
  })
  const known = new Map<string, RelatedDoc>()
  const records: (RelationRecord & { key: string })[] = []
  for (const r of doc.relations ?? []) {
    // Unpublished targets are not populated for the public (access rules), so they are skipped.
    if (typeof r.target !== 'object' || !r.target) continue
    const t = r.target
    if (t.workflowState !== 'published' && t.workflowState !== 'withdrawn') continue
    known.set(String(t.id), { id: t.id, numberSymbol: t.numberSymbol, summary: t.summary, url: documentPath(t) })
    records.push({ key: String(t.id), type: r.type, from: doc.id, to: t.id, article: r.article, effectiveAt: r.effectiveAt })
  }
  for (const src of incomingDocs.docs) {
    known.set(String(src.id), { id: src.id, numberSymbol: src.numberSymbol, summary: src.summary, url: documentPath(src) })
    for (const r of src.relations ?? []) {
      const target = typeof r.target === 'object' && r.target ? r.target.id : r.target
      if (String(target) === String(doc.id)) records.push({ key: String(src.id), type: r.type, from: src.id, to: doc.id, article: r.article, effectiveAt: r.effectiveAt ?? src.effectiveAt })
    }
  }
  const relations = groupRelations(doc.id, records).map((g) => ({
    label: g.label,
    type: g.type,
    direction: g.direction,
    items: g.items.map((i) => ({ ...known.get(String(i.otherId))!, article: i.article, effectiveAt: i.effectiveAt })),
  }))
  const validity = validityOf(doc, relationsTowards(incomingDocs.docs, doc.id))
  const files = (doc.attachments ?? [])
    .filter((a) => typeof a.file === 'object' && a.file)
    .map((a) => {
      const f = a.file as Medium
      const signature = publicSignatures(f.signatureCheck)
      return {
        label: a.label,
        kind: a.kind ?? 'other',
        url: f.url ?? '',
        mimeType: f.mimeType ?? '',
        format: FORMAT[f.mimeType ?? ''] ?? (f.mimeType ?? '').split('/').pop()?.toUpperCase() ?? '',
        size: f.filesize ?? 0,
        signed: f.signatureStatus === 'valid',
        sha256: f.sha256 ?? null,
        signature,
      }
    })
  return { validity, relations, files }
}

/** Returns the latest version (draft included) of a document for a signed-in staff member's preview. */
export async function getDocumentPreview(id: string, user: import('../../../cms/payload-types').User): Promise<PublicDocument | null> {
  const payload = await payloadInstance()
  try {
    return await payload.findByID({ collection: 'legal-documents', id, depth: 1, draft: true, overrideAccess: false, user, populate: RELATED_POPULATE })
  } catch {
    return null
  }
}

/** Returns the path and last change of every public document page (published or withdrawn), for sitemap.xml. */
export async function listAllPublishedDocumentPaths(): Promise<{ path: string; lastmod: string; title: string }[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { workflowState: { in: ['published', 'withdrawn'] } },
    select: { numberSymbol: true, slug: true, year: true, updatedAt: true },
    sort: '-issuedAt',
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
  })
  return docs.map((d) => ({ path: documentPath(d), lastmod: d.updatedAt, title: d.numberSymbol }))
}
