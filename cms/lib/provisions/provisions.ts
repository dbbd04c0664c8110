/**
 * Provisions (điều, khoản, điểm) as pages of their own: `/van-ban/{year}/{slug}/{anchor}`, with
 * the anchors the parser gives (cms/lib/legal-text/anchors.ts), so `#dieu-5-khoan-2` on the
 * document page and `/dieu-5-khoan-2` name the same unit. Pure: the page parses the stored
 * full text and asks here for the unit, its neighbours and the relations that touch it.
 */
import type { ParsedLegalText, TextUnit, UnitKind } from '../legal-text/types'
import { numberSlug } from '../legal-text/numbering'
import { documentPath } from '../paths'

/** An anchor as the parser writes them: lower-case ASCII words joined by hyphens. */
export const ANCHOR_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** `/van-ban/{year}/{slug}/{anchor}`: one provision of a legal document. */
export function provisionPath(doc: { year?: number | string | null; slug?: string | null }, anchor: string): string {
  return `${documentPath(doc)}/${anchor}`
}

/** A provision found in a parsed text, with where it sits. */
export interface FoundProvision {
  unit: TextUnit
  /** Enclosing units, outermost first. */
  ancestors: TextUnit[]
  /** The units of the same kind just before and after, in document order (across articles). */
  previous: TextUnit | null
  next: TextUnit | null
}

const KIND_WORDS: Record<UnitKind, string> = {
  part: 'Phần',
  chapter: 'Chương',
  section: 'Mục',
  article: 'Điều',
  clause: 'khoản',
  subclause: 'mục',
  point: 'điểm',
  item: 'ý',
}

function walk(units: TextUnit[], ancestors: TextUnit[], visit: (unit: TextUnit, ancestors: TextUnit[]) => void): void {
  for (const unit of units) {
    visit(unit, ancestors)
    walk(unit.children, [...ancestors, unit], visit)
  }
}

/** Returns the unit with that anchor, its ancestors and its neighbours of the same kind; null when there is none. */
export function findProvision(parsed: ParsedLegalText, anchor: string): FoundProvision | null {
  if (!ANCHOR_PATTERN.test(anchor)) return null
  const flat: { unit: TextUnit; ancestors: TextUnit[] }[] = []
  walk(parsed.body, [], (unit, ancestors) => flat.push({ unit, ancestors }))
  const at = flat.findIndex((f) => f.unit.anchor === anchor)
  if (at < 0) return null
  const { unit, ancestors } = flat[at]!
  const sameKind = flat.filter((f) => f.unit.kind === unit.kind)
  const i = sameKind.findIndex((f) => f.unit === unit)
  return { unit, ancestors, previous: sameKind[i - 1]?.unit ?? null, next: sameKind[i + 1]?.unit ?? null }
}

function ownLabel(unit: TextUnit): string {
  // A directive's numbered sections are parsed as articles but printed "1.", "2.": "Mục 1".
  if (unit.kind === 'article' && !/^Điều\b/i.test(unit.label)) return `Mục ${unit.number}`
  return `${KIND_WORDS[unit.kind]} ${unit.number}`
}

/**
 * Returns how a citation names the provision, innermost first as Vietnamese legal texts do:
 * "Điểm a khoản 2 Điều 5"; parts, chapters and sections are named only when they are the unit.
 */
export function provisionLabel(found: Pick<FoundProvision, 'unit' | 'ancestors'>): string {
  const chain = [...found.ancestors.filter((a) => a.kind === 'article' || a.kind === 'clause' || a.kind === 'point' || a.kind === 'item'), found.unit]
  const label = chain.reverse().map(ownLabel).join(' ')
  return label.charAt(0).toUpperCase() + label.slice(1)
}

const CITATION_UNITS: [RegExp, string][] = [
  // `\b` is ASCII-only even with /u: "đ" would never start a word.
  [/(?<!\p{L})điểm\s+([a-zđ]\d*)(?!\p{L})/iu, 'diem'],
  [/(?<!\p{L})khoản\s+(\d+[a-z]?)(?!\p{L})/iu, 'khoan'],
  [/(?<!\p{L})điều\s+(\d+[a-z]?)(?!\p{L})/iu, 'dieu'],
]

/**
 * Returns the anchor a relation's "article" names: an anchor as is (`dieu-5-khoan-2`), or a
 * citation ("khoản 2 Điều 5", "Điều 5") turned into one; null when it names no article.
 */
export function articleAnchor(article: string | null | undefined): string | null {
  const text = article?.trim().normalize('NFC') ?? ''
  if (!text) return null
  if (ANCHOR_PATTERN.test(text)) return text
  const parts: string[] = []
  for (const [re, unit] of [...CITATION_UNITS].reverse()) {
    const m = re.exec(text)
    if (!m) continue
    parts.push(`${unit}-${numberSlug(m[1]!)}`)
  }
  return parts[0]?.startsWith('dieu-') ? parts.join('-') : null
}

/**
 * Whether a relation on `article` concerns the provision `anchor`: the same unit, one inside it
 * (an amended clause of this article) or one containing it (this clause's article was replaced).
 */
export function touchesProvision(article: string | null | undefined, anchor: string): boolean {
  const target = articleAnchor(article)
  if (!target) return false
  return target === anchor || target.startsWith(`${anchor}-`) || anchor.startsWith(`${target}-`)
}

/**
 * Returns the address a search hit leads to: a hit inside an article of a legal document
 * (`/van-ban/2012/15-ct-ttg#dieu-2`) opens that provision's own page (`…/15-ct-ttg/dieu-2`);
 * other hits keep their address.
 */
export function provisionHitUrl(hit: { kind: string; url: string; unit?: { anchor: string } }): string {
  if (hit.kind !== 'document' || !hit.unit || !ANCHOR_PATTERN.test(hit.unit.anchor)) return hit.url
  const hash = hit.url.indexOf('#')
  return `${hash >= 0 ? hit.url.slice(0, hash) : hit.url}/${hit.unit.anchor}`
}
