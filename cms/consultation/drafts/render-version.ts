/**
 * Renders a draft's full text once, when a version is published, into everything the public
 * pages need: HTML with article slots, the table of contents and the article list (for the
 * comment form, per-article counts, diffs and search).
 */
import { listArticles, parseLegalText, renderLegalHtml, tableOfContents, type TocEntry } from '../../lib/legal-text'
import type { ArticleText } from './diff'
import { insertArticleSlots } from './article-slots'

/** A draft text ready to show, compare and comment on. */
export interface RenderedDraftText {
  /** Escaped HTML with `<!--comments:{anchor}-->` slots at the end of each article. */
  bodyHtml: string
  toc: TocEntry[]
  articles: ArticleText[]
  /** Parser warnings for the editor (e.g. no article found). */
  warnings: string[]
}

// listArticles starts an article's text with its printed heading ("Điều 5. Tiêu đề"); the title
// is kept apart already, so diffs and search would show it twice.
function withoutHeading(text: string, label: string, title: string): string {
  const [first = '', ...rest] = text.split('\n')
  return title && first.startsWith(label) && first.endsWith(title) ? rest.join('\n') : text
}

/** Returns the rendered text; NFC first, so anchors and diffs never depend on how the text was typed. */
export function renderDraftText(fullText: string): RenderedDraftText {
  const parsed = parseLegalText(String(fullText ?? '').normalize('NFC'))
  return {
    bodyHtml: insertArticleSlots(renderLegalHtml(parsed)),
    toc: tableOfContents(parsed),
    articles: listArticles(parsed).map(({ anchor, label, title, text }) => ({ anchor, label, title, text: withoutHeading(text, label, title) })),
    warnings: parsed.warnings,
  }
}

/** Returns true when two full texts differ in anything but line endings and trailing spaces. */
export function textChanged(before: string | null | undefined, after: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) =>
    String(s ?? '')
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .trim()
  return norm(before) !== norm(after)
}
