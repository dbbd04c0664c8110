/**
 * Real PDFs for tests: text PDFs with Vietnamese text (DejaVu Sans embedded with pdf-lib's
 * fontkit), and "scanned" ones whose only content is a picture of the text (rendered with
 * Debian's pdftoppm), so that text extraction and OCR meet what agencies upload.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

/** Returns a PDF with one A4 page per inner array, each line at 12 pt with 16 pt leading. */
export async function makeTextPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(fs.readFileSync(FONT), { subset: true })
  for (const lines of pages) {
    const page = doc.addPage([595.28, 841.89])
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 770 - i * 16, size: 12, font }))
  }
  return doc.save()
}

/** Returns a one-page PDF holding only an image of these lines (no text layer), as a scanner makes. */
export async function makeImagePdf(lines: string[]): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'))
  try {
    const source = path.join(dir, 'source.pdf')
    fs.writeFileSync(source, await makeTextPdf([lines]))
    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', source, path.join(dir, 'scan')])
    const doc = await PDFDocument.create()
    const image = await doc.embedPng(fs.readFileSync(path.join(dir, 'scan.png')))
    const page = doc.addPage([595.28, 841.89])
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 })
    return doc.save()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
