/**
 * Checks a comment attachment by its content, never by its name or the browser's MIME type,
 * both of which the sender controls: a renamed executable must not be published as "a PDF".
 */
import { fileTypeFromBuffer } from 'file-type'
import { slugify } from '../../lib/slug'

/** Document kinds accepted as comment attachments. */
export type DocumentKind = 'pdf' | 'docx' | 'doc'

/** What a detected document is, with the MIME type and extension to store and serve it under. */
export interface DocumentType {
  kind: DocumentKind
  mime: string
  extension: string
}

/** Default attachment size limit: 10 MB (as regulations.gov). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

const TYPES: Readonly<Record<DocumentKind, DocumentType>> = {
  pdf: { kind: 'pdf', mime: 'application/pdf', extension: 'pdf' },
  doc: { kind: 'doc', mime: 'application/msword', extension: 'doc' },
  docx: { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

const startsWith = (buf: Uint8Array, magic: number[]) => buf.length >= magic.length && magic.every((b, i) => buf[i] === b)

function indexOfBytes(buf: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i <= buf.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

// A Word 97–2003 file is an OLE2 container holding a stream named "WordDocument" (the name is
// stored UTF-16LE in a directory entry). Excel, PowerPoint, MSI and password-protected DOCX
// files share the OLE2 header but not this stream.
const WORD_STREAM_NAME = new Uint8Array(Buffer.from('WordDocument', 'utf16le'))
// The main part of a DOCX is normally word/document.xml; Word sometimes writes
// word/document2.xml, so digits before ".xml" are allowed.
const DOCX_MAIN_PART = new TextEncoder().encode('word/document')

function hasDocxMainPart(buf: Uint8Array): boolean {
  for (let i = indexOfBytes(buf, DOCX_MAIN_PART); i >= 0; i = indexOfBytes(buf, DOCX_MAIN_PART, i + 1)) {
    let j = i + DOCX_MAIN_PART.length
    while (j < buf.length && buf[j]! >= 0x30 && buf[j]! <= 0x39) j++
    if (String.fromCharCode(...buf.subarray(j, j + 4)) === '.xml') return true
  }
  return false
}

/**
 * Returns the document type of the bytes when they are a PDF, DOC or DOCX, else null. Both
 * file-type's detection and our own magic check must agree, so a macro-enabled DOCM, an
 * Excel file or a ZIP with a `.docx` name is refused.
 */
export async function detectDocumentFile(buffer: Uint8Array): Promise<DocumentType | null> {
  if (!buffer || buffer.length === 0) return null
  const detected = await fileTypeFromBuffer(buffer)
  if (!detected) return null
  if (detected.ext === 'pdf' && startsWith(buffer, PDF_MAGIC)) return { ...TYPES.pdf }
  if (detected.ext === 'cfb' && startsWith(buffer, OLE2_MAGIC) && indexOfBytes(buffer, WORD_STREAM_NAME) >= 0) {
    return { ...TYPES.doc }
  }
  if (detected.ext === 'docx' && startsWith(buffer, ZIP_MAGIC) && hasDocxMainPart(buffer)) return { ...TYPES.docx }
  return null
}

/** Result of checkAttachment: the verified type, size and a safe file name, or a Vietnamese message. */
export type AttachmentCheck =
  | { ok: true; kind: DocumentKind; mime: string; extension: string; size: number; fileName: string }
  | { ok: false; message: string }

/** Returns a byte size in Vietnamese style, rounded up to 0,1 MB or 1 KB: "10 MB", "12,5 MB", "300 KB". */
export function formatFileSizeVN(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  // Rounded up so that a file just over the limit never reads as "10 MB (limit 10 MB)".
  if (mb >= 1) return `${String(Math.ceil(mb * 10) / 10).replace('.', ',')} MB`
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`
}

/** Returns a safe stored name: the declared base name slugified, with the extension of the detected type (never the declared one). */
export function safeAttachmentName(declaredName: string, extension: string): string {
  const base = String(declaredName ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '')
  return `${slugify(base).slice(0, 80).replace(/-+$/, '') || 'tep-dinh-kem'}.${extension}`
}

/**
 * Checks an uploaded attachment: not empty, at most `maxBytes` (default 10 MB), content is a
 * PDF, DOC or DOCX whatever the declared name says. The declared name only seeds the stored name.
 */
export async function checkAttachment(buffer: Uint8Array, declaredName: string, maxBytes = MAX_ATTACHMENT_BYTES): Promise<AttachmentCheck> {
  const size = buffer?.length ?? 0
  if (size === 0) return { ok: false, message: 'Tệp đính kèm: tệp rỗng, vui lòng chọn lại tệp' }
  if (size > maxBytes) {
    return { ok: false, message: `Tệp đính kèm: tối đa ${formatFileSizeVN(maxBytes)} (tệp đã chọn ${formatFileSizeVN(size)})` }
  }
  const type = await detectDocumentFile(buffer)
  if (!type) {
    return { ok: false, message: 'Tệp đính kèm: chỉ nhận PDF, DOC hoặc DOCX (nội dung tệp không phải định dạng này)' }
  }
  return { ok: true, ...type, size, fileName: safeAttachmentName(declaredName, type.extension) }
}
