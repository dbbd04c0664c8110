/**
 * Renders a point-in-time text with its changed provisions marked and, for the consolidated
 * text (văn bản hợp nhất), one footnote per change in the official form: "Khoản này được sửa
 * đổi theo quy định tại khoản 1 Điều 1 Nghị định số …, có hiệu lực kể từ ngày …".
 */
import { escapeHtml } from '../html'
import { formatDateVN } from '../dates'
import { renderLegalHtml } from '../legal-text/render'
import type { ChangeMark, PointInTime } from './apply'

const UNIT_NOUN: Record<string, string> = { article: 'Điều này', clause: 'Khoản này', point: 'Điểm này' }
const VERB: Record<string, string> = {
  amend: 'được sửa đổi, bổ sung',
  insert: 'được bổ sung',
  replace: 'được thay thế',
  repeal: 'được bãi bỏ',
  suspend: 'bị đình chỉ thi hành',
  cease: 'bị ngưng hiệu lực',
}

/** The footnote text for one change, in the VBHN wording. */
export function footnoteText(change: ChangeMark): string {
  const e = change.effect
  const where = `theo quy định tại ${e.sourceLabel} ${e.amendingTitle}`.trim()
  const from = e.effectiveAt ? `, có hiệu lực kể từ ngày ${formatDateVN(e.effectiveAt)}` : ''
  if (e.operation === 'substitute') {
    return `Cụm từ “${e.phraseFrom}” được thay bằng cụm từ “${e.phraseTo}” ${where}${from}.`
  }
  return `${UNIT_NOUN[change.kind] ?? 'Nội dung này'} ${VERB[e.operation] ?? 'được sửa đổi'} ${where}${from}.`
}

/** Short mark shown beside a changed provision on the page ("Được sửa đổi"). */
export function markText(change: ChangeMark): string {
  const op = change.effect.operation
  return op === 'repeal' ? 'Bị bãi bỏ' : op === 'insert' ? 'Được bổ sung' : op === 'suspend' || op === 'cease' ? 'Ngưng hiệu lực' : 'Được sửa đổi'
}

/**
 * Marks the changed units in one pass over the HTML: each unit's `<section>` gets the class and
 * `html` goes at the end of its first heading or paragraph (which precede its children).
 */
function insertMarks(doc: string, marks: Map<string, string>, cls: string): string {
  return doc.replace(/<section class="unit ([^"]*)" id="([^"]+)">([\s\S]*?)(<\/h\d>|<\/p>)/g, (all, classes: string, id: string, inner: string, close: string) => {
    const html = marks.get(id)
    return html === undefined ? all : `<section class="unit ${cls} ${classes}" id="${id}">${inner}${html}${close}`
  })
}

/**
 * The changes in reading order (the order of their provisions in the text), as the official
 * form numbers its footnotes; a repealed or unplaced provision goes after the ones found.
 */
export function changesInReadingOrder(pit: PointInTime): ChangeMark[] {
  const order = new Map<string, number>()
  const walk = (units: PointInTime['text']['body']) => {
    for (const u of units) {
      order.set(u.anchor, order.size)
      walk(u.children)
    }
  }
  walk(pit.text.body)
  const at = (c: ChangeMark) => order.get(c.anchor) ?? Number.MAX_SAFE_INTEGER
  return pit.changes.map((c, i) => ({ c, i })).sort((a, b) => at(a.c) - at(b.c) || a.i - b.i).map((x) => x.c)
}

/** Options for renderPointInTime. */
export interface RenderOptions {
  /** true: footnotes in the VBHN form; false: a short mark linking to the amending document. */
  footnotes: boolean
}

/** Returns the HTML of the text with changed provisions marked (and footnoted). */
export function renderPointInTime(pit: PointInTime, options: RenderOptions): string {
  const html = renderLegalHtml(pit.text)
  const notes: string[] = []
  const marks = new Map<string, string>()
  const add = (anchor: string, mark: string) => marks.set(escapeHtml(anchor), (marks.get(escapeHtml(anchor)) ?? '') + mark)
  changesInReadingOrder(pit).forEach((change, i) => {
    const n = i + 1
    if (options.footnotes) {
      const ref = ` <sup class="footnote-ref"><a href="#chu-thich-${n}" id="tham-chieu-${n}" aria-label="Chú thích ${n}">${n}</a></sup>`
      add(change.anchor, ref)
      notes.push(`<li id="chu-thich-${n}">${escapeHtml(footnoteText(change))} <a href="#tham-chieu-${n}" aria-label="Quay lại nội dung có chú thích ${n}">↩</a></li>`)
    } else {
      const e = change.effect
      const text = `${markText(change)} bởi ${e.sourceLabel} ${e.amendingTitle}`
      const link = e.amendingPath ? `<a href="${escapeHtml(e.amendingPath)}#${escapeHtml(e.source)}">${escapeHtml(text)}</a>` : escapeHtml(text)
      add(change.anchor, ` <span class="change-mark">[${link}, từ ${formatDateVN(e.effectiveAt)}]</span>`)
    }
  })
  const marked = insertMarks(html, marks, 'unit-changed')
  return notes.length ? `${marked}<section class="footnotes" aria-labelledby="chu-thich-heading"><h2 id="chu-thich-heading">Chú thích</h2><ol>${notes.join('')}</ol></section>` : marked
}
