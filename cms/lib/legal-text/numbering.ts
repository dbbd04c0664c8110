import { slugify } from '../slug'

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** Returns the value of a Roman numeral ('XIV' → 14), or NaN if it is not one. */
export function romanToNumber(roman: string): number {
  const digits = roman
    .toUpperCase()
    .split('')
    .map((ch) => ROMAN[ch])
  if (digits.length === 0 || digits.some((d) => d === undefined)) return NaN
  let total = 0
  digits.forEach((d, i) => {
    const next = digits[i + 1]
    total += next !== undefined && next > d! ? -d! : d!
  })
  return total
}

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
}

/** Returns '1' for 'thứ nhất', 'I' or '1'; unknown words come back slugified so anchors stay ASCII. */
export function partNumber(printed: string): string {
  const word = printed.replace(/^thứ\s+/iu, '').toLowerCase()
  if (ORDINAL_WORDS[word] !== undefined) return String(ORDINAL_WORDS[word])
  if (/^\d+$/.test(word)) return word
  const roman = romanToNumber(word)
  return Number.isNaN(roman) ? slugify(word) : String(roman)
}

/**
 * Returns the anchor form of an article number or point letter: lower-case ASCII, with
 * `đ` spelled `dd` so that point đ) and point d) get different anchors.
 */
export function numberSlug(number: string): string {
  return slugify(number.toLowerCase().replace(/đ/g, 'dd'))
}
