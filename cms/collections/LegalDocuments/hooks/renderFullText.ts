import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { parseLegalText, renderLegalHtml, tableOfContents } from '../../../lib/legal-text'
import type { ParsedLegalText, TextUnit } from '../../../lib/legal-text'
import { citedKeys } from '../../../lib/legal-text/citations'
import { nfc } from '../../../lib/vietnamese'

function countUnits(units: TextUnit[], counts: Record<string, number> = {}): Record<string, number> {
  for (const u of units) {
    // A directive or a letter has numbered sections ("1.", "2."), not articles ("Điều 1").
    const kind = u.kind === 'article' && !/^Điều\b/i.test(u.label ?? '') ? 'numbered' : u.kind
    counts[kind] = (counts[kind] ?? 0) + 1
    countUnits(u.children, counts)
  }
  return counts
}

const KIND_LABELS: Record<string, string> = { part: 'phần', chapter: 'chương', section: 'mục', article: 'điều', numbered: 'mục đánh số (1., 2., …)', clause: 'khoản', subclause: 'tiểu mục (2.1, 2.2, …)', point: 'điểm', item: 'ý' }

/** Returns the editor-facing summary of what the parser detected, warnings first. */
export function describeStructure(parsed: ParsedLegalText): string {
  const lines = [...parsed.warnings.map((w) => `⚠ ${w}`)]
  if (parsed.structured) {
    const counts = countUnits(parsed.body)
    lines.push(`Nhận diện được: ${Object.entries(KIND_LABELS).filter(([k]) => counts[k]).map(([k, l]) => `${counts[k]} ${l}`).join(', ')}.`)
    for (const entry of tableOfContents(parsed).slice(0, 60)) lines.push(`${'  '.repeat(entry.level - 1)}${entry.label} ${entry.title}`.trimEnd())
  }
  if (parsed.annexes.length) lines.push(`Phụ lục: ${parsed.annexes.map((a) => a.label).join(', ')}.`)
  if (parsed.preamble.length) lines.push(`Phần căn cứ/mở đầu: ${parsed.preamble.length} đoạn.`)
  if (parsed.signature.length) lines.push(`Chữ ký: ${parsed.signature.join(' · ')}`)
  if (parsed.recipients.length) lines.push(`Nơi nhận: ${parsed.recipients.length} dòng.`)
  return lines.join('\n')
}

/** The fields derived from a full text and stored with it (small: what lists and the editor read). */
export interface DerivedFullText {
  fullText: string
  hasStructure: boolean
  structureSummary: string
  /** Not stored: the number-symbols the text cites (its citation rows), when asked for. */
  citedKeys?: string[]
}

/**
 * Parses one full text (NFC-normalised first). Pure: the import runs it in a worker thread,
 * asking for the cited keys too so that its main thread never renders a text.
 */
export function deriveFullTextFields(text: string, options: { citedKeys?: boolean } = {}): DerivedFullText {
  const fullText = nfc(text)
  // A text of blanks is no text: stored empty, so "has a full text" is one comparison.
  if (!fullText.trim()) return { fullText: '', hasStructure: false, structureSummary: '', ...(options.citedKeys ? { citedKeys: [] } : {}) }
  const parsed = parseLegalText(fullText)
  const derived: DerivedFullText = { fullText, hasStructure: parsed.structured, structureSummary: describeStructure(parsed) }
  if (options.citedKeys) derived.citedKeys = citedKeys(renderLegalHtml(parsed))
  return derived
}

/** What a reader's page shows of a full text: the HTML with one anchor per provision, and its table of contents. */
export interface RenderedFullText {
  bodyHtml: string
  toc: ReturnType<typeof tableOfContents>
}

// The page, its citations and the API often read the same text within moments: the last few
// renderings are kept (keyed by the text itself, so an edit can never be served stale).
const recent = new Map<string, RenderedFullText>()
const RECENT_MAX = 16

/**
 * Renders a stored full text for reading (issue 19: the HTML and table of contents are not
 * stored; they doubled each document's row and its version copy for what one parse of the
 * text gives back in a millisecond or two).
 */
export function renderFullTextForReading(text: string | null | undefined): RenderedFullText {
  if (typeof text !== 'string' || !text.trim()) return { bodyHtml: '', toc: [] }
  const hit = recent.get(text)
  if (hit) {
    recent.delete(text)
    recent.set(text, hit)
    return hit
  }
  const parsed = parseLegalText(text)
  const rendered = { bodyHtml: renderLegalHtml(parsed), toc: tableOfContents(parsed) }
  recent.set(text, rendered)
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!)
  return rendered
}

/**
 * Context key under which a bulk import passes full texts it already parsed (in a worker
 * thread, with deriveFullTextFields): a Map from the full text, as given and as stored (NFC),
 * to its derived fields.
 */
export const PRE_RENDERED = 'preRenderedFullText'

/** Parses the full text once, at save time, for what is stored beside it. */
export const renderFullText: CollectionBeforeChangeHook = ({ data, context }) => {
  // Always derived from the text being saved, whatever the client sent. The HTML and table
  // of contents are read-time fields (never stored), so a client's values are dropped here too.
  const text = typeof data.fullText === 'string' ? data.fullText : ''
  const pre = (context?.[PRE_RENDERED] as Map<string, DerivedFullText> | undefined)?.get(text)
  const { bodyHtml: _html, toc: _toc, ...rest } = data
  const { citedKeys: _keys, ...derived } = pre ?? deriveFullTextFields(text)
  return { ...rest, ...derived }
}

type Select = Record<string, unknown>
const READ_TIME = ['bodyHtml', 'toc']

/** Adds the full text to a select that asks for a read-time field and would leave the text out. */
function withFullText(select: Select): Select {
  const include = !Object.values(select).some((v) => v === false)
  if (include && READ_TIME.some((k) => select[k]) && !select.fullText) return { ...select, fullText: true }
  if (!include && select.fullText === false && READ_TIME.some((k) => select[k] !== false)) {
    const { fullText: _text, ...rest } = select
    return rest
  }
  return select
}

/**
 * A read that selects the HTML or the table of contents (`select: { bodyHtml: true }`) reads
 * the text they are rendered from as well; on versions, under `version`.
 */
export const readFullTextForRendering: CollectionBeforeOperationHook = ({ args }) => {
  const a = args as { select?: Select }
  if (!a.select || typeof a.select !== 'object') return args
  const version = a.select.version
  a.select = version && typeof version === 'object' ? { ...a.select, version: withFullText(version as Select) } : withFullText(a.select)
  return args
}

/** The number-symbols a saved document's text cites: from the import's parse when it made one, else rendered. */
export function citedKeysOf(fullText: unknown, context?: Record<string, unknown>): string[] {
  const text = typeof fullText === 'string' ? fullText : ''
  const pre = (context?.[PRE_RENDERED] as Map<string, DerivedFullText> | undefined)?.get(text)
  return pre?.citedKeys ?? citedKeys(renderFullTextForReading(text).bodyHtml)
}
