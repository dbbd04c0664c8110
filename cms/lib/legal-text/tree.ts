import type { TextUnit, UnitKind } from './types'
import type { Line } from './lines'
import type { BodyMode } from './closing'
import { detectMarker, itemFamily, type Marker } from './markers'
import { AnchorRegistry, baseAnchor } from './anchors'
import { isAllCaps } from './frontmatter'
import { romanToNumber } from './numbering'

const LEVEL: Record<UnitKind, number> = { part: 1, chapter: 2, section: 3, article: 4, clause: 5, subclause: 5.5, point: 6, item: 7 }
// Where each kind may sit. A `1.` outside any article, say, is ordinary text, not a clause.
const PARENTS: Record<UnitKind, ReadonlyArray<UnitKind | 'root'>> = {
  part: ['root'],
  chapter: ['root', 'part'],
  section: ['root', 'part', 'chapter'],
  article: ['root', 'part', 'chapter', 'section'],
  clause: ['article'],
  subclause: ['article', 'clause'],
  point: ['article', 'clause', 'subclause'],
  item: ['article', 'clause', 'subclause', 'point', 'item'],
}
const HEADINGS = new Set<UnitKind>(['part', 'chapter', 'section'])

/** Builds the unit tree line by line, keeping a stack of the currently open units. */
class TreeBuilder {
  readonly roots: TextUnit[] = []
  readonly warnings: string[] = []
  /** Paragraphs met before any unit could be opened (defensive; normally empty). */
  readonly orphans: string[] = []
  private readonly stack: TextUnit[] = []
  private readonly anchors = new AnchorRegistry()
  /** A part/chapter/section whose title is printed on the following line(s). */
  private pendingTitle: TextUnit | null = null
  /** Integer part of the last article number, for headings printed without their dot. */
  private lastArticle: number | null = null
  /** Value of the last Roman section ('II' → 2) of a directive or letter. */
  private lastRoman = 0

  constructor(private readonly mode: BodyMode) {}

  addLine(line: Line, quoted: boolean): void {
    const marker = quoted ? null : detectMarker(line.text)
    if (marker && this.open(marker, line.lineNo)) return
    this.addParagraph(line.text, quoted)
  }

  /** The unit kind a marker opens here, or null when it is text in this document. */
  private kindOf(marker: Marker): UnitKind | null {
    switch (marker.kind) {
      case 'numbered':
        return this.mode === 'articles' ? 'clause' : 'article'
      case 'subnumbered':
        return 'subclause'
      // 'I.', 'II.' head a directive's or letter's groups of numbered sections; inside a
      // decree's articles (or its annex-like lists) they stay text.
      case 'roman':
        return this.mode === 'sections' && romanToNumber(marker.number) === this.lastRoman + 1 ? 'section' : null
      case 'article':
        return marker.loose && !this.continuesArticles(marker.number) ? null : 'article'
      default:
        return marker.kind
    }
  }

  /** True when article `number` follows the last one (Điều 1 first; 5 or 5a after 4, 5a after 5). */
  private continuesArticles(number: string): boolean {
    const n = Number.parseInt(number, 10)
    if (this.lastArticle === null) return n === 1
    return n === this.lastArticle + 1 || (n === this.lastArticle && /\D$/.test(number))
  }

  /** '2.1.' belongs under the clause or numbered section 2; elsewhere it is text. */
  private subclauseFits(marker: Marker, parent: TextUnit | undefined): boolean {
    const major = marker.number.split('.')[0]
    return parent !== undefined && Number.parseInt(parent.number, 10) === Number(major)
  }

