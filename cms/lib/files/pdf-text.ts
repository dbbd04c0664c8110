/**
 * The text of an uploaded PDF (a legal document's original), for the full-text search index and
 * for the legal-text parser that finds "Điều 1." and "1." at line starts.
 *
 * Text layer: unpdf, which is Mozilla's pdf.js (the PDF engine of Firefox, maintained, handles the
 * broken and odd files real agencies produce) packaged as a serverless build that needs no canvas
 * and no worker thread. We read the positioned text items pdf.js gives (`page.getTextContent()`)
 * and rebuild lines ourselves: pdf.js's own joined string loses the line structure the parser
 * needs. Vietnamese PDFs often carry decomposed letters (base letter + combining tone mark), so
 * everything is normalised to Unicode NFC, the form the portal stores and searches.
 *
 * OCR, for scans without a text layer: poppler's `pdftoppm` renders each page at 300 dpi and
 * Tesseract reads it with its Vietnamese model. Both are external programs, optional, from Debian
 * packages: `apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils`. Without them a scan
 * yields no text (`source: 'none'`, `ocrAvailable: false`) and the editor can type the text in.
 *
 * Errors reach the editor: every failure to read the file is an Error with a Vietnamese message
 * beginning "Không đọc được tệp PDF: " (the pdf.js error is kept as `cause`). An aborted `signal`
 * rejects with the signal's reason instead, as fetch() does.
 */
import { execFile } from 'node:child_process'
import { access, constants, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { getDocumentProxy } from 'unpdf'

export interface PdfText {
  /** NFC text; lines as on the page, a blank line between paragraphs and between pages. */
  text: string
  /** Number of pages in the document (text is read from the first `maxPages` of them). */
  pages: number
  /** Where the text came from; 'none' when the file has no usable text layer and OCR did not run. */
  source: 'text-layer' | 'ocr' | 'none'
  /** Whether OCR could run on this machine (tesseract with Vietnamese, and pdftoppm). */
  ocrAvailable: boolean
  /** Pages read that contributed (almost) no text (fewer than 20 letters) to `text`. */
  pagesWithoutText: number
}

export interface ExtractPdfTextOptions {
  /** 'auto' (default): OCR a file whose text layer is (almost) empty, when OCR is available. */
  ocr?: 'auto' | 'never'
  /** Read at most this many pages (default 2000); `pages` still reports the document's total. */
  maxPages?: number
  /** Aborting stops between pages and kills a running pdftoppm/tesseract. */
  signal?: AbortSignal
}

/** Below this many letters per page on average, the text layer counts as missing (a scan). */
const MIN_LETTERS_PER_PAGE = 20
const DEFAULT_MAX_PAGES = 2000
const OCR_DPI = '300'
const RENDER_TIMEOUT_MS = 120_000
const OCR_TIMEOUT_MS = 180_000

const run = promisify(execFile)

const readError = (reason: string, cause?: unknown) => new Error(`Không đọc được tệp PDF: ${reason}`, { cause })

// ---------------------------------------------------------------------------------------------
// OCR availability

let ocrCheck: Promise<boolean> | undefined

async function onPath(program: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    try {
      await access(path.join(dir, program), constants.X_OK)
      return true
    } catch {
      // not in this folder
    }
  }
  return false
}

/**
 * True when OCR can run: `tesseract` and `pdftoppm` are on PATH and `tesseract --list-langs` lists
 * `vie`. Checked once per process (installing the packages needs a restart to be noticed).
 */
export function ocrAvailable(): Promise<boolean> {
  ocrCheck ??= (async () => {
    try {
      if (!(await onPath('pdftoppm')) || !(await onPath('tesseract'))) return false
      // Tesseract 4 prints the list on stderr, 5 on stdout.
      const { stdout, stderr } = await run('tesseract', ['--list-langs'], { timeout: 10_000 })
      return /^vie\s*$/m.test(`${stdout}\n${stderr}`)
    } catch {
      return false
    }
  })()
  return ocrCheck
}

// ---------------------------------------------------------------------------------------------
// Text normalisation

/**
 * NFC; control characters (form feeds from tesseract, stray NULs), zero-width characters and the
 * BOM dropped; runs of spaces collapsed; lines trimmed; at most one blank line in a row. Tabs
 * (column gaps, see `pageText`) are kept, one per gap.
 */
export function normalizePdfText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[^\S\n\t]+/g, ' ')
    .replace(/ *\t[\t ]*/g, '\t')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0

// ---------------------------------------------------------------------------------------------
// Text layer

/** The fields of a pdf.js TextItem we use (marked-content entries have no `str`). */
interface Item {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL: boolean
}

