/**
 * Snippets: the window of a text with the most distinct query words (adjacent pairs count extra),
 * HTML-escaped, with matched words wrapped in `<mark>` (accent-insensitive, so `van ban` marks
 * `văn bản`). Only `<mark>` and `</mark>` are ever emitted unescaped.
 */
import { tokenizeWithOffsets } from './analyzer'
import { escapeHtml } from '../lib/html'

export interface SnippetTerms {
  /**
   * Folded keys of the query's words → the exact forms typed when the query word had diacritics
   * (only those are marked, unless the text has none of them), or null (any variant is marked).
   */
  words: Map<string, Set<string> | null>
  /** Folded keys of the query's adjacent word pairs (`dien tu`). */
  pairs: Set<string>
}

const WINDOW = 32
const LEAD = 6
const MAX_SCAN = 60_000


function clean(s: string): string {
  return s.replace(/\s+/g, ' ')
}

export function makeSnippet(text: string, terms: SnippetTerms, maxChars = 260): string {
  if (!text) return ''
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text
  const tokens = tokenizeWithOffsets(scanned)
  const n = tokens.length
  if (n === 0) return escapeHtml(clean(text.slice(0, maxChars)))
  const match = new Uint8Array(n)
  const pair = new Uint8Array(n)
  let any = false
  for (let i = 0; i < n; i++) {
    const exact = terms.words.get(tokens[i]!.folded)
    if (exact === null || (exact !== undefined && exact.has(tokens[i]!.word))) {
      match[i] = 1
      any = true
    }
  }
  if (!any) {
    // Only accent-folded matches in this text: mark those.
    for (let i = 0; i < n; i++) {
      if (terms.words.has(tokens[i]!.folded)) {
        match[i] = 1
        any = true
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (i > 0 && tokens[i]!.joined && terms.pairs.has(tokens[i - 1]!.folded + ' ' + tokens[i]!.folded)) pair[i] = 1
  }
  let start = 0
  if (any) {
    let best = -1
    for (let s = 0; s < n; s++) {
      if (!match[s]) continue
      const seen = new Set<string>()
      let score = 0
      const e = Math.min(n, s + WINDOW)
      for (let i = s; i < e; i++) {
        if (match[i]) {
          score += 1
          if (!seen.has(tokens[i]!.folded)) {
            seen.add(tokens[i]!.folded)
            score += 10
          }
        }
        if (pair[i] && i > s) score += 6
      }
      if (score > best) {
        best = score
        start = s
      }
    }
    start = Math.max(0, start - LEAD)
  }
  let from = start === 0 ? 0 : tokens[start]!.start
  let end = Math.min(n - 1, start + WINDOW + LEAD)
  while (end > start && tokens[end]!.end - from > maxChars) end--
  let to = end === n - 1 && scanned.length === text.length ? text.length : tokens[end]!.end
  if (to - from > maxChars * 2) to = from + maxChars * 2
  let html = from > 0 ? '… ' : ''
  let pos = from
  let i = start
  while (i <= end) {
    if (!match[i]) {
      i++
      continue
    }
    let j = i
    while (j + 1 <= end && match[j + 1] && tokens[j + 1]!.joined && /^\s*$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++
    const ms = tokens[i]!.start
    const me = tokens[j]!.end
    if (ms < pos || me > to) break
    html += escapeHtml(clean(text.slice(pos, ms))) + '<mark>' + escapeHtml(clean(text.slice(ms, me))) + '</mark>'
    pos = me
    i = j + 1
  }
  html += escapeHtml(clean(text.slice(pos, to)))
  if (to < text.length) html += ' …'
  return html.trim()
}
