/**
 * Vietnamese document identifiers (số ký hiệu): `43/2011/NĐ-CP`, `15/CT-TTg`, `80/2015/QH13`.
 *
 * Shape (Decree 30/2020 Annex I; Law 80/2015 Art 8 for normative documents):
 *   number / [year /] [typeCode -] issuerCode [- unitCode …]
 * Normative documents carry the year; administrative ones do not. A công văn has no type
 * code: `1950/TTg-KGVX` is issuer TTg, drafting unit KGVX. Laws carry the legislature
 * (`QH13`) and no type code.
 *
 * A document is unique by (number, year, type, issuer), not by the string people type
 * (`ND-CP`, `NĐCP`, `nđ-cp`, spaces around `/`), so we keep the official form for display
 * and match on a normalised key.
 *
 * KEY FORMAT: `number|year|type|issuer` — four fields joined by `|`, every field folded
 * (Đ→D, no diacritics), upper-case, without spaces:
 *   - number: digits without leading zeros (`03` → `3`), plus a letter suffix if any;
 *   - year: the year in the symbol, else `issuedYear` when given, else empty;
 *   - type: the type code (`ND`), empty when there is none (laws, công văn);
 *   - issuer: every code after the type joined by `-` (`CP`, `BTC-BTP`, `TTG-KGVX`, `QH13`).
 * Examples: `43|2011|ND|CP`, `15||CT|TTG`, `80|2015||QH13`, `1950|||TTG-KGVX`, `5|2012|TTLT|BTC-BTP`.
 * Codes typed without a hyphen (`NĐCP`) are split on a known type-code prefix, so they get the
 * same key as the hyphenated form.
 */
import { slugify } from './slug'
import { foldAccents, nfc } from './vietnamese'

/**
 * Type codes: administrative types of Decree 30/2020 and the symbols of normative types.
 * `UBTVQH` is listed so the search recognises it as a code (ordinances `02/2022/UBTVQH15`).
 * Keep types as data: this is the default; callers pass the CMS's list.
 */
// prettier-ignore
export const DEFAULT_TYPE_CODES: readonly string[] = Object.freeze([
  'NĐ', 'TT', 'TTLT', 'QĐ', 'CT', 'QC', 'QyĐ', 'TB', 'HD', 'KH', 'CTr', 'BC', 'TTr', 'CĐ',
  'NQ', 'NQLT', 'VBHN', 'L', 'PL', 'UBTVQH',
])

/**
 * Issuer codes whose official spelling we restore (`TTG` → `TTg`, `BGDDT` → `BGDĐT`) and which
 * must never be split as "type + issuer" (`HĐND` is not `HD` + `ND`). Ministries merged in 2025
 * (e.g. BKHĐT into BTC, BTTTT into BKHCN) but their old codes stay on old documents.
 */
// prettier-ignore
export const DEFAULT_ISSUER_CODES: readonly string[] = Object.freeze([
  'CP', 'TTg', 'VPCP', 'QH', 'VPQH', 'CTN', 'UBND', 'HĐND', 'HĐTP', 'TANDTC', 'VKSNDTC', 'KTNN',
  'NHNN', 'TTCP', 'BCA', 'BQP', 'BNG', 'BNV', 'BTP', 'BTC', 'BCT', 'BYT', 'BXD', 'BGTVT',
  'BGDĐT', 'BTTTT', 'BKHĐT', 'BKHCN', 'BLĐTBXH', 'BNNPTNT', 'BTNMT', 'BNNMT', 'BVHTTDL', 'BDTTG', 'UBDT', 'MTTQ',
  'TLĐLĐVN',
])

/**
 * Names of document types as people type them in a search box, folded, mapped to type codes,
 * so that `nghị định 43/2011` is recognised as a number-symbol query.
 */
