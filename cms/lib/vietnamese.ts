/**
 * Vietnamese text helpers shared by the CMS, the site and the search engine.
 * TCVN 6909 asks for Unicode; we store NFC and compare on folded or tone-normalised keys.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
/** Marks that make a different vowel (ă â ê ô ơ ư), not a tone. */
const VOWEL_MODIFIERS = new Set(['\u0306', '\u0302', '\u031B'])
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
const OPEN_SECOND_VOWEL_CLUSTERS = new Set(['oa', 'oe', 'uy'])

/** Returns the text in Unicode NFC (the form we store). */
export function nfc(text: string): string {
  return text.normalize('NFC')
}

/** Returns lower-case text without any diacritic: `Điện tử` → `dien tu`. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

interface Unit {
  base: string
  marks: string[]
}

function splitUnits(nfdWord: string): Unit[] {
  const units: Unit[] = []
  for (const ch of nfdWord) {
    if (/\p{M}/u.test(ch) && units.length > 0) units[units.length - 1]!.marks.push(ch)
    else units.push({ base: ch, marks: [] })
  }
  return units
}

function isVowel(unit: Unit | undefined): boolean {
  return unit !== undefined && VOWELS.has(unit.base.toLowerCase())
}

/**
 * Places the tone mark of one syllable by a single rule, so that the old and new
 * placements (`hoà`/`hòa`, `thuỷ`/`thủy`) give the same string. Words with no tone,
 * several tones or no vowel come back unchanged (NFC).
 */
export function normalizeTonePlacement(word: string): string {
  const units = splitUnits(word.normalize('NFD'))
  const tones: string[] = []
  for (const u of units) {
    for (const m of u.marks) if (TONE_MARKS.has(m)) tones.push(m)
  }
  if (tones.length !== 1) return word.normalize('NFC')
  for (const u of units) u.marks = u.marks.filter((m) => !TONE_MARKS.has(m))

  let start = units.findIndex(isVowel)
  if (start < 0) return word.normalize('NFC')
  const lower = (i: number) => units[i]?.base.toLowerCase() ?? ''
  // "qu" and "gi" (before another vowel) are consonants.
  if (start > 0 && lower(start - 1) === 'q' && lower(start) === 'u' && isVowel(units[start + 1])) start++
  else if (start > 0 && lower(start - 1) === 'g' && lower(start) === 'i' && isVowel(units[start + 1])) start++
  let end = start
  while (isVowel(units[end + 1])) end++

  let pos = -1
  for (let i = start; i <= end; i++) {
    if (units[i]!.marks.some((m) => VOWEL_MODIFIERS.has(m))) pos = i
  }
  if (pos < 0) {
    const length = end - start + 1
    const closed = end < units.length - 1
    const cluster = units
      .slice(start, end + 1)
      .map((u) => u.base.toLowerCase())
      .join('')
    if (length === 1) pos = start
    else if (closed) pos = end
    else if (length >= 3) pos = start + 1
    else pos = OPEN_SECOND_VOWEL_CLUSTERS.has(cluster) ? end : start
  }
  units[pos]!.marks.push(tones[0]!)
  return units
    .map((u) => u.base + u.marks.join(''))
    .join('')
    .normalize('NFC')
}

/** Returns NFC text with every word's tone mark placed by one rule (see normalizeTonePlacement). */
export function normalizeVietnamese(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (w) => normalizeTonePlacement(w))
}