interface Line {
  text: string
  /** Baseline of the line's first item (PDF y grows upwards). */
  y: number
  /** Largest font size on the line. */
  size: number
}

/** A horizontal gap wider than this (× font size) between two items is a word space. */
const WORD_GAP = 0.15
/** ...and wider than this, a gap between columns (the two-column header and signature block). */
const COLUMN_GAP = 2
/** A baseline moving by more than this (× font size) starts a new line; less is a superscript. */
const BASELINE_SHIFT = 0.5
/** A line step larger than this × the page's line height is a paragraph break (a blank line). */
const PARAGRAPH_STEP = 1.4

/**
 * Rebuilds one page's lines from pdf.js text items, in content-stream order: a new line after an
 * item with `hasEOL` or when the baseline moves; items on one line are joined directly, with a
 * space where the text leaves a gap and pdf.js put none, or with a tab across a column-wide gap
 * (the legal-text parser reads tab-separated cells in the signature block). A blank line marks a
 * vertical step clearly larger than the page's usual line step.
 */
export function pageText(items: readonly unknown[]): string {
  const lines: Line[] = []
  let line: Line | undefined
  let lineEnd = 0
  let ended = false
  for (const raw of items) {
    const item = raw as Item
    if (typeof item.str !== 'string') continue
    if (!item.str.trim()) {
      // Empty items carry pdf.js's line breaks; blank ones its inserted spaces.
      if (item.str && line && !ended) line.text += ' '
      ended ||= item.hasEOL
      continue
    }
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform
    const size = Math.hypot(c, d) || item.height || 1
    if (line && (ended || Math.abs(y - line.y) > BASELINE_SHIFT * Math.min(size, line.size))) {
      lines.push(line)
      line = undefined
    }
    if (!line) line = { text: item.str, y, size }
    else {
      const gap = x - lineEnd
      if (gap > COLUMN_GAP * size || gap < -COLUMN_GAP * size) line.text += '\t'
      // Never a space before a combining mark drawn as its own item.
      else if (gap > WORD_GAP * size && !/\s$/.test(line.text) && !/^[\s\p{M}]/u.test(item.str)) line.text += ' '
      line.text += item.str
      line.size = Math.max(line.size, size)
    }
    lineEnd = x + item.width
    ended = item.hasEOL
  }
  if (line) lines.push(line)
  if (!lines.length) return ''

  // The page's line step: the median downward step between consecutive lines, capped at 1.5 × the
  // font size (on a page of one-line paragraphs every step is a paragraph step).
  const steps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((s) => s > 0)
    .sort((a, b) => a - b)
  const median = steps.length ? steps[Math.floor(steps.length / 2)]! : Infinity
  let out = lines[0]!.text
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!
    const cur = lines[i]!
    const lineHeight = Math.min(median, 1.5 * Math.max(prev.size, cur.size))
    out += prev.y - cur.y > PARAGRAPH_STEP * lineHeight ? '\n\n' : '\n'
    out += cur.text
  }
  return normalizePdfText(out)
}

function isPasswordError(err: unknown): boolean {
  return (err as { name?: string } | null)?.name === 'PasswordException'
}

function openError(err: unknown): Error {
  if (isPasswordError(err)) return readError('Tệp PDF có mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại.', err)
  const message = String((err as { message?: unknown } | null)?.message ?? '')
  if (/empty|zero bytes/i.test(message)) return readError('tệp rỗng.', err)
  return readError('tệp bị hỏng hoặc không phải định dạng PDF.', err)
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

/** Reads the text layer of the first `maxPages` pages. The caller's bytes are left untouched. */
async function readTextLayer(data: Uint8Array, maxPages: number, signal?: AbortSignal): Promise<{ pages: number; texts: string[] }> {
  hideArrayPrototypeAdditions()
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    // pdf.js takes ownership of the buffer it is given and detaches it: give it a copy.
    // A copy in a buffer of its own: a Node Buffer's slice() would share (and lose) the caller's memory.
    pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0, stopAtErrors: false })
  } catch (err) {
    throw openError(err)
  }
  try {
    const pages = pdf.numPages
    const texts: string[] = []
    for (let n = 1; n <= Math.min(pages, maxPages); n++) {
      signal?.throwIfAborted()
      let page: Awaited<ReturnType<typeof pdf.getPage>> | undefined
      try {
        page = await pdf.getPage(n)
        texts.push(pageText((await page.getTextContent()).items))
      } catch (err) {
        signal?.throwIfAborted()
        if (isPasswordError(err)) throw openError(err)
        // One broken page (a damaged content stream) costs that page, not the document.
        texts.push('')
      } finally {
        page?.cleanup()
      }
    }
    return { pages, texts }
  } finally {
    // PDFDocumentProxy.destroy() is gone in pdf.js 6; the loading task owns the document.
    await pdf.loadingTask.destroy()
  }
}

