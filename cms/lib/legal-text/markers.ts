import { partNumber } from './numbering'

/**
 * What a line starts with; 'numbered' (`1.`) is a clause or, in directives, an article;
 * 'roman' (`II.`) is a directive's or letter's top section; 'subnumbered' (`2.1.`) a sub-clause.
 */
export type MarkerKind = 'part' | 'chapter' | 'section' | 'article' | 'roman' | 'numbered' | 'subnumbered' | 'point' | 'item'

/** A recognised unit marker at the start of a line. */
export interface Marker {
  kind: MarkerKind
  /** As printed, e.g. 'Chương I', 'Điều 5a', '1.', 'đ)', '-'. */
  label: string
  /** Canonical number: 'I', '5a', '2', 'đ'; part numbers are Arabic ('1'); '' for items. */
  number: string
  /** Text on the same line after the marker. */
  rest: string
  /**
   * An article heading printed without its dot ('Điều 5 Chính sách …'): a unit only when the
   * article numbering continues, otherwise a sentence that happens to start with 'Điều 5'.
   */
  loose?: boolean
}

// Headings are matched in their two printed casings only; a case-insensitive Roman numeral
// would read 'Phần lớn …' or 'Mục c…' as a unit.
const SEP = String.raw`(?=$|[\s.:–—-])\s*[.:–—-]?\s*(.*)$`
const PART = new RegExp(String.raw`^(Phần|PHẦN)\s+((?:thứ|THỨ|Thứ)\s+\p{L}+|[IVXLC]+|\d+)` + SEP, 'u')
const CHAPTER = new RegExp(String.raw`^(Chương|CHƯƠNG)\s+([IVXLCDM]+|\d+)` + SEP, 'u')
const SECTION = new RegExp(String.raw`^(Mục|MỤC)\s+(\d+|[IVXLC]+)` + SEP, 'u')
// 'Ð' (U+00D0) and 'ð' (U+00F0) stand in for 'Đ'/'đ' in texts converted from old
// Vietnamese encodings (TCVN3, VNI), as does 'd' with a combining stroke.
const ARTICLE = /^([ĐÐ]iều|[ĐÐ]IỀU)\s+(\d+[a-zA-Zđð]?)\s*(?:[.:]\s*(.*))?$/u
// 'Điều 5 Chính sách …': the heading starts with a capital letter right after the number.
const LOOSE_ARTICLE = /^([ĐÐ]iều|[ĐÐ]IỀU)\s+(\d+[a-zđð]?)\s+(\p{Lu}.*)$/u
// 'II. NHIỆM VỤ …' or 'II. Nhiệm vụ …': Roman numeral, dot, a capitalised heading.
const ROMAN = /^([IVXL]{1,6})\.\s+(\p{Lu}.*)$/u
// '2.1. …' or '2.1 …' (not '2.1.3', not a decimal number inside a sentence: a space must follow).
const SUBNUMBERED = /^(\d{1,3})\.(\d{1,3})\.?\s+(?!\d)(.*)$/u
const NUMBERED = /^(\d{1,3})\.(?!\d)\s*(.*)$/u
const POINT = /^([a-eg-ik-vxy]|đ|ð|d[\u0335\u0336\u0337])\)\s*(.*)$/u
const ITEM = /^([-–—+•])\s*(.*)$/u

/** Returns the point letter in its canonical form ('ð' → 'đ'). */
function canonicalLetter(letter: string): string {
  return letter.length > 1 || letter === 'ð' ? 'đ' : letter
}

/** Returns the unit marker a line starts with, or null for an ordinary paragraph. */
export function detectMarker(text: string): Marker | null {
  let m = PART.exec(text)
  if (m) return { kind: 'part', label: `${m[1]} ${m[2]}`, number: partNumber(m[2]!), rest: m[3]! }
  if ((m = CHAPTER.exec(text))) return { kind: 'chapter', label: `${m[1]} ${m[2]}`, number: m[2]!, rest: m[3]! }
  if ((m = SECTION.exec(text))) return { kind: 'section', label: `${m[1]} ${m[2]}`, number: m[2]!, rest: m[3]! }
  if ((m = ARTICLE.exec(text))) {
    const number = m[2]!.toLowerCase().replace('ð', 'đ')
    return { kind: 'article', label: `${m[1]!.replace('Ð', 'Đ')} ${number}`, number, rest: m[3] ?? '' }
  }
  if ((m = LOOSE_ARTICLE.exec(text))) {
    const number = m[2]!.toLowerCase().replace('ð', 'đ')
    return { kind: 'article', label: `${m[1]!.replace('Ð', 'Đ')} ${number}`, number, rest: m[3]!, loose: true }
  }
  if ((m = ROMAN.exec(text))) return { kind: 'roman', label: `${m[1]}.`, number: m[1]!, rest: m[2]! }
  if ((m = SUBNUMBERED.exec(text))) {
    return { kind: 'subnumbered', label: `${m[1]}.${m[2]}.`, number: `${m[1]}.${m[2]}`, rest: m[3]! }
  }
  if ((m = NUMBERED.exec(text))) return { kind: 'numbered', label: `${m[1]}.`, number: m[1]!, rest: m[2]! }
  if ((m = POINT.exec(text))) {
    const letter = canonicalLetter(m[1]!)
    return { kind: 'point', label: `${letter})`, number: letter, rest: m[2]! }
  }
  if ((m = ITEM.exec(text))) return { kind: 'item', label: m[1]!, number: '', rest: m[2]! }
  return null
}

/** Returns the list family of an item label: all dashes are one family, '+' and '•' others. */
export function itemFamily(label: string): string {
  return /^[-–—]$/.test(label) ? '-' : label
}
