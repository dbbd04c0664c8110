/**
 * PDF text benchmark (cms/lib/files/pdf-text.ts). Prints one JSON object on stdout (progress on stderr).
 *
 *   npm exec -- tsx bench/pdf-text/run.ts [--pages 100] [--rounds 20] [--ocr-rounds 2]
 *
 * Generates, in this run, Vietnamese legal text PDFs (pdf-lib, DejaVu Sans, about 40 lines a page)
 * of 1 page (the baseline) and of --pages pages, and reports the text-layer extraction time per
 * page (median of --rounds runs after a warm-up) with the ratio of the long document's per-page
 * time to the baseline's: about 1 means the cost is linear in pages, below 1 that a fixed cost
 * per document (opening, font parsing) dominates the baseline. Both with a subset font (what
 * word processors embed) and with the whole 480 KB font. The first call, which loads pdf.js, is
 * reported apart. When OCR is available (tesseract-ocr, tesseract-ocr-vie,
 * poppler-utils), a one-page scan of the same text (makeImagePdf: 200 dpi PNG, no text layer) is
 * read with OCR, per page. Memory: the peak RSS of a fresh process reading each PDF once (against
 * one that only loads the module), this process's peak RSS (which includes making the PDFs with
 * pdf-lib), the resident set sampled every 10 ms while text layers were read, and the peak of this
 * process plus its pdftoppm/tesseract children sampled every 25 ms during OCR.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { extractPdfText, ocrAvailable } from '../../cms/lib/files/pdf-text'
import { makeImagePdf, makeTextPdf } from '../../tests/helpers/make-pdf'
import { residentMiB } from '../lib/server'
import { mulberry32 } from '../search/generate'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const PAGES = arg('pages', 100)
const ROUNDS = arg('rounds', 20)
const OCR_ROUNDS = arg('ocr-rounds', 2)
const LINES_PER_PAGE = 40

const SUBJECTS = ['Cơ quan nhà nước', 'Ủy ban nhân dân cấp tỉnh', 'Bộ Thông tin và Truyền thông', 'Người đứng đầu cơ quan', 'Tổ chức, cá nhân']
const VERBS = ['có trách nhiệm cung cấp', 'công khai đầy đủ, kịp thời', 'cập nhật thường xuyên', 'bảo đảm tính chính xác của', 'hướng dẫn việc khai thác']
const OBJECTS = ['thông tin trên cổng thông tin điện tử', 'văn bản quy phạm pháp luật', 'thủ tục hành chính', 'dự thảo lấy ý kiến', 'dữ liệu mở của cơ quan']

/** About 40 lines a page of articles, clauses and points, each line short enough to fit A4. */
function legalPages(count: number): string[][] {
  const rand = mulberry32(11)
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!
  const pages: string[][] = []
  let article = 1
  for (let p = 0; p < count; p++) {
    const lines: string[] = []
    while (lines.length < LINES_PER_PAGE) {
      lines.push(`Điều ${article++}. Trách nhiệm ${pick(OBJECTS)}`)
      for (let k = 1; k <= 3 && lines.length < LINES_PER_PAGE; k++) {
        lines.push(`${k}. ${pick(SUBJECTS)} ${pick(VERBS)}`, `${pick(OBJECTS)} theo quy định của pháp luật.`)
        if (k === 2) for (const point of ['a', 'b', 'c']) lines.push(`${point}) ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)};`)
      }
    }
    pages.push(lines.slice(0, LINES_PER_PAGE))
  }
  return pages
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round = (x: number, digits = 2) => Number(x.toFixed(digits))
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024)

/** Highest resident set (MiB) of this process sampled while text layers were read. */
let textLayerRssPeak = 0

async function timeRuns(data: Uint8Array, rounds: number, warmup: number): Promise<{ ms: number[]; chars: number; source: string }> {
  const sampler = setInterval(() => (textLayerRssPeak = Math.max(textLayerRssPeak, residentMiB(process.pid))), 10)
  try {
    return await timed(data, rounds, warmup)
  } finally {
    clearInterval(sampler)
  }
}

async function timed(data: Uint8Array, rounds: number, warmup: number): Promise<{ ms: number[]; chars: number; source: string }> {
  let last = await extractPdfText(data)
  for (let i = 1; i < warmup; i++) last = await extractPdfText(data)
  const ms: number[] = []
  for (let i = 0; i < rounds; i++) {
    const t = performance.now()
    last = await extractPdfText(data)
    ms.push(performance.now() - t)
  }
  return { ms, chars: last.text.length, source: last.source }
}