export const DEFAULT_TYPE_NAMES: Readonly<Record<string, string>> = Object.freeze({
  'nghi dinh': 'NĐ',
  'thong tu lien tich': 'TTLT',
  'thong tu': 'TT',
  'quyet dinh': 'QĐ',
  'chi thi': 'CT',
  'nghi quyet lien tich': 'NQLT',
  'nghi quyet': 'NQ',
  'ke hoach': 'KH',
  'thong bao': 'TB',
  'huong dan': 'HD',
  'bao cao': 'BC',
  'to trinh': 'TTr',
  'chuong trinh': 'CTr',
  'cong dien': 'CĐ',
  'quy che': 'QC',
  'quy dinh': 'QyĐ',
  'van ban hop nhat': 'VBHN',
  'phap lenh': 'PL',
})

/** Code lists used to read identifiers; each defaults to the lists above. */
export interface NumberSymbolOptions {
  typeCodes?: readonly string[]
  issuerCodes?: readonly string[]
  typeNames?: Readonly<Record<string, string>>
  /** Year of the issue date: goes into the key of symbols that carry no year (`15/CT-TTg`). */
  issuedYear?: number | null
}

/** A parsed number-symbol. */
export interface NumberSymbol {
  /** Canonical display form, NFC: `43/2011/NĐ-CP`. */
  official: string
  /** The number as written (leading zeros kept): `03`. */
  number: string
  year: number | null
  /** Type code in its official spelling (`NĐ`, `QyĐ`, `CTr`), or null (laws, công văn). */
  typeCode: string | null
  /** Issuing body (for a typed document, every code after the type: `CP`, `BTC-BTP`). */
  issuerCode: string
  /** Drafting unit of a công văn (`KGVX` in `1950/TTg-KGVX`), else null. */
  unitCode: string | null
  /** Uniqueness key, see KEY FORMAT above. */
  key: string
  /** URL slug: `43-2011-nd-cp`. */
  slug: string
}

/** Returns the comparison form of a code: folded (Đ→D), upper-case, no spaces. */
export function codeKey(code: string): string {
  return foldAccents(nfc(code)).toUpperCase().replace(/\s+/g, '')
}

const mapCache = new WeakMap<readonly string[], ReadonlyMap<string, string>>()

function codeMap(codes: readonly string[]): ReadonlyMap<string, string> {
  let map = mapCache.get(codes)
  if (!map) {
    map = new Map(codes.map((c) => [codeKey(c), nfc(c)]))
    mapCache.set(codes, map)
  }
  return map
}

function lists(options: NumberSymbolOptions | undefined) {
  return {
    types: codeMap(options?.typeCodes ?? DEFAULT_TYPE_CODES),
    issuers: codeMap(options?.issuerCodes ?? DEFAULT_ISSUER_CODES),
  }
}

/** Legislature codes (Quốc hội khoá 13, its Standing Committee): `QH13`, `UBTVQH15`. */
const LEGISLATURE = /^(?:UBTVQH|QH)\d{1,2}$/
const YEAR = /^\d{4}$/
const MIN_YEAR = 1945
const MAX_YEAR = 2100

function isYear(text: string): boolean {
  if (!YEAR.test(text)) return false
  const y = Number(text)
  return y >= MIN_YEAR && y <= MAX_YEAR
}

function isKnownCode(key: string, types: ReadonlyMap<string, string>, issuers: ReadonlyMap<string, string>): boolean {
  return types.has(key) || issuers.has(key) || LEGISLATURE.test(key)
}

/** Returns the number without leading zeros and with an upper-case suffix: `03` → `3`. */
function numberKey(number: string): string {
  const m = /^0*(\d+?)([A-Za-z]?)$/.exec(number)
  return m ? m[1]! + m[2]!.toUpperCase() : number.toUpperCase()
}

/**
 * Splits a code typed without its hyphen (`NĐCP` → `NĐ`, `CP`) on the longest known type-code
 * prefix of two letters or more. `requireKnownRest` is for free-text queries, where a word
 * like `TTHC` must not pass for `TT`-`HC`.
 */
