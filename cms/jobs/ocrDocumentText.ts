import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterChangeHook, TaskConfig } from 'payload'

import { extractPdfText } from '../lib/files/pdf-text'
import { uploadsDir } from '../paths'

/** Queues OCR for a document whose original has just been found to be a scan (textFromFile: `ocrPending`). */
export const queueOcr: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.textOrigin !== 'ocrPending' || previousDoc?.textOrigin === 'ocrPending') return doc
  await req.payload.jobs.queue({ task: 'ocrDocumentText', input: { id: String(doc.id) }, queue: 'default', req })
  return doc
}

/**
 * OCR of a scanned original (Vietnamese tesseract), off the save that asked for it: the text goes
 * into the document's «Toàn văn» for the editor to compare, on the version the editor works on
 * (a published document's live text too, since it had none).
 */
export const ocrDocumentTextTask: TaskConfig = {
  slug: 'ocrDocumentText',
  label: 'Nhận dạng chữ (OCR) toàn văn từ tệp quét',
  retries: 1,
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { id } = input as { id: string }
    const doc = await req.payload.findByID({ collection: 'legal-documents', id, draft: true, depth: 1, overrideAccess: true, req }).catch(() => null)
    if (!doc || doc.textOrigin !== 'ocrPending' || String(doc.fullText ?? '').trim()) return { output: { done: false } }
    const original = (doc.attachments ?? []).map((a) => a.file).find((f) => typeof f === 'object' && f?.mimeType === 'application/pdf')
    if (!original || typeof original !== 'object' || !original.filename) return { output: { done: false } }
    const result = await extractPdfText(await fs.readFile(path.join(uploadsDir(), 'uploads', original.filename)))
    const live = doc._status === 'published'
    await req.payload.update({
      collection: 'legal-documents',
      id,
      data: { fullText: result.text, textOrigin: result.text ? 'ocr' : 'noText', textChecked: false, ...(live ? { _status: 'published' } : {}) } as never,
      draft: !live,
      overrideAccess: true,
      context: { ocrText: true },
      req,
    })
    return { output: { done: true } }
  },
}
