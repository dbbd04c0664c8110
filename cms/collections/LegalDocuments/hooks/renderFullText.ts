import type { CollectionBeforeChangeHook } from 'payload'

import { listArticles, parseLegalText, renderLegalHtml, tableOfContents } from '../../../lib/legal-text'
import type { ParsedLegalText, TextUnit } from '../../../lib/legal-text'
import { nfc } from '../../../lib/vietnamese'

function countUnits(units: TextUnit[], counts: Record<string, number> = {}): Record<string, number> {
  for (const u of units) {
    counts[u.kind] = (counts[u.kind] ?? 0) + 1
    countUnits(u.children, counts)
  }
  return counts
}

const KIND_LABELS: Record<string, string> = { part: 'phần', chapter: 'chương', section: 'mục', article: 'điều', clause: 'khoản', point: 'điểm', item: 'ý' }

/** Returns the editor-facing summary of what the parser detected, warnings first. */
export function describeStructure(parsed: ParsedLegalText): string {
  const lines = [...parsed.warnings.map((w) => `⚠ ${w}`)]
  if (parsed.structured) {
    const counts = countUnits(parsed.body)
    lines.push(`Nhận diện được: ${Object.entries(KIND_LABELS).filter(([k]) => counts[k]).map(([k, l]) => `${counts[k]} ${l}`).join(', ')}.`)
    for (const entry of tableOfContents(parsed).slice(0, 60)) lines.push(`${'  '.repeat(entry.level - 1)}${entry.label} ${entry.title}`.trimEnd())
  }
  if (parsed.preamble.length) lines.push(`Phần căn cứ/mở đầu: ${parsed.preamble.length} đoạn.`)
  if (parsed.signature.length) lines.push(`Chữ ký: ${parsed.signature.join(' · ')}`)
  if (parsed.recipients.length) lines.push(`Nơi nhận: ${parsed.recipients.length} dòng.`)
  return lines.join('\n')
}

/** Parses and renders the full text once, at save time, so no page request pays for it. */
export const renderFullText: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.fullText !== 'string') return data
  const fullText = nfc(data.fullText)
  if (!fullText.trim()) return { ...data, fullText, bodyHtml: '', toc: [], articles: [], hasStructure: false, structureSummary: '' }
  const parsed = parseLegalText(fullText)
  return {
    ...data,
    fullText,
    bodyHtml: renderLegalHtml(parsed),
    toc: tableOfContents(parsed),
    articles: listArticles(parsed).map(({ anchor, label, title, text }) => ({ anchor, label, title, text })),
    hasStructure: parsed.structured,
    structureSummary: describeStructure(parsed),
  }
}