function splitTypePrefix(
  part: string,
  types: ReadonlyMap<string, string>,
  issuers: ReadonlyMap<string, string>,
  requireKnownRest: boolean,
): [string, string] | null {
  const key = codeKey(part)
  if (isKnownCode(key, types, issuers)) return null
  let best: string | null = null
  for (const t of types.keys()) {
    if (t.length >= 2 && key.startsWith(t) && (!best || t.length > best.length)) {
      const rest = key.slice(t.length)
      if (rest.length < 2 || !/^[A-Z]/.test(rest)) continue
      if (requireKnownRest && !issuers.has(rest) && !LEGISLATURE.test(rest)) continue
      best = t
    }
  }
  if (!best) return null
  // NFC Vietnamese letters fold one-to-one, so the prefix length is the same in the original.
  const original = nfc(part)
  const rest = codeKey(original).length === original.length ? original.slice(best.length) : key.slice(best.length)
  return [types.get(best)!, rest]
}

/** Returns the official spelling of a code: from the lists, else upper-cased if typed in lower case. */
function displayCode(part: string, types: ReadonlyMap<string, string>, issuers: ReadonlyMap<string, string>): string {
  const key = codeKey(part)
  const known = types.get(key) ?? issuers.get(key)
  if (known) return known
  if (LEGISLATURE.test(key)) return key
  // Mixed case may be deliberate (an official code we do not know); all lower case is not.
  return part === part.toLocaleLowerCase('vi') ? part.toLocaleUpperCase('vi') : part
}

/** Cleans what people type: NFC, dash and slash variants, a `Số:` prefix, spaces around separators. */
function clean(raw: string): string {
  return nfc(raw)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\uFF0F\u2044\u2215]/g, '/')
    .trim()
    .replace(/^(?:s[oôố]\s*(?:k[ýy]\s*hi[ệe]u|hi[ệe]u)?|no\.?)\s*[:.]?\s*(?=\d)/iu, '')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/[\s.,;:]+$/, '')
}

/**
 * Parses a number-symbol as people type it (`43/2011/nđ-cp`, ` 43 / 2011 / NĐ - CP `,
 * `Số: 43/2011/NDCP`, NFD text) and returns its official form, parts, key and slug, or null
 * when the text is not a number-symbol.
 */
export function parseNumberSymbol(raw: string, options?: NumberSymbolOptions): NumberSymbol | null {
  if (typeof raw !== 'string') return null
  const { types, issuers } = lists(options)
  const s = clean(raw)
  if (s === '') return null

  let number: string
  let yearText: string | null = null
  let symbol: string
  if (s.includes('/')) {
    const segments = s.split('/')
    if (segments.length === 3) {
      if (!YEAR.test(segments[1]!)) return null
      yearText = segments[1]!
    } else if (segments.length !== 2) return null
    number = segments[0]!
    symbol = segments[segments.length - 1]!
  } else {
    // Without slashes: `43 2011 NĐ CP`.
    const tokens = s.split(/\s+/)
    number = tokens.shift() ?? ''
    if (tokens.length > 1 && isYear(tokens[0]!)) yearText = tokens.shift()!
    symbol = tokens.join('-')
  }
  if (!/^\d{1,6}[A-Za-z]?$/.test(number)) return null
  const parts = symbol.split(/[-\s]+/).filter((p) => p !== '')
  if (parts.length === 0 || !parts.every((p) => /^[\p{L}\p{N}&.]+$/u.test(p)) || !/\p{L}/u.test(parts[0]!)) return null

  let typeCode: string | null = null
  let rest: string[]
  const firstKey = codeKey(parts[0]!)
  // Without a slash only known codes make it an identifier: `2011 nghị định` is not one.
  if (!s.includes('/') && !isKnownCode(firstKey, types, issuers) && !splitTypePrefix(parts[0]!, types, issuers, true))
    return null
  if (types.has(firstKey)) {
    typeCode = types.get(firstKey)!
    rest = parts.slice(1)
  } else {
    // Only a symbol typed without any hyphen is split: with hyphens the first part is as meant (`HĐND-VP`).
    const split = parts.length === 1 ? splitTypePrefix(parts[0]!, types, issuers, false) : null
    if (split) {
      typeCode = split[0]
      rest = [split[1]]
    } else rest = parts
  }
  const shown = rest.map((p) => displayCode(p, types, issuers))
  const issuerCode = typeCode ? shown.join('-') : (shown[0] ?? '')
  const unitCode = typeCode || shown.length < 2 ? null : shown.slice(1).join('-')

  const year = yearText === null ? null : Number(yearText)
  const official = [number, ...(yearText ? [yearText] : []), [typeCode, ...shown].filter(Boolean).join('-')].join('/')
  const keyYear = year ?? (options?.issuedYear && Number.isInteger(options.issuedYear) ? options.issuedYear : '')
  const key = [numberKey(number), keyYear, typeCode ? codeKey(typeCode) : '', rest.map(codeKey).join('-')].join('|')
  return { official, number, year, typeCode, issuerCode, unitCode, key, slug: slugify(official) }
}