  /** Opens a unit for the marker; returns false when it cannot sit here (then it is text). */
  private open(marker: Marker, lineNo: number): boolean {
    const kind = this.kindOf(marker)
    if (!kind) return false
    const depth = kind === 'item' ? this.itemParentDepth(marker.label) : this.parentDepth(kind)
    const parent = depth < 0 ? undefined : this.stack[depth]
    if (!PARENTS[kind].includes(parent?.kind ?? 'root')) return false
    if (kind === 'subclause' && !this.subclauseFits(marker, parent)) return false
    if (kind === 'article') this.lastArticle = Number.parseInt(marker.number, 10)
    if (marker.kind === 'roman') this.lastRoman = romanToNumber(marker.number)
    this.stack.length = depth + 1
    const unit = this.createUnit(kind, marker, parent, lineNo)
    ;(parent ? parent.children : this.roots).push(unit)
    this.stack.push(unit)
    this.pendingTitle = HEADINGS.has(kind) && unit.title === '' ? unit : null
    return true
  }

  /** Index in the stack of the deepest open unit that is larger than `kind`, or -1 for the root. */
  private parentDepth(kind: UnitKind): number {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      if (LEVEL[this.stack[k]!.kind] < LEVEL[kind]) return k
    }
    return -1
  }

  /**
   * An item continues the open list of the same symbol (a sibling) or, with a new symbol,
   * nests under the current item: '+' lines under a '-' line become its children.
   */
  private itemParentDepth(label: string): number {
    const family = itemFamily(label)
    for (let k = this.stack.length - 1; k >= 0 && this.stack[k]!.kind === 'item'; k--) {
      if (itemFamily(this.stack[k]!.label) === family) return k - 1
    }
    return this.stack.length - 1
  }

  private createUnit(kind: UnitKind, marker: Marker, parent: TextUnit | undefined, lineNo: number): TextUnit {
    const siblings = parent ? parent.children : this.roots
    const number = kind === 'item' ? String(siblings.filter((u) => u.kind === 'item').length + 1) : marker.number
    // A directive's numbered sections restart under each Roman section: 'muc-ii-dieu-1'.
    const underRoman = kind === 'article' && parent?.kind === 'section' && /^[IVXL]+\.$/.test(parent.label)
    const base = underRoman ? `${parent.anchor}-${baseAnchor(kind, number, parent)}` : baseAnchor(kind, number, parent)
    const anchor = this.anchors.claim(base)
    if (anchor !== base) {
      this.warnings.push(`Số thứ tự "${marker.label}" (dòng ${lineNo}) bị trùng; liên kết được đặt là #${anchor}.`)
    }
    const hasHeading = HEADINGS.has(kind) || kind === 'article'
    const title = hasHeading ? marker.rest : ''
    const paragraphs = !hasHeading && marker.rest ? [marker.rest] : []
    return { kind, anchor, label: marker.label, number, title, paragraphs, children: [] }
  }

  /** A non-marker line: a heading's title printed on its own line, or a paragraph of the open unit. */
  private addParagraph(text: string, quoted: boolean): void {
    const pending = this.pendingTitle
    if (pending && !quoted) {
      if (pending.title === '') {
        pending.title = text
        if (!isAllCaps(text)) this.pendingTitle = null
        return
      }
      // Capitalised chapter titles are often broken over two lines.
      if (isAllCaps(text)) {
        pending.title = `${pending.title} ${text}`
        return
      }
    }
    this.pendingTitle = null
    const top = this.stack.at(-1)
    if (top) top.paragraphs.push(text)
    else this.orphans.push(text)
  }
}

/** Result of `buildUnits`. */
export interface BuiltBody {
  units: TextUnit[]
  warnings: string[]
  /** Text that could not be attached to a unit (kept by the caller in the preamble). */
  orphans: string[]
}

/** Builds the unit tree from the body lines; quoted[i] marks lines that begin inside a quotation. */
export function buildUnits(lines: Line[], quoted: boolean[], mode: BodyMode): BuiltBody {
  const builder = new TreeBuilder(mode)
  lines.forEach((line, i) => builder.addLine(line, quoted[i] ?? false))
  return { units: builder.roots, warnings: builder.warnings, orphans: builder.orphans }
}
