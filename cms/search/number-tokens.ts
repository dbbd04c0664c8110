/**
 * Minimal number-symbol (số ký hiệu) normalisation for search, kept inside the search module on
 * purpose (it must not depend on cms/lib/number-symbol.ts).
 *
 * A number-symbol is `number[/year]/code`, e.g. `43/2011/NĐ-CP`, `15/CT-TTg`, `80/2015/QH13`,
 * `1950/TTg-KGVX`. For matching, text is folded (`Đ`→`D`, no diacritics), upper-cased and split
 * on anything that is not a letter or digit:
 *   - number: leading zeros dropped (`02` = `2`);
 *   - year: the 4-digit middle part, only when a code follows (`1950/TTg-KGVX` has no year);
 *   - codes: the hyphen-separated parts of the code (`ND`, `CP`), plus `glued` = all parts joined
 *     (`NDCP`) so `NĐCP` typed without hyphen matches.
 * `numberSymbolTokens` gives `n<number>`, `y<year>`, `yy` (has a year), `c<code>`, `g<glued>`; the
 * engine indexes only `n<number>` in lunr (fewer lunr objects: −80 MB of heap for 160,000 records)
 * and checks the candidates with `scoreNumberMatch` against the parsed number-symbol.
 *
 * A query is read as a number-symbol when it has a number and either a code-like word or a `/`:
 * `nd 43 2011`, `43/2011/ND-CP`, `43 2011 ND CP`, `43/NĐ-CP`, `15/ct-ttg`, `ct 15`, `nđcp 43/2011`.
 */
import { foldAccents } from '../lib/vietnamese'

export interface NumberSymbolParts {
  num: string
  year?: number
  codes: string[]
  glued: string
}

function canon(text: string): string {
  return foldAccents(text.normalize('NFC')).toUpperCase()
}

function canonNumber(n: string): string {
  const stripped = n.replace(/^0+(?=\d)/, '')
  return stripped
}

/** Parses an official number-symbol; null when it has no `number/code` shape. */
export function parseNumberSymbol(numberSymbol: string | undefined | null): NumberSymbolParts | null {
  if (!numberSymbol) return null
  const t = canon(numberSymbol).replace(/\s+/g, '')
  const parts = t.split('/').filter((p) => p.length > 0)
  if (parts.length < 2) return null
  const numMatch = /^(\d+[A-Z]?)$/.exec(parts[0]!)
  if (!numMatch) return null
  let year: number | undefined
  let codePart: string
  if (parts.length >= 3 && /^\d{4}$/.test(parts[1]!)) {
    year = Number(parts[1])
    codePart = parts.slice(2).join('-')
  } else {
    codePart = parts.slice(1).join('-')
  }
  const codes = codePart.split(/[^A-Z0-9]+/).filter((c) => c.length > 0)
  if (codes.length === 0) return null
  return { num: canonNumber(numMatch[1]!), year, codes, glued: codes.join('') }
}

/** Index tokens of a number-symbol, lower case; the first is always `n<number>` (see module doc). */
export function numberSymbolTokens(parts: NumberSymbolParts): string[] {
  const out = [`n${parts.num}`]
  if (parts.year !== undefined) out.push(`y${parts.year}`, 'yy')
  for (const c of parts.codes) out.push(`c${c}`)
  out.push(`g${parts.glued}`)
  return [...new Set(out.map((t) => t.toLowerCase()))]
}

export interface NumberQuery {
  /** Numbers typed (canonical), each a candidate for the document number. */
  numbers: string[]
  /** Code-like words (canonical, upper case), e.g. `ND`, `CP`, `NDCP`, `TTG`. */
  codes: string[]
}

const YEAR_MIN = 1945
const YEAR_MAX = 2100

export function isYearLike(n: string): boolean {
  if (!/^\d{4}$/.test(n)) return false
  const y = Number(n)
  return y >= YEAR_MIN && y <= YEAR_MAX
}

/** Reads a query as a number-symbol; null when it does not look like one. */
export function parseNumberQuery(q: string): NumberQuery | null {
  const t = canon(q)
  const words = t.match(/[A-Z0-9]+/g)
  if (!words || words.length === 0 || words.length > 24) return null
  const numbers: string[] = []
  const codes: string[] = []
  for (const w of words) {
    if (/^\d+$/.test(w)) {
      if (w.length <= 6) numbers.push(canonNumber(w))
    } else if (/^\d+[A-Z]$/.test(w)) {
      numbers.push(w)
    } else if (w.length <= 12) {
      codes.push(w)
    }
  }
  if (numbers.length === 0) return null
  if (codes.length === 0 && !t.includes('/')) return null
  return { numbers: [...new Set(numbers)].slice(0, 4), codes: [...new Set(codes)] }
}

/**
 * Scores how well a record's number-symbol matches a query read with `num` as the number;
 * 0 = no match. Rules: the number must be equal; when the query has code words at least one must
 * be a code of the record (or its glued form); when the query has another year-like number and the
 * record's number-symbol has a year, they must be equal.
 */
export function scoreNumberMatch(query: NumberQuery, num: string, parts: NumberSymbolParts): number {
  if (parts.num !== num) return 0
  const years = query.numbers.filter((n) => n !== num && isYearLike(n)).map(Number)
  let matchedCodes = 0
  let gluedMatch = false
  for (const c of query.codes) {
    if (c === parts.glued && parts.codes.length > 1) gluedMatch = true
    else if (parts.codes.includes(c)) matchedCodes++
  }
  if (gluedMatch) matchedCodes = Math.max(matchedCodes, parts.codes.length)
  if (query.codes.length > 0 && matchedCodes === 0) return 0
  let score = 1000
  if (years.length > 0) {
    if (parts.year !== undefined) {
      if (!years.includes(parts.year)) return 0
      score += 60
    } else {
      score -= 20
    }
  } else if (parts.year !== undefined && query.numbers.length === 1) {
    // `43/NĐ-CP`: year not typed; fine, slightly below an exact match.
    score -= 5
  }
  score += 40 * Math.min(matchedCodes, parts.codes.length)
  if (matchedCodes >= parts.codes.length) score += 30
  // The type code is usually typed first (`ttg 242` is rather 242/TTg-CN than 242/CT-TTg).
  if (query.codes.length > 0 && query.codes[0] === parts.codes[0]) score += 10
  // Query words that are neither the number, the year nor a code of this record lower the score.
  const unmatched = query.codes.filter((c) => c !== parts.glued && !parts.codes.includes(c)).length
  score -= 5 * unmatched
  return score
}