// ---------------------------------------------------------------------------------------------
// OCR

async function tool(program: string, args: string[], timeout: number, signal: AbortSignal | undefined, what: string): Promise<string> {
  try {
    const { stdout } = await run(program, args, { timeout, signal, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' } })
    return stdout
  } catch (err) {
    signal?.throwIfAborted()
    const e = err as { killed?: boolean; signal?: string | null }
    if (e.killed) throw readError(`${what} quá ${timeout / 1000} giây.`, err)
    throw readError(`${what} không thành công.`, err)
  }
}

/**
 * OCRs pages 1..count, returning NFC text per page. pdftoppm renders one page per run (`-f N -l N`)
 * rather than the whole file at once: a 300 dpi greyscale page is 1–3 MB of PNG, so a long scan
 * would fill the temp folder, and an abort lands between pages. Tesseract runs with
 * OMP_THREAD_LIMIT=1 unless the environment sets it: its OpenMP threads spin-wait, and on a busy
 * 2-core server one page took 3–4 s single-threaded against 11–50 s with the default threads.
 */
async function ocrPages(data: Uint8Array, count: number, signal?: AbortSignal): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-ocr-'))
  try {
    const file = path.join(dir, 'input.pdf')
    await writeFile(file, data)
    const texts: string[] = []
    for (let n = 1; n <= count; n++) {
      signal?.throwIfAborted()
      const image = path.join(dir, 'page')
      const page = String(n)
      await tool('pdftoppm', ['-r', OCR_DPI, '-gray', '-png', '-f', page, '-l', page, '-singlefile', file, image], RENDER_TIMEOUT_MS, signal, `dựng ảnh trang ${n} để nhận dạng chữ`)
      const text = await tool('tesseract', [`${image}.png`, 'stdout', '-l', 'vie', '--psm', '3'], OCR_TIMEOUT_MS, signal, `nhận dạng chữ (OCR) trang ${n}`)
      texts.push(normalizePdfText(text))
      await rm(`${image}.png`, { force: true })
    }
    return texts
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------

const joinPages = (texts: string[]) => normalizePdfText(texts.join('\n\n'))
const countEmpty = (texts: string[]) => texts.filter((t) => letterCount(t) < MIN_LETTERS_PER_PAGE).length

/**
 * The text of a PDF: its text layer, or OCR when the text layer is (almost) empty (fewer than 20
 * letters per page on average), `options.ocr` is not 'never' and OCR is available.
 * Rejects with a Vietnamese message ("Không đọc được tệp PDF: …") for files it cannot read,
 * including password-protected ones; never with a raw pdf.js error. `data` is not modified.
 */
export async function extractPdfText(data: Uint8Array, options: ExtractPdfTextOptions = {}): Promise<PdfText> {
  const { ocr = 'auto', maxPages = DEFAULT_MAX_PAGES, signal } = options
  signal?.throwIfAborted()
  const limit = Number.isFinite(maxPages) ? Math.max(0, Math.floor(maxPages)) : DEFAULT_MAX_PAGES
  const available = await ocrAvailable()
  const layer = await readTextLayer(data, limit, signal)
  const read = layer.texts.length
  const letters = layer.texts.reduce((sum, t) => sum + letterCount(t), 0)
  if (read > 0 && letters >= MIN_LETTERS_PER_PAGE * read) {
    return { text: joinPages(layer.texts), pages: layer.pages, source: 'text-layer', ocrAvailable: available, pagesWithoutText: countEmpty(layer.texts) }
  }
  if (read > 0 && ocr !== 'never' && available) {
    const texts = await ocrPages(data, read, signal)
    const recognised = texts.reduce((sum, t) => sum + letterCount(t), 0)
    if (recognised > letters) return { text: joinPages(texts), pages: layer.pages, source: 'ocr', ocrAvailable: available, pagesWithoutText: countEmpty(texts) }
  }
  // A short text layer (a cover page, a one-line notice) is still the file's text when OCR cannot do better.
  if (letters > 0) return { text: joinPages(layer.texts), pages: layer.pages, source: 'text-layer', ocrAvailable: available, pagesWithoutText: countEmpty(layer.texts) }
  return { text: '', pages: layer.pages, source: 'none', ocrAvailable: available, pagesWithoutText: read }
}
