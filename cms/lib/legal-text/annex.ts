import type { Annex } from './types'
import type { Line } from './lines'
import { isAllCaps } from './frontmatter'
import { romanToNumber } from './numbering'
import { isRecipientsHeading, isSigningTitle } from './trailer'
import { AnchorRegistry } from './anchors'

// 'PHỤ LỤC', 'PHỤ LỤC I', 'Phụ lục 02', 'PHỤ LỤC SỐ 1', 'Phụ lục I. DANH MỤC …' on their own line.
const ANNEX = /^(PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)\s*)?(?:\s+([IVXL]{1,6}|\d{1,3}))?(?=$|[\s.:–—-])\s*[.:–—-]?\s*(.*)$/u
const MAX_HEADING = 160

/** The annex heading of a line, or null: capitalised 'PHỤ LỤC', or 'Phụ lục' with a number. */
function annexHeading(text: string): { label: string; number: string | undefined; rest: string } | null {
  const m = ANNEX.exec(text)
  if (!m || text.length > MAX_HEADING) return null
  // 'Phụ lục kèm theo …' in a sentence is text; a heading is capitalised or numbered.
  if (m[1] === 'Phụ lục' && !m[2]) return null
  const label = m[2] ? `${m[1]} ${m[2]}` : m[1]!
  return { label, number: m[2], rest: m[3] ?? '' }
}

/**
 * Index of the first annex heading that follows a signature or recipients block (Decree
 * 30/2020 Annex I: annexes come after the signature and 'Nơi nhận'), or lines.length.
 * A 'Phụ lục' line before any signature is the text's own wording, not an annex.
 */
export function findAnnexStart(lines: Line[], quoted: boolean[], from: number): number {
  let trailerSeen = false
  for (let i = from + 1; i < lines.length; i++) {
    if (quoted[i]) continue
    const text = lines[i]!.text
    if (trailerSeen && annexHeading(text)) return i
    if (isRecipientsHeading(text) || lines[i]!.cells.some(isSigningTitle)) trailerSeen = true
  }
  return lines.length
}

/** Anchor number of an annex: 'I' and '1' both give 1; unnumbered annexes count up. */
function annexNumber(printed: string | undefined, ordinal: number): number {
  if (!printed) return ordinal
  return /^\d+$/.test(printed) ? Number(printed) : romanToNumber(printed)
}

/** Splits the lines from the first annex heading into annexes, each with its heading and rows. */
export function splitAnnexes(lines: Line[]): Annex[] {
  const annexes: Annex[] = []
  const anchors = new AnchorRegistry()
  let current: Annex | null = null
  let inHeading = false
  for (const line of lines) {
    const heading = annexHeading(line.text)
    if (heading) {
      const anchor = anchors.claim(`phu-luc-${annexNumber(heading.number, annexes.length + 1)}`)
      current = { anchor, label: heading.label, title: heading.rest ? [heading.rest] : [], rows: [] }
      annexes.push(current)
      inHeading = true
      continue
    }
    // The annex's name (capitals) and its '(Kèm theo …)' line follow the heading.
    if (inHeading && line.cells.length === 1 && (isAllCaps(line.text) || /^\(.*\)$/u.test(line.text))) {
      current!.title.push(line.text)
      continue
    }
    inHeading = false
    current!.rows.push(line.cells)
  }
  return annexes
}
