import { escapeHtml } from '../html'

/** Returns `<p>` elements for the paragraphs, escaped; '' for none. */
export function paragraphsHtml(paragraphs: string[], className?: string): string {
  const open = className ? `<p class="${escapeHtml(className)}">` : '<p>'
  return paragraphs.map((p) => `${open}${escapeHtml(p)}</p>`).join('')
}

/** Returns `<div class="{className}">` wrapping the paragraphs, or '' when there are none. */
export function blockHtml(className: string, paragraphs: string[]): string {
  return paragraphs.length ? `<div class="${escapeHtml(className)}">${paragraphsHtml(paragraphs)}</div>` : ''
}
