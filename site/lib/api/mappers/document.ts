/**
 * Maps a stored legal document to the API's Document / DocumentDetail shapes (schemas.ts):
 * public fields only, by name, so nothing internal (workflow log, notes, override reasons)
 * can ride along.
 */
import { isSlug } from '../../../../cms/lib/slug'
import { documentPath } from '../../../../cms/lib/paths'
import { VALIDITY_LABELS, type ValidityStatus } from '../../../../cms/lib/validity'
import type { DocumentType, Field, Issuer, LegalDocument } from '../../../../cms/payload-types'
import type { DocumentContext } from '../../cms/documents'
import type { ListedDocument } from '../../cms/opendata'
import { absoluteUrl, apiDate, apiDateTime, populated, refId, text } from '../format'
import type { PublicFileSignatures } from '../../../../cms/lib/signatures/public'
import type { ApiDocument, ApiDocumentDetail, ApiFileSignatures, ApiTocEntry } from '../schemas'

/** Returns the API address of a document. */
export function documentApiUrl(origin: string, id: number | string): string {
  return `${origin}/api/v1/documents/${encodeURIComponent(String(id))}`
}

const isValidity = (v: unknown): v is ValidityStatus => typeof v === 'string' && v in VALIDITY_LABELS

/** Returns the API Document for a listed document; `validity` may override the stored status (computed now). */
export function toApiDocument(doc: ListedDocument, origin: string, validity?: ValidityStatus): ApiDocument {
  const type = populated<DocumentType>(doc.documentType)
  const issuer = populated<Issuer>(doc.issuer)
  const status: ValidityStatus = validity ?? (isValidity(doc.validity) ? doc.validity : 'inForce')
  const signerName = text(doc.signerName)
  const signerTitle = text(doc.signerTitle)
  return {
    id: String(doc.id),
    numberSymbol: doc.numberSymbol,
    documentType: { id: refId(doc.documentType) ?? '', name: type?.name ?? '', code: text(type?.code) },
    issuer: { id: refId(doc.issuer) ?? '', name: issuer?.name ?? '', abbreviation: text(issuer?.abbreviation) },
    summary: doc.summary,
    // Stored published documents always carry these; `!` is the schema's promise, checked by the tests.
    issuedAt: apiDate(doc.issuedAt)!,
    effectiveAt: apiDate(doc.effectiveAt),
    expiresAt: apiDate(doc.expiresAt),
    validity: status,
    validityLabel: VALIDITY_LABELS[status],
    signer: signerName || signerTitle ? { name: signerName, title: signerTitle } : null,
    fields: (doc.fields ?? [])
      .map((f) => populated<Field>(f))
      .filter((f): f is Field => f !== null)
      .map((f) => ({ id: String(f.id), name: f.name })),
    language: doc.language === 'en' ? 'en' : 'vi',
    url: absoluteUrl(origin, documentPath(doc))!,
    apiUrl: documentApiUrl(origin, doc.id),
    updatedAt: apiDateTime(doc.updatedAt)!,
  }
}

type TocRow = { anchor?: unknown; label?: unknown; title?: unknown; level?: unknown }
type UsableTocRow = TocRow & { anchor: string; label: string }

/** Returns the table of contents entries that have a usable anchor. */
export function toApiToc(toc: unknown): ApiTocEntry[] {
  if (!Array.isArray(toc)) return []
  return (toc as TocRow[])
    .filter((e): e is UsableTocRow => typeof e?.anchor === 'string' && isSlug(e.anchor) && typeof e.label === 'string')
    .map((e) => ({
      anchor: e.anchor,
      label: e.label,
      title: text(e.title),
      level: Number.isInteger(e.level) && (e.level as number) >= 1 ? (e.level as number) : 1,
    }))
}

/** Returns the API FileSignatures of a file's stored verification. */
export function toApiSignatures(report: PublicFileSignatures): ApiFileSignatures {
  return {
    status: report.status,
    statusLabel: report.label,
    checkedAt: apiDateTime(report.checkedAt),
    signatures: report.signatures.map((s) => ({
      status: s.status,
      message: s.message,
      signerName: s.signerName,
      organisation: s.organisation,
      signedAt: apiDateTime(s.signedAt),
      intact: s.intact,
      coversWholeFile: s.coversWholeFile,
      trusted: s.trusted,
      validAtSigningTime: s.validAtSigningTime,
    })),
  }
}

/** Returns the API DocumentDetail: the Document plus structure, relations both ways, files and full text. */
export function toApiDocumentDetail(doc: LegalDocument, context: DocumentContext, origin: string): ApiDocumentDetail {
  const relation = (direction: 'outgoing' | 'incoming') =>
    context.relations
      .filter((g) => g.direction === direction)
      .flatMap((g) =>
        g.items.map((item) => ({
          type: g.type,
          label: g.label,
          document: { id: String(item.id), numberSymbol: item.numberSymbol, url: absoluteUrl(origin, item.url)! },
          article: text(item.article),
          effectiveAt: apiDate(item.effectiveAt),
        })),
      )
  return {
    ...toApiDocument(doc, origin, context.validity.status),
    structure: toApiToc(doc.toc),
    relations: { outgoing: relation('outgoing'), incoming: relation('incoming') },
    files: context.files.flatMap((f) => {
      const url = absoluteUrl(origin, f.url)
      if (!url) return []
      const kind = f.kind === 'annex' || f.kind === 'other' ? f.kind : 'original'
      return [{ label: f.label, url, mimeType: f.mimeType, size: f.size, kind, sha256: f.sha256, signatures: f.signature && toApiSignatures(f.signature) }]
    }),
    bodyHtml: text(doc.bodyHtml),
  }
}
