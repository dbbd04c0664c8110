import type { ParsedLegalText } from './types'
import { escapeHtml } from '../html'
import { blockHtml, paragraphsHtml } from './html'
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

/**
 * Returns the document as semantic, fully escaped HTML: header, preamble, one `<section>` per
 * unit with its anchor as id, closing, recipients and signature. Unstructured text becomes
 * `<div class="plain">` paragraphs.
 */
export function renderLegalHtml(parsed: ParsedLegalText): string {
  const main = parsed.structured
    ? blockHtml('preamble', parsed.preamble) +
      `<div class="body">${parsed.body.map((u) => unitHtml(u)).join('')}</div>` +
      blockHtml('closing', parsed.closing)
    : blockHtml('plain', parsed.plain)
  const end = recipientsHtml(parsed.recipients) + blockHtml('signature', parsed.signature)
  return `<div class="legal-text">${headerHtml(parsed)}${main}${end}</div>`
}
