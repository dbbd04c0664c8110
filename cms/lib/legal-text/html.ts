const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Returns text safe to place in HTML content or a quoted attribute (escapes & < > " '). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)
}

/** Returns `<p>` elements for the paragraphs, escaped; '' for none. */
export function paragraphsHtml(paragraphs: string[], className?: string): string {
  const open = className ? `<p class="${escapeHtml(className)}">` : '<p>'
  return paragraphs.map((p) => `${open}${escapeHtml(p)}</p>`).join('')
}

/** Returns `<div class="{className}">` wrapping the paragraphs, or '' when there are none. */
export function blockHtml(className: string, paragraphs: string[]): string {
  return paragraphs.length ? `<div class="${escapeHtml(className)}">${paragraphsHtml(paragraphs)}</div>` : ''
}
