import { escapeHtml } from '../html'

let textHook: ((text: string) => string) | null = null

/**
 * Runs `render` with every body text (titles, paragraphs, table cells) passed through `hook`
 * instead of plain escaping: the renderer uses it to mark citations. Rendering is synchronous,
 * so the hook never leaks into another render.
 */
export function withTextHook<T>(hook: (text: string) => string, render: () => T): T {
  const previous = textHook
  textHook = hook
  try {
    return render()
  } finally {
    textHook = previous
  }
}

/** Escaped HTML of one body text, citations marked when a hook is active. */
export function textHtml(text: string): string {
  return textHook ? textHook(text) : escapeHtml(text)
}

/** Returns `<p>` elements for the paragraphs, escaped; '' for none. */
export function paragraphsHtml(paragraphs: string[], className?: string): string {
  const open = className ? `<p class="${escapeHtml(className)}">` : '<p>'
  return paragraphs.map((p) => `${open}${textHtml(p)}</p>`).join('')
}

/** Returns `<div class="{className}">` wrapping the paragraphs, or '' when there are none. */
export function blockHtml(className: string, paragraphs: string[]): string {
  return paragraphs.length ? `<div class="${escapeHtml(className)}">${paragraphsHtml(paragraphs)}</div>` : ''
}