async function main(): Promise<void> {
  const pages = legalPages(PAGES)
  // A full page: a few words would count as a scan and go to OCR.
  const first = await makeTextPdf(pages.slice(0, 1), { subset: true })
  const coldStart = performance.now()
  await extractPdfText(first)
  const coldFirstCallMs = round(performance.now() - coldStart, 1)
  const files: Record<string, Uint8Array> = {}

  // Subset fonts (what word processors embed) first, then the whole 480 KB font, whose parsing
  // by pdf.js is a fixed cost per document.
  const textLayer: Record<string, unknown> = {}
  let basePerPage = 0
  for (const subset of [true, false]) {
    const label = subset ? 'subsetFont' : 'wholeFont'
    process.stderr.write(`${label}: making PDFs of 1 and ${PAGES} pages\n`)
    const one = await makeTextPdf(pages.slice(0, 1), { subset })
    const many = await makeTextPdf(pages, { subset })
    files[`${label}_1page`] = one
    files[`${label}_${PAGES}pages`] = many
    process.stderr.write(`${label}: 1 page × ${ROUNDS}\n`)
    const base = await timeRuns(one, ROUNDS, 3)
    const manyRounds = Math.max(3, Math.round(ROUNDS / 4))
    process.stderr.write(`${label}: ${PAGES} pages × ${manyRounds}\n`)
    const long = await timeRuns(many, manyRounds, 1)
    const onePerPage = median(base.ms)
    const longPerPage = median(long.ms) / PAGES
    if (subset) basePerPage = onePerPage
    textLayer[label] = {
      baseline: { pages: 1, bytes: one.byteLength, rounds: ROUNDS, msPerPage: round(onePerPage), chars: base.chars, source: base.source },
      long: { pages: PAGES, bytes: many.byteLength, rounds: manyRounds, msPerPage: round(longPerPage), totalMs: Math.round(median(long.ms)), chars: long.chars, source: long.source },
      // Per-page time of the long document over the baseline's: ≈ 1 when the cost is linear in pages.
      ratioPerPage: round(longPerPage / onePerPage),
    }
  }
  const rssAfterTextLayerMiB = peakRssMiB()
  const rssBeforeOcrMiB = residentMiB(process.pid)

  // Peak RSS of a fresh process that reads one file (and of one that only loads the module).
  process.stderr.write('fresh processes: peak RSS\n')
  const dir = await mkdtemp(join(tmpdir(), 'bench-pdf-text-'))
  const freshProcessPeakRssMiB: Record<string, number> = {}
  try {
    freshProcessPeakRssMiB.moduleLoadedOnly = (await child([])).peakRssMiB
    for (const [name, bytes] of Object.entries(files)) {
      const file = join(dir, `${name}.pdf`)
      await writeFile(file, bytes)
      freshProcessPeakRssMiB[name] = (await child([file])).peakRssMiB
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  const available = await ocrAvailable()
  let ocr: Record<string, unknown> = { available }
  if (available) {
    process.stderr.write(`OCR: 1 page × ${OCR_ROUNDS}\n`)
    const scan = await makeImagePdf(pages[0]!)
    const expected = new Set(pages[0]!.join(' ').toLowerCase().split(/\s+/))
    let peakWithChildren = 0
    const sampler = setInterval(() => (peakWithChildren = Math.max(peakWithChildren, residentMiB(process.pid))), 25)
    const ms: number[] = []
    let words = 0
    let found = 0
    try {
      for (let i = 0; i < OCR_ROUNDS; i++) {
        const t = performance.now()
        const result = await extractPdfText(scan)
        ms.push(performance.now() - t)
        if (result.source !== 'ocr') throw new Error(`expected OCR, got ${result.source}`)
        const got = result.text.toLowerCase().split(/\s+/)
        words = got.length
        found = got.filter((w) => expected.has(w)).length
      }
    } finally {
      clearInterval(sampler)
    }
    ocr = {
      available,
      pages: 1,
      rounds: OCR_ROUNDS,
      msPerPage: Math.round(median(ms)),
      minMsPerPage: Math.round(Math.min(...ms)),
      // Words of the OCR output that are words of the page's text (a rough accuracy figure).
      wordsRecognised: words ? round(found / words, 3) : 0,
      peakRssWithChildrenMiB: peakWithChildren,
      // OCR per page over text-layer per page (subset-font baseline).
      ratioToTextLayerPerPage: Math.round(median(ms) / basePerPage),
    }
  }

  const result = {
    benchmark: 'pdf-text',
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverage1m: round(loadavg()[0]!, 1),
    coldFirstCallMs,
    textLayer,
    ocr,
    // Process peaks include making the test PDFs with pdf-lib in this process; the sampled figures
    // are the resident set while text layers were read, and before OCR.
    peakRssMiB: { afterTextLayer: rssAfterTextLayerMiB, end: peakRssMiB() },
    residentMiB: { peakSampledWhileReadingTextLayers: textLayerRssPeak, beforeOcr: rssBeforeOcrMiB },
    freshProcessPeakRssMiB,
  }
  console.log(JSON.stringify(result, null, 2))
}

const exec = promisify(execFile)

/** Runs this script with --extract in a fresh process (this Node, tsx) and returns its JSON. */
async function child(files: string[]): Promise<{ peakRssMiB: number }> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--extract', ...files]
  const { stdout } = await exec(process.execPath, args, { maxBuffer: 1 << 20 })
  return JSON.parse(stdout.trim().split('\n').pop()!)
}

/** Child mode: load the module, read each file once, print the peak RSS. */
async function extractOnly(files: string[]): Promise<void> {
  await ocrAvailable()
  for (const file of files) {
    const result = await extractPdfText(new Uint8Array(await readFile(file)), { ocr: 'never' })
    if (result.source !== 'text-layer') throw new Error(`${file}: ${result.source}`)
  }
  console.log(JSON.stringify({ peakRssMiB: peakRssMiB() }))
}

const extractAt = process.argv.indexOf('--extract')
;(extractAt >= 0 ? extractOnly(process.argv.slice(extractAt + 1)) : main()).catch((err) => {
  console.error(err)
  process.exit(1)
})
