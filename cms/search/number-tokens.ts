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
 *
 * It is also read as a citation when it starts with the name of a document type followed by
 * nothing but a number, a year and the number-symbol's own codes (`chỉ thị 15 năm 2012`,
 * `nghị định 43/2011`, `quyết định số 1234/QĐ-UBND`, `luật 45/2013/QH13`): then the type must be
 * the record's (its type code among the codes, or its document type by name) and a year given
 * must be its year, so the document itself comes first, above the letters that cite it.
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
  /** A citation's years (`năm 2012`, `43/2011`); absent: year-like numbers among `numbers` are years. */
  years?: number[]
  /** A citation's document type: its code (folded, upper case) when it has one, and its folded name. */
  type?: { code: string | null; name: string }
}

/**
 * Names of document types as people type them, folded, with their type code (folded, upper case;
 * null: the type has no code in the number-symbol, e.g. `45/2013/QH13` is a law). Longer names
 * first, so `thong tu lien tich` is not read as `thong tu`.
 */
// prettier-ignore
const TYPE_NAMES: readonly [string, string | null][] = [
  ['thong tu lien tich', 'TTLT'], ['nghi quyet lien tich', 'NQLT'], ['van ban hop nhat', 'VBHN'],
  ['nghi dinh', 'ND'], ['thong tu', 'TT'], ['quyet dinh', 'QD'], ['chi thi', 'CT'], ['nghi quyet', 'NQ'],
  ['ke hoach', 'KH'], ['thong bao', 'TB'], ['huong dan', 'HD'], ['bao cao', 'BC'], ['to trinh', 'TTR'],
  ['chuong trinh', 'CTR'], ['cong dien', 'CD'], ['quy che', 'QC'], ['quy dinh', 'QYD'], ['phap lenh', 'PL'],
  ['hien phap', null], ['bo luat', null], ['luat', null], ['cong van', null], ['lenh', 'L'],
]
/** Words a citation may have besides its type, number, year and codes. */
const FILLERS = new Set(['so', 'nam', 'ky', 'hieu'])

const YEAR_MIN = 1945
const YEAR_MAX = 2100

export function isYearLike(n: string): boolean {
  if (!/^\d{4}$/.test(n)) return false
  const y = Number(n)
  return y >= YEAR_MIN && y <= YEAR_MAX
}

/** Folded, keeping case (`QĐ-UBND` → `QD-UBND`), to tell codes typed in capitals from words. */
function foldKeepCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

/**
 * Reads `type [số] number[/year][/codes] [năm year]` (see the module comment); null when the query
 * is anything else, e.g. has other words (`đôn đốc thực hiện chỉ thị 15` is about the directive,
 * not the directive itself).
 */
export function parseCitation(q: string): NumberQuery | null {
  const cased = foldKeepCase(q.normalize('NFC')).trim()
  const lower = cased.toLowerCase()
  const type = TYPE_NAMES.find(([n]) => lower.startsWith(n) && !/[a-z0-9]/.test(lower.charAt(n.length)))
  if (!type) return null
  const chunks = cased.slice(type[0].length).split(/\s+/).filter((c) => /[A-Za-z0-9]/.test(c))
  if (chunks.length === 0 || chunks.length > 8) return null
  let num: string | null = null
  const years: number[] = []
  const codes: string[] = []
  let yearNext = false
  for (const chunk of chunks) {
    const word = chunk.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    const low = word.toLowerCase()
    if (FILLERS.has(low)) {
      yearNext = low === 'nam'
      continue
    }
    if (/^\d+$/.test(word)) {
      if (yearNext || (num !== null && isYearLike(word))) years.push(Number(word))
      else if (num === null && word.length <= 6) num = canonNumber(word)
      else return null
    } else if (/\d/.test(word) && word.includes('/')) {
      // A number-symbol, whole or in part: `43/2011`, `1234/QĐ-UBND`, `45/2013/QH13`.
      const parts = word.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean)
      for (const [i, p] of parts.entries()) {
        if (i === 0 && /^\d+[A-Z]?$/.test(p) && num === null) num = canonNumber(p)
        else if (/^\d{4}$/.test(p) && isYearLike(p)) years.push(Number(p))
        else if (/[A-Z]/.test(p)) codes.push(p)
        else return null
      }
    } else if (/^[A-Z][A-Z0-9-]*$/.test(word) && word.length <= 16) {
      // Codes typed in capitals (`NĐ-CP`); a word in lower case is a word, not a code.
      codes.push(...word.split('-').filter(Boolean))
    } else {
      return null
    }
    yearNext = false
  }
  if (num === null) return null
  return { numbers: [num], codes: [...new Set(codes)], years: [...new Set(years)], type: { code: type[1], name: type[0] } }
}

/** Reads a query as a number-symbol; null when it does not look like one. */
export function parseNumberQuery(q: string): NumberQuery | null {
  const citation = parseCitation(q)
  if (citation) return citation
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

/** What a record is besides its number-symbol: its document type (name) and year, when known. */
export interface RecordFacts {
  documentType?: string
  /** 0 when unknown. */
  year: number
}

/**
 * Scores how well a record's number-symbol matches a query read with `num` as the number;
 * 0 = no match. Rules: the number must be equal; when the query has code words at least one must
 * be a code of the record (or its glued form); when the query has another year-like number, it
 * must be the year of the number-symbol, or else the record's year; a citation's type must be the
 * record's (its code among the record's codes, or the record's document type by name).
 */
export function scoreNumberMatch(query: NumberQuery, num: string, parts: NumberSymbolParts, facts: RecordFacts = { year: 0 }): number {
  if (parts.num !== num) return 0
  let typeBonus = 0
  if (query.type) {
    const byCode = query.type.code !== null && parts.codes.includes(query.type.code)
    const byName = facts.documentType !== undefined && canon(facts.documentType) === query.type.name.toUpperCase()
    if (!byCode && !byName) return 0
    typeBonus = 50
  }
  const years = query.years ?? query.numbers.filter((n) => n !== num && isYearLike(n)).map(Number)
  let matchedCodes = 0
  let gluedMatch = false
  for (const c of query.codes) {
    if (c === parts.glued && parts.codes.length > 1) gluedMatch = true
    else if (parts.codes.includes(c)) matchedCodes++
  }
  if (gluedMatch) matchedCodes = Math.max(matchedCodes, parts.codes.length)
  if (query.codes.length > 0 && matchedCodes === 0) return 0
  let score = 1000 + typeBonus
  if (years.length > 0) {
    if (parts.year !== undefined) {
      if (!years.includes(parts.year)) return 0
      score += 60
    } else if (facts.year) {
      // `15/CT-TTg` has no year in it, and Directive 15 of 2012 is not Directive 15 of 2020.
      if (!years.includes(facts.year)) return 0
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
