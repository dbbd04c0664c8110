/**
 * "Kiểm tra bản sao": anyone hands in a PDF and learns whether it is byte-identical to a file
 * published on the portal (SHA-256) and what its digital signatures say. The file is read in
 * memory and never stored. Only published documents are matched: a file attached to a draft or
 * a withdrawn document is not revealed.
 */
import { createHash } from 'node:crypto'

import { sharedLimiter, type RateLimitResult } from '../../../cms/limits'
import { documentPath } from '../../../cms/lib/paths'
import { isPdf } from '../../../cms/lib/signatures/pdf'
import { publicSignatures, type PublicFileSignatures } from '../../../cms/lib/signatures/public'
import { currentTrustList } from '../../../cms/lib/signatures/trust'
import { verifyFileSignatures } from '../../../cms/lib/signatures/verify'
import { payloadInstance } from './payload'

/** Largest file accepted for a check (a signed decree with annexes is rarely above 10 MB). */
export const MAX_CHECK_BYTES = 20 * 1024 * 1024

/** A published document holding a file identical to the one checked. */
export interface CopyMatch {
  documentId: string
  numberSymbol: string
  summary: string
  url: string
  fileLabel: string
  fileKind: string
}

/** The outcome of a check. */
export interface CopyCheck {
  sha256: string
  size: number
  matches: CopyMatch[]
  signatures: PublicFileSignatures
}

/** Why a file could not be checked, with the sentence to show. */
export type CopyProblem = { code: 'missing' | 'tooLarge' | 'notPdf'; message: string }

export const COPY_PROBLEMS: Record<CopyProblem['code'], string> = {
  missing: 'Tệp cần kiểm tra: hãy chọn một tệp PDF.',
  tooLarge: `Tệp cần kiểm tra: tệp lớn hơn ${MAX_CHECK_BYTES / 1024 / 1024} MB.`,
  notPdf: 'Tệp cần kiểm tra: tệp không phải PDF (hệ thống đọc nội dung tệp, không dựa vào tên tệp).',
}

/** Counts one check for `key` (the client address): 20 a minute, one limit across instances. */
export async function checkCopyLimit(key: string): Promise<RateLimitResult> {
  return sharedLimiter(await payloadInstance(), { name: 'check-copy', max: 20, windowMs: 60_000 }).check(key)
}

/** Returns the check of a file, or the problem that stops it. */
export async function checkCopy(bytes: Uint8Array | null): Promise<CopyCheck | CopyProblem> {
  if (!bytes || bytes.length === 0) return { code: 'missing', message: COPY_PROBLEMS.missing }
  if (bytes.length > MAX_CHECK_BYTES) return { code: 'tooLarge', message: COPY_PROBLEMS.tooLarge }
  if (!isPdf(bytes) || !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().startsWith('%PDF-')) {
    return { code: 'notPdf', message: COPY_PROBLEMS.notPdf }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const [matches, verification] = await Promise.all([publishedFilesWithHash(sha256), verifyFileSignatures(bytes, currentTrustList())])
  return { sha256, size: bytes.length, matches, signatures: publicSignatures(verification)! }
}

/** Returns the published documents that attach a file with this SHA-256. */
export async function publishedFilesWithHash(sha256: string): Promise<CopyMatch[]> {
  const payload = await payloadInstance()
  const media = await payload.find({ collection: 'media', where: { sha256: { equals: sha256 } }, depth: 0, limit: 20, overrideAccess: false, select: { sha256: true } })
  if (media.docs.length === 0) return []
  const ids = media.docs.map((m) => m.id)
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { 'attachments.file': { in: ids } },
    depth: 0,
    limit: 50,
    draft: false,
    overrideAccess: false,
    select: { numberSymbol: true, summary: true, slug: true, year: true, attachments: true, workflowState: true },
  })
  const wanted = new Set(ids.map(String))
  return docs
    .filter((d) => d.workflowState === 'published')
    .flatMap((d) =>
      (d.attachments ?? [])
        .filter((a) => wanted.has(String(typeof a.file === 'object' ? a.file?.id : a.file)))
        .map((a) => ({ documentId: String(d.id), numberSymbol: d.numberSymbol, summary: d.summary, url: documentPath(d), fileLabel: a.label, fileKind: a.kind ?? 'original' })),
    )
}
