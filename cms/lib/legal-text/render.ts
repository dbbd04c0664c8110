import type { Annex, ParsedLegalText } from './types'
import { escapeHtml } from '../html'
import { blockHtml, paragraphsHtml, textHtml, withTextHook } from './html'
import { citationHtml } from './citations'
import { quotedRanges } from './quotes'
import { unitHtml } from './render-units'

function headerHtml(parsed: ParsedLegalText): string {
  if (!parsed.header.length && !parsed.title.length) return ''
  const title = parsed.title.length ? `<p class="doc-title">${parsed.title.map(escapeHtml).join('<br>')}</p>` : ''
  return `<header class="doc-header">${paragraphsHtml(parsed.header, 'doc-meta')}${title}</header>`
}

function recipientsHtml(recipients: string[]): string {
  if (!recipients.length) return ''
  // The list bullet replaces the printed dash.
  const items = recipients.map((r) => `<li>${escapeHtml(r.replace(/^[-–—+•]\s*/u, ''))}</li>`).join('')
  return `<div class="recipients"><p><strong>Nơi nhận:</strong></p><ul>${items}</ul></div>`
}

/** Renders runs of multi-cell rows as a table (its first row as column headings), others as paragraphs. */
function annexRowsHtml(rows: string[][]): string {
  let html = ''
  for (let i = 0; i < rows.length; ) {
    if (rows[i]!.length < 2) {
      html += paragraphsHtml([rows[i]![0] ?? ''])
      i++
      continue
    }
    let end = i
    while (end < rows.length && rows[end]!.length > 1) end++
    const [head, ...body] = rows.slice(i, end)
    const th = head!.map((c) => `<th scope="col">${textHtml(c)}</th>`).join('')
    const tr = body.map((r) => `<tr>${r.map((c) => `<td>${textHtml(c)}</td>`).join('')}</tr>`).join('')
    // The page wraps each table in a scrollable region (site/lib/rich-tables.ts).
    html += `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`
    i = end
  }
  return html
}

/** One annex: a section with its anchor, heading (label and name) and content. */
function annexHtml(annex: Annex): string {
  const title = annex.title.map((t) => `<br><span class="unit-title">${textHtml(t)}</span>`).join('')
  const link = `<a class="anchor-link" href="#${escapeHtml(annex.anchor)}" aria-label="Liên kết đến ${escapeHtml(annex.label)}">#</a>`
  const heading = `<h3 class="unit-heading"><span class="unit-label">${escapeHtml(annex.label)}</span>${title} ${link}</h3>`
  return `<section class="unit unit-annex" id="${escapeHtml(annex.anchor)}">${heading}${annexRowsHtml(annex.rows)}</section>`
}

/**
 * Returns the document as semantic, fully escaped HTML: header, preamble, one `<section>` per
 * unit with its anchor as id, closing, recipients and signature. Unstructured text becomes
 * `<div class="plain">` paragraphs.
 */
export function renderLegalHtml(parsed: ParsedLegalText): string {
  const main = () =>
    parsed.structured
      ? blockHtml('preamble', parsed.preamble) +
        `<div class="body">${parsed.body.map((u) => unitHtml(u)).join('')}</div>` +
        blockHtml('closing', parsed.closing)
      : blockHtml('plain', parsed.plain)
  const annexes = () => (parsed.annexes.length ? `<div class="annexes">${parsed.annexes.map(annexHtml).join('')}</div>` : '')
  const [mainHtml, annexesHtml] = withCitations(parsed, () => [main(), annexes()])
  const end = recipientsHtml(parsed.recipients) + blockHtml('signature', parsed.signature) + annexesHtml
  return `<div class="legal-text">${headerHtml(parsed)}${mainHtml}${end}</div>`
}

function collectAnchors(parsed: ParsedLegalText): Set<string> {
  const anchors = new Set(parsed.annexes.map((a) => a.anchor))
  const walk = (units: ParsedLegalText['body']): void =>
    units.forEach((u) => {
      anchors.add(u.anchor)
      walk(u.children)
    })
  walk(parsed.body)
  return anchors
}

/**
 * Renders twice through the same code: first collecting the body texts in the order they are
 * printed (so quotations spanning several paragraphs are tracked as in the source), then
 * marking the citations outside quoted wording.
 */
function withCitations<T>(parsed: ParsedLegalText, render: () => T): T {
  const texts: string[] = []
  withTextHook((text) => (texts.push(text), escapeHtml(text)), render)
  const ranges = quotedRanges(texts)
  const own = collectAnchors(parsed)
  let i = 0
  return withTextHook((text) => citationHtml(text, ranges[i++] ?? [], own), render)
}
