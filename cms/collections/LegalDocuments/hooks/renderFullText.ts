import type { CollectionBeforeChangeHook } from 'payload'

import { parseLegalText, renderLegalHtml, tableOfContents } from '../../../lib/legal-text'
import type { ParsedLegalText, TextUnit } from '../../../lib/legal-text'
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

/** The fields derived from a full text at save time (what the public pages read instead of parsing). */
export interface RenderedFullText {
  fullText: string
  bodyHtml: string
  toc: unknown[]
  hasStructure: boolean
  structureSummary: string
}

/** Parses and renders one full text (NFC-normalised first). Pure: the import runs it in a worker thread. */
export function renderFullTextFields(text: string): RenderedFullText {
  const fullText = nfc(text)
  if (!fullText.trim()) return { fullText, bodyHtml: '', toc: [], hasStructure: false, structureSummary: '' }
  const parsed = parseLegalText(fullText)
  return {
    fullText,
    bodyHtml: renderLegalHtml(parsed),
    toc: tableOfContents(parsed),
    hasStructure: parsed.structured,
    structureSummary: describeStructure(parsed),
  }
}

/**
 * Context key under which a bulk import passes full texts it already rendered (in a worker
 * thread, with renderFullTextFields): a Map from the raw full text to its rendered fields.
 */
export const PRE_RENDERED = 'preRenderedFullText'

/** Parses and renders the full text once, at save time, so no page request pays for it. */
export const renderFullText: CollectionBeforeChangeHook = ({ data, context }) => {
  // Always derived from the text being saved, whatever the client sent: no text, no HTML.
  const text = typeof data.fullText === 'string' ? data.fullText : ''
  const pre = (context?.[PRE_RENDERED] as Map<string, RenderedFullText> | undefined)?.get(text)
  return { ...data, ...(pre ?? renderFullTextFields(text)) }
}
