/**
 * Takes the text out of a PDF, so that a document published as a signed PDF can be read on the
 * page, structured into provisions and found by search (Directive 15/CT-TTg §1.a: archives
 * digitised so they can be searched). The text layer is read with unpdf, Mozilla's pdf.js in
 * a build for servers (no canvas). A scanned PDF has no text layer: it is run through OCR when
 * Debian's `tesseract-ocr` with the Vietnamese data (`tesseract-ocr-vie`) and `poppler-utils`
 * (`pdftoppm`, to turn pages into images) are installed; without them the editor is told the
 * file has no text.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { getDocumentProxy } from 'unpdf'

const run = promisify(execFile)

/** What a PDF gave. */
export interface PdfText {
  /** NFC text, lines as laid out on the page, pages separated by a blank line. */
  text: string
  pages: number
  source: 'text-layer' | 'ocr' | 'none'
  ocrAvailable: boolean
  /** Pages whose text layer had (almost) nothing. */
  pagesWithoutText: number
}

/** A text item of pdf.js: its string, position (transform[4], transform[5]), width and height. */
interface Item {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL?: boolean
}

let ocr: Promise<boolean> | null = null

/** Returns whether OCR can run here: tesseract with Vietnamese data, and pdftoppm. */
export function ocrAvailable(): Promise<boolean> {
  ocr ??= Promise.all([run('tesseract', ['--list-langs'], { timeout: 10_000 }), run('pdftoppm', ['-v'], { timeout: 10_000 })]).then(
    ([langs]) => /^vie$/m.test(`${langs.stdout}\n${langs.stderr}`),
    () => false,
  )
  return ocr
}

/** Returns a page's lines: items grouped by baseline, left to right, a space where pdf.js left a gap. */
function pageLines(items: Item[]): string[] {
  const lines: { y: number; height: number; parts: { x: number; end: number; str: string }[] }[] = []
  for (const item of items) {
    if (!item.str && !item.hasEOL) continue
    const [, , , , x = 0, y = 0] = item.transform
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 10
    let line = lines.find((l) => Math.abs(l.y - y) < Math.min(l.height, height) * 0.5)
    if (!line) lines.push((line = { y, height, parts: [] }))
    if (item.str) line.parts.push({ x, end: x + item.width, str: item.str })
  }
  lines.sort((a, b) => b.y - a.y)
  const out: string[] = []
  let previous: (typeof lines)[number] | null = null
  for (const line of lines) {
    line.parts.sort((a, b) => a.x - b.x)
    let text = ''
    let end = -Infinity
    for (const part of line.parts) {
      const gap = part.x - end
      if (text && gap > line.height * 0.15 && !text.endsWith(' ') && !part.str.startsWith(' ')) text += ' '
      text += part.str
      end = part.end
    }
    // A clearly larger gap than the line height is a paragraph break.
    if (previous && previous.y - line.y > Math.max(previous.height, line.height) * 1.9) out.push('')
    out.push(text)
    previous = line
  }
  return out
}

/** Normalises extracted text: NFC (PDFs often carry decomposed marks), no control characters, single spaces. */
export function tidyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00ad]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ +\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length

/** Runs OCR over every page of the PDF at `file` (300 dpi, grey), in Vietnamese. */
async function ocrPdf(data: Uint8Array, pages: number, signal?: AbortSignal): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pdf-ocr-'))
  try {
    const file = path.join(dir, 'file.pdf')
    await fs.writeFile(file, data)
    await run('pdftoppm', ['-r', '300', '-gray', '-png', file, path.join(dir, 'page')], { timeout: 60_000 * Math.max(1, pages), signal })
    const images = (await fs.readdir(dir)).filter((f) => f.endsWith('.png')).sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))
    const texts: string[] = []
    for (const image of images) {
      const { stdout } = await run('tesseract', [path.join(dir, image), 'stdout', '-l', 'vie', '--psm', '3'], { timeout: 120_000, signal, maxBuffer: 16 * 1024 * 1024 })
      texts.push(stdout)
    }
    return texts.join('\n\n')
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/**
 * drizzle-kit (loaded by Payload's SQL adapters to push or migrate a schema) adds enumerable
 * methods to Array.prototype, and pdf.js refuses to run with any there. Hiding them from
 * enumeration keeps both working.
 */
function hideArrayPrototypeAdditions(): void {
  for (const key in Array.prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, key)
    if (descriptor?.enumerable) Object.defineProperty(Array.prototype, key, { ...descriptor, enumerable: false })
  }
}

/**
 * Returns the text of a PDF: its text layer, or OCR when the layer is (almost) empty and OCR is
 * available (unless `ocr: 'never'`). Throws an Error with a Vietnamese message for a file that is
 * not a readable PDF or is password-protected.
 */
export async function extractPdfText(data: Uint8Array, options: { ocr?: 'auto' | 'never'; maxPages?: number; signal?: AbortSignal } = {}): Promise<PdfText> {
  hideArrayPrototypeAdditions()
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(data))
  } catch (error) {
    const name = (error as { name?: string }).name
    if (name === 'PasswordException') throw new Error('Không đọc được tệp PDF: tệp PDF có mật khẩu.')
    throw new Error(`Không đọc được tệp PDF: ${(error as Error).message || 'tệp hỏng hoặc không phải PDF'}.`)
  }
  try {
    const pages = Math.min(pdf.numPages, options.maxPages ?? 2000)
    const texts: string[] = []
    let pagesWithoutText = 0
    for (let n = 1; n <= pages; n++) {
      options.signal?.throwIfAborted()
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      const text = pageLines(content.items as Item[]).join('\n')
      if (letters(text) < 20) pagesWithoutText++
      texts.push(text)
      page.cleanup()
    }
    const text = tidyText(texts.join('\n\n'))
    const available = await ocrAvailable()
    if (letters(text) >= 20 * pages) return { text, pages, source: 'text-layer', ocrAvailable: available, pagesWithoutText }
    if (options.ocr !== 'never' && available) {
      const scanned = tidyText(await ocrPdf(data, pages, options.signal))
      if (letters(scanned) > letters(text)) return { text: scanned, pages, source: 'ocr', ocrAvailable: true, pagesWithoutText }
    }
    return letters(text) > 0
      ? { text, pages, source: 'text-layer', ocrAvailable: available, pagesWithoutText }
      : { text: '', pages, source: 'none', ocrAvailable: available, pagesWithoutText }
  } finally {
    await pdf.cleanup().catch(() => undefined)
    await (pdf as unknown as { loadingTask?: { destroy: () => Promise<void> } }).loadingTask?.destroy()
  }
}
