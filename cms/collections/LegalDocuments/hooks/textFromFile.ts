import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { extractPdfText, ocrAvailable } from '../../../lib/files/pdf-text'
import { docxToText } from '../../../lib/legal-text'
import { uploadsDir } from '../../../paths'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Where a document's full text came from (the `textOrigin` field). */
export type { TextOriginValue as TextOrigin } from '../../../lib/files/text-origin'

const idOf = (value: unknown): string | number | null =>
  value && typeof value === 'object' ? ((value as { id?: string | number }).id ?? null) : ((value as string | number | null | undefined) ?? null)

/** Returns the file to take the text from: the chosen source file, else the first original that is a PDF or DOCX. */
async function sourceFile(data: Record<string, any>, original: Record<string, any> | undefined, req: PayloadRequest) {
  const attachments = (data.attachments ?? original?.attachments ?? []) as { file?: unknown; kind?: string }[]
  const candidates = [idOf(data.sourceDocx ?? original?.sourceDocx), ...attachments.filter((a) => (a.kind ?? 'original') === 'original').map((a) => idOf(a.file))]
  for (const id of candidates) {
    if (id === null) continue
    const media = await req.payload.findByID({ collection: 'media', id, req, overrideAccess: true, depth: 0 }).catch(() => null)
    if (media?.filename && (media.mimeType === 'application/pdf' || media.mimeType === DOCX)) return media
  }
  return null
}

/**
 * Fills an empty full text from the document's file, so that a document published as a signed
 * PDF (or a Word file) is readable on the page, structured into provisions and searchable: the
 * chosen source file, else the first original attachment. A PDF's text layer is read here; a
 * scanned PDF is queued for OCR (a job: minutes of work do not belong in a save). The text lands
 * in the «Toàn văn» box for the editor to compare with the file (`textChecked`); the public page
 * says when it has not been compared yet.
 */
export const textFromFile: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  const text = data.fullText !== undefined ? data.fullText : originalDoc?.fullText
  if (typeof text === 'string' && text.trim()) {
    // A text typed (or kept) by the editor: keep its origin unless it was just typed into an empty box.
    if (!originalDoc?.fullText || !String(originalDoc.fullText).trim()) return { ...data, textOrigin: context?.ocrText ? 'ocr' : 'typed' }
    return data
  }
  if (context?.skipTextFromFile) return data
  const media = await sourceFile(data, originalDoc, req)
  if (!media) return { ...data, textOrigin: null, textChecked: false }
  const buffer = await fs.readFile(path.join(uploadsDir(), 'uploads', String(media.filename)))
  if (media.mimeType === DOCX) return { ...data, fullText: (await docxToText(buffer)).text, textOrigin: 'docx', textChecked: false }
  const extracted = await extractPdfText(buffer, { ocr: 'never' }).catch(() => null)
  // An unreadable file: the editor is told it has no text (nothing for OCR to read either).
  if (!extracted) return { ...data, textOrigin: 'noText', textChecked: false }
  const scan = extracted.pagesWithoutText >= extracted.pages
  if (extracted.text && !scan) return { ...data, fullText: extracted.text, textOrigin: 'pdf', textChecked: false }
  // A scan: OCR runs as a job after this save; without OCR the editor gets what little text there is, or is told there is none.
  if (await ocrAvailable()) return { ...data, textOrigin: 'ocrPending', textChecked: false }
  if (extracted.text) return { ...data, fullText: extracted.text, textOrigin: 'pdf', textChecked: false }
  return { ...data, textOrigin: 'noText', textChecked: false }
}