/** Returns the uniqueness key of a number-symbol (see KEY FORMAT), or null if it does not parse. */
export function numberSymbolKey(raw: string, options?: NumberSymbolOptions): string | null {
  return parseNumberSymbol(raw, options)?.key ?? null
}

/**
 * Returns the folded, lower-case tokens a search index should hold for a number-symbol so that
 * `43/2011/ND-CP`, `43/2011/NDCP`, `43/ND-CP`, `nd 43 2011` and `43 2011 nđ cp` all find it:
 * the official form (`43/2011/nd-cp`), the slug, compact forms with and without the year
 * (`432011ndcp`, `43ndcp`), the symbol (`nd-cp`, `ndcp`) and each part (`43`, `2011`, `nd`, `cp`).
 * The query side must be folded the same way (foldAccents). Empty when it does not parse.
 */
export function numberSymbolSearchForms(raw: string, options?: NumberSymbolOptions): string[] {
  const p = parseNumberSymbol(raw, options)
  if (!p) return []
  const fold = (text: string) => foldAccents(text)
  const codes = [p.typeCode, ...p.issuerCode.split('-'), ...(p.unitCode ? p.unitCode.split('-') : [])]
    .filter((c): c is string => Boolean(c))
    .map(fold)
  const symbol = codes.join('-')
  const numbers = [...new Set([fold(p.number), fold(numberKey(p.number))])]
  const year = p.year === null ? [] : [String(p.year)]
  const forms: string[] = [fold(p.official), p.slug]
  for (const n of numbers) {
    forms.push([n, ...year, ...codes].join(''), [n, ...codes].join(''), `${n}/${symbol}`)
  }
  forms.push(symbol, codes.join(''), ...numbers, ...year, ...codes)
  return [...new Set(forms.filter((f) => f !== ''))]
}

/** Splits a number glued to codes in one word: `43NDCP` → `43`, `NDCP`; `CT15` → `CT`, `15` (not `QH13`). */
function splitGluedNumber(token: string, types: ReadonlyMap<string, string>): string[] {
  const numberFirst = /^(\d+)([A-Z][A-Z0-9&]*)$/.exec(token)
  if (numberFirst) return [numberFirst[1]!, numberFirst[2]!]
  const codeFirst = /^([A-Z]+)(\d+)$/.exec(token)
  if (codeFirst && types.has(codeFirst[1]!)) return [codeFirst[1]!, codeFirst[2]!]
  return [token]
}

/** What matchNumberSymbolQuery found in a query. */
export interface NumberSymbolQuery {
  /** The number without leading zeros: `43`. */
  number: string
  year: number | null
  /** Codes found, folded and upper-case, in order: `['ND', 'CP']`. */
  codes: string[]
}

