import type { ParsedLegalText } from './types'
import { prepareLines, type Line } from './lines'
import { quotedLineMask } from './quotes'
import { detectMarker, type MarkerKind } from './markers'
import { findTitle, splitFrontMatter } from './frontmatter'
import { findClosingStart, type BodyMode } from './closing'
import { findTrailerStart, splitTrailer } from './trailer'
import { buildUnits } from './tree'
import { findAnnexStart, splitAnnexes } from './annex'

/** Shown to the editor when no Chương/Điều/numbered section was found. */
export const UNSTRUCTURED_WARNING =
  'Không nhận diện được cấu trúc Chương/Điều/Khoản; văn bản được giữ dưới dạng các đoạn văn.'

const TOP_LEVEL: ReadonlySet<MarkerKind> = new Set(['part', 'chapter', 'section', 'article'])

/** Index of the first line at or after `from` (outside quotes) whose marker is one of `kinds`, or -1. */
function firstMarker(lines: Line[], quoted: boolean[], from: number, kinds: ReadonlySet<MarkerKind>): number {
  for (let i = from; i < lines.length; i++) {
    const marker = quoted[i] ? null : detectMarker(lines[i]!.text)
    // A heading without its dot opens the body only as 'Điều 1'; a Roman section only as 'I.'.
    if (marker?.loose && marker.number !== '1') continue
    if (marker?.kind === 'roman' && marker.number !== 'I') continue
    if (marker && kinds.has(marker.kind)) return i
  }
  return -1
}

/** One warning for all unclosed quotation marks, listing the first few line numbers. */
function unclosedQuoteWarnings(lineNos: number[]): string[] {
  if (lineNos.length === 0) return []
  const more = lineNos.length > 5 ? ` và ${lineNos.length - 5} chỗ khác` : ''
  const where = lineNos.slice(0, 5).join(', ') + more
  return [`Dấu ngoặc kép mở ở dòng ${where} không được đóng; đã bỏ qua khi nhận diện cấu trúc.`]
}

function emptyResult(): ParsedLegalText {
  return {
    structured: false,
    header: [],
    title: [],
    preamble: [],
    body: [],
    annexes: [],
    closing: [],
    recipients: [],
    signature: [],
    plain: [],
    warnings: [],
  }
}

/**
 * Parses the full text of a Vietnamese legal document (pasted or extracted from Word) into
 * header, title, preamble, a tree of units with stable anchors, closing, recipients and
 * signature. Never drops text: a text without recognisable structure comes back with
 * structured=false and every paragraph in `plain`.
 */
export function parseLegalText(text: string): ParsedLegalText {
  const allLines = prepareLines(text)
  const { mask: allQuoted, unclosedLines } = quotedLineMask(allLines.map((l) => l.text))
  // Annexes after the signature or recipients are split off first: their headings, tables
  // and own 'Nơi nhận' must not become recipients or part of the last article.
  const bodyStart = firstMarker(allLines, allQuoted, 0, new Set([...TOP_LEVEL, 'numbered', 'roman']))
  const annexStart = bodyStart < 0 ? allLines.length : findAnnexStart(allLines, allQuoted, bodyStart)
  const lines = allLines.slice(0, annexStart)
  const quoted = allQuoted.slice(0, annexStart)
  const annexes = splitAnnexes(allLines.slice(annexStart))
  const warnings = unclosedQuoteWarnings(unclosedLines.map((i) => allLines[i]!.lineNo))
  // The title must precede the body: search only up to the first structural-looking line.
  const anyUnit = firstMarker(lines, quoted, 0, new Set([...TOP_LEVEL, 'numbered']))
  const title = findTitle(anyUnit < 0 ? lines : lines.slice(0, anyUnit))
  const scanFrom = title ? title[1] : 0
  const mode: BodyMode = firstMarker(lines, quoted, scanFrom, new Set(['article'])) >= 0 ? 'articles' : 'sections'
  const topKinds = mode === 'articles' ? TOP_LEVEL : new Set<MarkerKind>([...TOP_LEVEL, 'numbered', 'roman'])
  const first = firstMarker(lines, quoted, scanFrom, topKinds)
  if (first < 0) {
    return { ...emptyResult(), plain: allLines.map((l) => l.text), warnings: [UNSTRUCTURED_WARNING, ...warnings] }
  }

  const trailerStart = findTrailerStart(lines, quoted, first)
  const closingStart = findClosingStart(lines, quoted, first, trailerStart, mode)
  const body = buildUnits(lines.slice(first, closingStart), quoted.slice(first, closingStart), mode)
  const front = splitFrontMatter(lines.slice(0, first), title)
  const trailer = splitTrailer(lines.slice(trailerStart))
  return {
    ...emptyResult(),
    structured: true,
    ...front,
    preamble: [...front.preamble, ...body.orphans],
    body: body.units,
    annexes,
    closing: lines.slice(closingStart, trailerStart).map((l) => l.text),
    ...trailer,
    warnings: [...warnings, ...body.warnings],
  }
}
