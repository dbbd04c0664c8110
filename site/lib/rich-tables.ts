/**
 * Editors' tables (rich text pasted from Word) have any shape: merged cells, many columns. On a
 * phone such a table scrolls sideways inside its own region, never the page (WCAG 1.4.10 lets
 * two-dimensional tables scroll); the region takes keyboard focus so it can be scrolled without
 * a mouse (WCAG 2.1.1) and is named so a screen reader says what it is.
 */
import type { PageLang } from './language'

const NAME: Record<PageLang, string> = { vi: 'Bảng', en: 'Table' }

/**
 * Wraps each table of sanitised rich text (sanitizeStoredHtml 'rich': `<table>` carries no
 * attribute) in a focusable, named region; nested tables each get theirs, so the tags stay balanced.
 */
export function scrollableTables(html: string, lang: PageLang = 'vi'): string {
  let n = 0
  return html
    .replace(/<table>/g, () => `<div role="region" tabindex="0" aria-label="${NAME[lang]} ${++n}"><table>`)
    .replace(/<\/table>/g, '</table></div>')
}
