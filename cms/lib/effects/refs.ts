/**
 * Reads provision references as amending texts write them: 'điểm c khoản 1 Điều 3',
 * 'khoản 1, 2 và 3 Điều 5', 'các Điều 7, 8 và 9', 'từ Điều 3 đến Điều 6', 'Điều 10a'.
 * Smaller units come first and their container follows (Decree 34/2016 style of citing).
 */
import { numberSlug } from '../legal-text/numbering'

/** One referenced provision; clause and point are '' when the reference stops above them. */
export interface ProvisionRef {
  article: string
  clause: string
  point: string
}

/** Letters of points in order (Vietnamese alphabet, no f, j, w, z). */
const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ')
const ITEM = '(?:\\d+[a-zđ]?|[a-zđ])(?![\\p{L}\\p{N}])'
const SEP = '\\s*(?:,|và|hoặc|đến)\\s*'
const list = (keyword: string) => `${ITEM}(?:${SEP}(?:${keyword}\\s+)?${ITEM})*`
const REF = new RegExp(
  `(?:điểm\\s+(${list('điểm')})\\s+)?(?:khoản\\s+(${list('khoản')})\\s+)?(?:của\\s+)?điều\\s+(${list('điều')})`,
  'giu',
)
const RELATIVE = new RegExp(`(?:điểm\\s+(${list('điểm')})\\s*)?(?:khoản\\s+(${list('khoản')}))|điểm\\s+(${list('điểm')})`, 'iu')

/** Expands '1, 2 và 4', '3 đến 6', 'a đến d' (keywords already removed) into its items. */
export function expandList(text: string): string[] {
  const cleaned = text.replace(/(?<!\p{L})(?:khoản|điểm|điều)\s+/giu, '').trim()
  const out: string[] = []
  const parts = cleaned.split(/\s*,\s*|\s+(?:và|hoặc)\s+/u).filter(Boolean)
  for (const part of parts) {
    const range = /^(\S+)\s*đến\s*(\S+)$/u.exec(part)
    if (!range) {
      out.push(part.toLowerCase())
      continue
    }
    const [from, to] = [range[1]!.toLowerCase(), range[2]!.toLowerCase()]
    if (/^\d+$/.test(from) && /^\d+$/.test(to) && Number(to) >= Number(from) && Number(to) - Number(from) < 500) {
      for (let n = Number(from); n <= Number(to); n++) out.push(String(n))
    } else if (LETTERS.includes(from) && LETTERS.includes(to) && LETTERS.indexOf(to) >= LETTERS.indexOf(from)) {
      out.push(...LETTERS.slice(LETTERS.indexOf(from), LETTERS.indexOf(to) + 1))
    } else out.push(from, to)
  }
  return out
}

function combine(articles: string[], clauses: string[], points: string[]): ProvisionRef[] {
  const refs: ProvisionRef[] = []
  for (const article of articles) {
    if (!clauses.length) refs.push({ article, clause: '', point: '' })
    for (const clause of clauses) {
      if (!points.length) refs.push({ article, clause, point: '' })
      for (const point of points) refs.push({ article, clause, point })
    }
  }
  return refs
}

/** Every provision referenced in `text` with its article named; `contextArticle` fills references without one. */
export function findRefs(text: string, contextArticle = ''): ProvisionRef[] {
  const refs: ProvisionRef[] = []
  for (const m of text.matchAll(REF)) {
    // 'khoản 1 Điều 8 và Điều 9': an article named again with its keyword stands alone.
    const [own, ...alone] = m[3]!.split(/\s*(?:,|và|hoặc)\s*(?=điều\s)/iu)
    refs.push(...combine(expandList(own!), m[2] ? expandList(m[2]) : [], m[1] ? expandList(m[1]) : []))
    for (const part of alone) refs.push(...combine(expandList(part), [], []))
  }
  if (refs.length || !contextArticle) return refs
  const rel = RELATIVE.exec(text)
  if (!rel) return []
  if (rel[3]) return [] // a point without its clause cannot be placed from the article alone
  return combine([contextArticle], expandList(rel[2]!), rel[1] ? expandList(rel[1]) : [])
}

/** The parser's anchor of a referenced provision: 'dieu-5-khoan-2-diem-dd'. */
export function refAnchor(ref: ProvisionRef): string {
  let anchor = `dieu-${numberSlug(ref.article)}`
  if (ref.clause) anchor += `-khoan-${numberSlug(ref.clause)}`
  if (ref.clause && ref.point) anchor += `-diem-${numberSlug(ref.point)}`
  return anchor
}

/** The reference as cited in a footnote: 'điểm c khoản 1 Điều 3'. */
export function refLabel(ref: ProvisionRef): string {
  return [ref.point && `điểm ${ref.point}`, ref.clause && `khoản ${ref.clause}`, `Điều ${ref.article}`].filter(Boolean).join(' ')
}
