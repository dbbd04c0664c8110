/**
 * Citations inside a legal text: 'Nghị định số 64/2007/NĐ-CP', 'khoản 2 Điều 3 Nghị định số …',
 * 'Chỉ thị số 15/CT-TTg', and references to the text itself ('Điều 5 của Luật này').
 * At save time a citation of another document is marked `<span class="cite" data-cite="…">`;
 * the page turns it into a link when that document is published (`linkCitations`), so a
 * document published later is linked without re-saving the citing one. A reference to the
 * text itself becomes a same-page link at once. Quoted wording is never linked: it belongs
 * to another text (Decree 34/2016 Art 8: citations name the number-symbol of the document).
 */
import { escapeHtml, unescapeHtml } from '../html'
import { nfc } from '../vietnamese'
import { numberSlug } from './numbering'

const DOC_TYPES =
  'Hiến pháp|Bộ luật|Luật|Nghị quyết liên tịch|Nghị quyết|Pháp lệnh|Lệnh|Nghị định|Quyết định|' +
  'Thông tư liên tịch|Thông tư|Chỉ thị|Công văn|Công điện|Kế hoạch|Thông báo'
// '64/2007/NĐ-CP', '15/CT-TTg', '10/2012/QH13', '1950/TTg-KGVX'.
const NUMBER = String.raw`\d{1,5}(?:\/\d{4})?\/[A-ZĐÐ][A-Za-zĐđÐ0-9]*(?:-[A-ZĐÐ][A-Za-zĐđÐ0-9]*)*`
const PROVISION = String.raw`(?:[Đđ]iểm\s+(?<point>[a-zđ])\s+)?(?:[Kk]hoản\s+(?<clause>\d{1,3})\s+)?Điều\s+(?<article>\d{1,4}[a-zđ]?)`
const CITATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PROVISION},?\s+(?:(?:của|tại)\s+)?)?` +
    String.raw`(?:(?:${DOC_TYPES})\s+(?:số\s+)?(?<number>${NUMBER})(?![\p{L}\p{N}\/-])|(?:${DOC_TYPES})\s+này(?![\p{L}\p{N}]))`,
  'gu',
)

/** One citation found in a text. */
export interface Citation {
  start: number
  end: number
  /** The cited document's number-symbol as a catalogue key (`citeKey`); null for the text itself. */
  key: string | null
  /** The cited provision's anchor ('dieu-3-khoan-2'), or '' for the whole document. */
  anchor: string
}

/** The catalogue key of a number-symbol: NFC, capitals, 'Ð' (U+00D0) read as 'Đ'. */
export function citeKey(numberSymbol: string): string {
  return nfc(numberSymbol).trim().replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toUpperCase()
}

/** Returns the citations in `text`, in order. References to the text itself need a provision. */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = []
  for (const m of text.matchAll(CITATION)) {
    const g = m.groups ?? {}
    let anchor = ''
    if (g.article) {
      anchor = `dieu-${numberSlug(g.article)}`
      if (g.clause) anchor += `-khoan-${g.clause}`
      if (g.point) anchor += `-diem-${numberSlug(g.point)}`
    }
    const key = g.number ? citeKey(g.number) : null
    if (!key && !anchor) continue
    found.push({ start: m.index, end: m.index + m[0].length, key, anchor })
  }
  return found
}

/** The nearest existing anchor for a reference to the text itself: the point, its clause, its article. */
function ownAnchor(anchor: string, own: ReadonlySet<string>): string | null {
  for (let a = anchor; ; ) {
    if (own.has(a)) return a
    const shorter = a.replace(/-(khoan|diem)-[^-]+$/, '')
    if (shorter === a) return null
    a = shorter
  }
}

/**
 * Returns the text as escaped HTML with its citations marked. `quoted` are the character
 * ranges inside quotation marks (never marked); `own` the anchors of this document.
 */
export function citationHtml(text: string, quoted: ReadonlyArray<[number, number]>, own: ReadonlySet<string>): string {
  let html = ''
  let last = 0
  for (const c of findCitations(text)) {
    if (quoted.some(([s, e]) => s < c.end && c.start < e)) continue
    const printed = escapeHtml(text.slice(c.start, c.end))
    let marked: string
    if (c.key === null) {
      const anchor = ownAnchor(c.anchor, own)
      if (!anchor) continue
      marked = `<a class="cite" href="#${escapeHtml(anchor)}">${printed}</a>`
    } else {
      const anchorAttr = c.anchor ? ` data-cite-anchor="${escapeHtml(c.anchor)}"` : ''
      marked = `<span class="cite" data-cite="${escapeHtml(c.key)}"${anchorAttr}>${printed}</span>`
    }
    html += escapeHtml(text.slice(last, c.start)) + marked
    last = c.end
  }
  return html + escapeHtml(text.slice(last))
}

const MARK = /<span class="cite" data-cite="([^"<>]*)"(?: data-cite-anchor="([a-z0-9-]*)")?>([^<]*)<\/span>/g

/** The number-symbols (catalogue keys) a stored text cites, each once, in order of first mention. */
export function citedKeys(html: string): string[] {
  return [...new Set([...html.matchAll(MARK)].map((m) => unescapeHtml(m[1]!)))]
}


/**
 * Turns marked citations into links for the documents `resolve` knows (published ones), at
 * page render time; the others stay plain text. `resolve` returns a path like '/van-ban/…'.
 */
export function linkCitations(html: string, resolve: (key: string) => string | null): string {
  return html.replace(MARK, (_all, key: string, anchor: string | undefined, printed: string) => {
    const path = resolve(unescapeHtml(key))
    if (!path || !path.startsWith('/')) return printed
    const href = anchor ? `${path}#${anchor}` : path
    return `<a class="cite" href="${escapeHtml(href)}">${printed}</a>`
  })
}
