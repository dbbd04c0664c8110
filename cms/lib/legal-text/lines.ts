import { nfc } from '../vietnamese'

/** One non-empty source line, whitespace-normalised. */
export interface Line {
  /** The line's text: NFC, tabs and non-breaking spaces collapsed to single spaces, trimmed. */
  text: string
  /** The tab-separated parts of the line (a two-column signature table pasted as text keeps its columns). */
  cells: string[]
  /** 1-based line number in the input, for warnings. */
  lineNo: number
  /** True when a horizontal rule (`____`, `-----`) came right before: it separates the title from the preamble. */
  afterRule: boolean
}

// `\s` in JS already covers NBSP, the U+2000 spaces, U+3000 and the BOM.
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** True for decorative rules such as `__________` or `-----------` (they carry no words). */
export function isRule(text: string): boolean {
  return /^[-_=~—–.·*]{3,}$/u.test(text.replace(/\s/g, '')) && !/^\.+$/.test(text.replace(/\s/g, ''))
}

/** Splits text into non-empty, NFC, whitespace-normalised lines; rules are dropped but remembered. */
export function prepareLines(text: string): Line[] {
  const rawLines = nfc(text)
    .replace(/[\u200b\u200c\u200d\u2060]/g, '')
    .split(/\r\n|\r|\n|\u2028|\u2029|\f|\v/)
  const lines: Line[] = []
  let afterRule = false
  rawLines.forEach((raw, index) => {
    const cells = raw.split('\t').map(clean).filter(Boolean)
    const text = cells.join(' ')
    if (!text) return
    if (isRule(text)) {
      afterRule = true
      return
    }
    lines.push({ text, cells, lineNo: index + 1, afterRule })
    afterRule = false
  })
  return lines
}
