/**
 * Places where a draft page puts each article's "Góp ý điều này" control and its published
 * comments. The legal-text renderer escapes all text, so `<section` and `</section>` in its
 * output are always real tags and counting them finds each article's end reliably.
 */

const SLOT = /<!--comments:([a-z0-9-]+)-->/
const TAG = /<section\b([^>]*)>|<\/section>/g

/** Returns the renderer's HTML with `<!--comments:{anchor}-->` just before each article's closing tag. */
export function insertArticleSlots(html: string): string {
  const stack: (string | null)[] = []
  let out = ''
  let last = 0
  for (const match of html.matchAll(TAG)) {
    const index = match.index ?? 0
    if (match[1] !== undefined) {
      const attributes = match[1]
      const isArticle = /class="[^"]*\bunit-article\b/.test(attributes)
      const id = /\bid="([a-z0-9-]+)"/.exec(attributes)?.[1] ?? null
      stack.push(isArticle ? id : null)
      continue
    }
    const anchor = stack.pop()
    if (anchor) {
      out += html.slice(last, index) + `<!--comments:${anchor}-->`
      last = index
    }
  }
  return out + html.slice(last)
}

/** One piece of a slotted body: HTML to print as is, then (unless null) the anchor of the article whose slot follows. */
export interface SlottedPart {
  html: string
  anchor: string | null
}

/** Returns the slotted HTML cut at each slot, in order; the last part's anchor is null. */
export function splitArticleSlots(html: string): SlottedPart[] {
  const pieces = html.split(new RegExp(SLOT.source, 'g'))
  const parts: SlottedPart[] = []
  for (let i = 0; i < pieces.length; i += 2) {
    parts.push({ html: pieces[i]!, anchor: i + 1 < pieces.length ? pieces[i + 1]! : null })
  }
  return parts
}