/**
 * Extracts number, year and codes from a loosely typed query (`nd 43 2011`, `43/2011/ND-CP`,
 * `15 ct ttg`, `nghị định 43/2011`) so the search can rank that document first. Needs one
 * number and at least one known code; null otherwise. Unknown words are ignored.
 */
export function matchNumberSymbolQuery(query: string, options?: NumberSymbolOptions): NumberSymbolQuery | null {
  if (typeof query !== 'string' || query.trim() === '') return null
  const { types, issuers } = lists(options)

  // A well-formed identifier keeps all its codes, even ones we do not know (`1950/TTg-KGVX`).
  if (query.includes('/')) {
    const p = parseNumberSymbol(query, options)
    if (p) {
      const codes = [p.typeCode, p.issuerCode, p.unitCode]
        .filter((c): c is string => Boolean(c))
        .flatMap((c) => c.split('-'))
      return { number: numberKey(p.number), year: p.year, codes: [...new Set(codes.map(codeKey))] }
    }
  }

  let text = ` ${foldAccents(nfc(query)).replace(/[^a-z0-9&]+/g, ' ')} `
  const found: { at: number; code: string }[] = []
  const names = options?.typeNames ?? DEFAULT_TYPE_NAMES
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    const at = text.indexOf(` ${name} `)
    if (at >= 0) {
      found.push({ at, code: codeKey(names[name]!) })
      text = text.slice(0, at) + ' '.repeat(name.length + 1) + text.slice(at + name.length + 1)
    }
  }

  const numbers: string[] = []
  const tokenRe = /[a-z0-9&]+/g
  for (let m = tokenRe.exec(text); m; m = tokenRe.exec(text)) {
    const token = m[0].toUpperCase()
    for (const piece of splitGluedNumber(token, types)) {
      if (/^\d+$/.test(piece)) {
        numbers.push(piece)
        continue
      }
      if (isKnownCode(piece, types, issuers)) found.push({ at: m.index, code: piece })
      else {
        const split = splitTypePrefix(piece, types, issuers, true)
        if (split) found.push({ at: m.index, code: codeKey(split[0]) }, { at: m.index + 0.5, code: codeKey(split[1]) })
      }
    }
  }

  const codes = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))]
  // A lone one-letter code (L) is too common a letter to mean anything by itself.
  if (numbers.length === 0 || codes.length === 0 || (codes.length === 1 && codes[0]!.length < 2)) return null

  let number = numbers[0]!
  let year: number | null = null
  if (numbers.length > 1) {
    const [a, b] = [numbers[0]!, numbers[1]!]
    if (!isYear(a) && isYear(b)) year = Number(b)
    else if (isYear(a) && !isYear(b)) [number, year] = [b, Number(a)]
    else if (isYear(a) && isYear(b)) year = Number(b)
  }
  return { number: numberKey(number), year, codes }
}

/** Returns true when the query contains a number plus a known code, i.e. is probably a number-symbol. */
export function looksLikeNumberSymbol(query: string, options?: NumberSymbolOptions): boolean {
  return matchNumberSymbolQuery(query, options) !== null
}

/**
 * Returns true when a number-symbol query (see matchNumberSymbolQuery) designates the document
 * `raw`: same number, same year when both have one, and every code of the query among the
 * document's codes. Use it to put that document first in the results.
 */
export function numberSymbolMatchesQuery(raw: string, query: string, options?: NumberSymbolOptions): boolean {
  const q = matchNumberSymbolQuery(query, options)
  const p = parseNumberSymbol(raw, options)
  if (!q || !p) return false
  if (numberKey(p.number) !== q.number) return false
  const docYear = p.year ?? options?.issuedYear ?? null
  if (q.year !== null && docYear !== null && q.year !== docYear) return false
  const docCodes = new Set(p.key.split('|').slice(2).join('-').split('-').filter(Boolean))
  return q.codes.every((c) => docCodes.has(c))
}
