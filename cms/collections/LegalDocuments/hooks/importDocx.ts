import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeChangeHook } from 'payload'

import { docxToText } from '../../../lib/legal-text'
import { dataDir } from '../../../paths'

/** Fills the full text from the chosen Word file when the editor left the text box empty. */
export const importDocx: CollectionBeforeChangeHook = async ({ data, req }) => {
  const id = typeof data.sourceDocx === 'object' ? data.sourceDocx?.id : data.sourceDocx
  if (!id || String(data.fullText ?? '').trim()) return data
  const media = await req.payload.findByID({ collection: 'media', id, req, overrideAccess: true, depth: 0 })
  if (!media?.filename || !/\.docx$/i.test(media.filename)) return data
  const buffer = await fs.readFile(path.join(dataDir(), 'uploads', media.filename))
  const { text } = await docxToText(buffer)
  return { ...data, fullText: text }
}
