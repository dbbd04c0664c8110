/**
 * The portal's one HTML escaper and its inverse, for every page, feed, sitemap, chart, e-mail
 * and diff the server writes as text. The five characters are escaped everywhere, in content
 * and in quoted attributes alike; `&#39;` (not `&apos;`) so the same output is valid HTML 4,
 * HTML 5 and XML. Markup from editors goes through sanitize-html instead, never through here.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" }

/** Returns text safe to place in HTML or XML content or a quoted attribute (escapes & < > " '). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)
}

/** Returns text with the entities escapeHtml (or sanitize-html) writes turned back into characters. */
export function unescapeHtml(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (entity) => UNESCAPES[entity]!)
}

/** Returns the text of an HTML fragment: tags become spaces, entities characters, runs of space one space. */
export function htmlToText(html: string): string {
  return unescapeHtml(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()
}

/** Returns JSON safe inside `<script type="application/ld+json">`: no text in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
