/**
 * Real PDFs for tests and benchmarks, made on the spot instead of checked-in binaries.
 *
 * - `makeTextPdf` draws lines of text with an embedded TrueType font (DejaVu Sans, which covers
 *   every Vietnamese letter and tone mark), so the PDF carries a genuine text layer with a
 *   ToUnicode map, as a word processor's "Save as PDF" would.
 * - `makeImagePdf` makes a "scanned" PDF: each page is a single picture of the text and the file has
 *   no text layer at all, as a scanner or a fax-to-PDF would produce. The picture is rendered by
 *   poppler's `pdftoppm` from a text PDF (no image library needed), then placed on a page with
 *   pdf-lib. It needs `pdftoppm` (Debian: poppler-utils) on PATH.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'

const run = promisify(execFile)

/** DejaVu Sans as Debian installs it (fonts-dejavu-core). */
export const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

/** A4 in PDF points. */
const A4: [number, number] = [595.28, 841.89]
const FONT_SIZE = 12
const LEADING = 16
const MARGIN_LEFT = 72
const MARGIN_TOP = 72
const SECOND_COLUMN = 330

/**
 * A PDF with a text layer: one A4 page per inner array, each string one line (12 pt DejaVu Sans,
 * 16 pt leading, 72 pt left and top margins). Strings are drawn as given, so an NFD string puts
 * decomposed base letters and combining marks into the file. An empty string leaves a blank line.
 * A tab starts a second column at x = 330 on the same baseline, as in the two-column header
 * ("CHÍNH PHỦ" | "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and signature block of a legal document.
 * The font is embedded whole by default (`subset: false`, 480 KB): pdf-lib's subsetter renumbers
 * glyphs, and a whole font is the safest ToUnicode mapping. `subset: true` embeds only the glyphs
 * used (a few KB), as word processors do; extraction reads it the same (tested).
 * Lines must fit the page (about 70 characters): pdf.js drops text drawn beyond the page's edge.
 */
export async function makeTextPdf(pages: string[][], options: { fontPath?: string; subset?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  // ccmp off: DejaVu's ccmp swaps a combining mark after a capital (A + U+0300) for a capital-height
  // variant glyph that has no cmap entry, and pdf-lib then writes no ToUnicode entry for it, so
  // readers would see the glyph id (U+1725…) instead of the mark.
  const font = await doc.embedFont(await readFile(options.fontPath ?? DEJAVU_SANS), { subset: options.subset ?? false, features: { ccmp: false } })
  for (const lines of pages) {
    const page = doc.addPage(A4)
    let y = A4[1] - MARGIN_TOP
    for (const line of lines) {
      line.split('\t').forEach((cell, column) => {
        if (cell) page.drawText(cell, { x: column ? SECOND_COLUMN : MARGIN_LEFT, y, size: FONT_SIZE, font, color: rgb(0, 0, 0) })
      })
      y -= LEADING
    }
  }
  // Deterministic bytes: no dates in the Info dictionary.
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false })
}

/**
 * A one-page PDF with no text layer: the lines are rendered (via `makeTextPdf` and
 * `pdftoppm -r 200 -png`) to a PNG, which becomes the page's only content, drawn at the page's full
 * size. Fails when `pdftoppm` is not installed (Debian: poppler-utils).
 */
export async function makeImagePdf(lines: string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'make-image-pdf-'))
  try {
    await writeFile(join(dir, 'text.pdf'), await makeTextPdf([lines]))
    // -singlefile: output is exactly "page.png" (no page-number suffix).
    await run('pdftoppm', ['-r', '200', '-png', '-singlefile', join(dir, 'text.pdf'), join(dir, 'page')], { timeout: 60_000 }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new Error('makeImagePdf needs pdftoppm: install the Debian package poppler-utils', { cause: err })
      throw err
    })
    const png = await readFile(join(dir, 'page.png'))
    const doc = await PDFDocument.create()
    const image = await doc.embedPng(png)
    const page = doc.addPage(A4)
    page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] })
    return doc.save({ useObjectStreams: false })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
