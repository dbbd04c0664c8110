import type { Payload } from 'payload'

import { listArticles, parseLegalText } from '../lib/legal-text'
import { nfc } from '../lib/vietnamese'
import type { Agency, Draft, LegalDocument } from '../payload-types'
import { VALIDITY_LABELS, type ValidityStatus } from '../lib/validity'
import type { SearchRecord } from '../search'
import { htmlToText } from '../lib/html'
import { agencyPath, documentPath, draftPath } from '../lib/paths'
import { allContentRecords } from './content-records'

const name = (v: unknown): string | undefined => (typeof v === 'object' && v ? (v as { name?: string }).name : undefined)
const stripTags = htmlToText

/**
 * The articles of a document's full text, for article-level hits. They are parsed from the text
 * here (about a millisecond for fifty articles) rather than stored: stored, they doubled the text
 * in every row and version row. The parse is the one made at save time, so anchors agree.
 */
function articlesOf(fullText: string | null | undefined): { anchor: string; label: string; title: string; text: string }[] {
  if (!fullText?.trim()) return []
  return listArticles(parseLegalText(nfc(fullText))).map(({ anchor, label, title, text }) => ({ anchor, label, title, text }))
}

/** Turns a published document into a search record: one unit per article (for article-level hits). */
export function documentRecord(doc: LegalDocument): SearchRecord {
  const articles = articlesOf(doc.fullText)
  return {
    kind: 'document',
    id: String(doc.id),
    url: documentPath(doc),
    title: `${name(doc.documentType) ?? ''} ${doc.numberSymbol}: ${doc.summary}`.trim(),
    summary: doc.summary,
    numberSymbol: doc.numberSymbol,
    issuer: name(doc.issuer),
    documentType: name(doc.documentType),
    signer: doc.signerName ?? undefined,
    fields: (doc.fields ?? []).map(name).filter((f): f is string => Boolean(f)),
    year: doc.year ?? null,
    validity: doc.validity ? VALIDITY_LABELS[doc.validity as ValidityStatus] : undefined,
    date: doc.issuedAt,
    units: articles.length ? articles : undefined,
    body: articles.length ? undefined : doc.fullText?.trim() ? doc.fullText.replace(/\s+/g, ' ').trim() : doc.bodyHtml ? stripTags(doc.bodyHtml) : undefined,
  }
}

/** Returns the search record of a document if the public may see it, else null (to remove it). */
export async function publicDocumentRecord(payload: Payload, id: string | number): Promise<SearchRecord | null> {
  const doc = await payload
    .findByID({ collection: 'legal-documents', id, depth: 1, draft: false, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!doc || doc.workflowState !== 'published') return null
  return documentRecord(doc)
}

/** The search records of those of `ids` the public may see (200 per query: an import's thousands of changes are read in a few). */
export async function publicDocumentRecords(payload: Payload, ids: (string | number)[]): Promise<SearchRecord[]> {
  const out: SearchRecord[] = []
  for (let i = 0; i < ids.length; i += 200) {
    const { docs } = await payload.find({
      collection: 'legal-documents',
      where: { and: [{ id: { in: ids.slice(i, i + 200) } }, { workflowState: { equals: 'published' } }] },
      depth: 1,
      pagination: false,
      draft: false,
      overrideAccess: false,
      select: { bodyHtml: false, structureSummary: false, workflowLog: false, toc: false },
    })
    for (const doc of docs) out.push(documentRecord(doc as LegalDocument))
  }
  return out
}

/** Yields every published document as a search record, page by page (public view: access rules apply). */
export async function* allPublicRecords(payload: Payload, onTotal?: (total: number) => void): AsyncGenerator<SearchRecord> {
  let page = 1
  for (;;) {
    const batch = await payload.find({
      collection: 'legal-documents',
      where: { workflowState: { equals: 'published' } },
      depth: 1,
      limit: 200,
      page,
      draft: false,
      overrideAccess: false,
      select: { bodyHtml: false, structureSummary: false, workflowLog: false, toc: false },
    })
    if (page === 1) onTotal?.(batch.totalDocs)
    for (const doc of batch.docs) yield documentRecord(doc as LegalDocument)
    if (!batch.hasNextPage) return
    page++
  }
}

type Unit = { anchor: string; label: string; title: string; text: string }

/** Returns the search record of a published draft (its latest published version's articles), or null. */
export async function publicDraftRecord(payload: Payload, id: string | number): Promise<SearchRecord | null> {
  const draft = await payload
    .findByID({ collection: 'drafts', id, depth: 1, draft: false, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!draft || draft._status !== 'published') return null
  return draftRecord(payload, draft as Draft)
}

async function draftRecord(payload: Payload, draft: Draft): Promise<SearchRecord> {
  const { docs } = await payload.find({ collection: 'draft-versions', where: { draft: { equals: draft.id } }, sort: '-number', limit: 1, depth: 0, overrideAccess: false })
  const units = ((docs[0]?.articles ?? []) as Unit[]).map(({ anchor, label, title, text }) => ({ anchor, label, title, text }))
  return {
    kind: 'draft',
    id: String(draft.id),
    url: draftPath(draft.slug ?? draft.id),
    title: `Dự thảo: ${draft.title}`,
    summary: draft.summary ?? undefined,
    issuer: name(draft.draftingAgency),
    documentType: name(draft.documentType),
    date: draft.opensAt ?? undefined,
    year: draft.opensAt ? new Date(draft.opensAt).getUTCFullYear() : null,
    units: units.length ? units : undefined,
  }
}

/** Returns the search record of a published agency (names, abbreviation, addresses), or null. */
export async function publicAgencyRecord(payload: Payload, id: string | number): Promise<SearchRecord | null> {
  const agency = await payload
    .findByID({ collection: 'agencies', id, depth: 0, draft: false, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!agency || agency._status !== 'published') return null
  return agencyRecord(agency as Agency)
}

function agencyRecord(a: Agency): SearchRecord {
  return {
    kind: 'agency',
    id: String(a.id),
    url: agencyPath(a.slug),
    title: a.name,
    summary: [a.abbreviation, a.nameEn].filter(Boolean).join(' · ') || undefined,
    body: [a.address, ...(a.emails ?? []).map((e) => e.address)].filter(Boolean).join(' '),
  }
}

/** Yields every published draft, agency and item of the other public content (content-records.ts) as search records (public view). */
export async function* otherPublicRecords(payload: Payload): AsyncGenerator<SearchRecord> {
  const drafts = await payload.find({ collection: 'drafts', depth: 1, pagination: false, draft: false, overrideAccess: false, where: { _status: { equals: 'published' } } })
  for (const d of drafts.docs) yield await draftRecord(payload, d as Draft)
  const agencies = await payload.find({ collection: 'agencies', depth: 0, pagination: false, draft: false, overrideAccess: false, where: { _status: { equals: 'published' } } })
  for (const a of agencies.docs) yield agencyRecord(a as Agency)
  yield* allContentRecords(payload)
}
