/**
 * Vietnamese text analysis shared by indexing, querying and snippets.
 *
 * A token is a run of Unicode letters, combining marks and digits, lower-cased, in NFC, with its
 * tone mark placed by one rule (`hoà` = `hòa`, `thuỷ` = `thủy`, NFD input = NFC input). Nothing is
 * stemmed and no stop word is dropped. Each token also has a folded key (no diacritics, `đ`→`d`)
 * used for accent-insensitive matching. Bigrams are two adjacent tokens joined by one space,
 * built only across whitespace, `-`, `/` or `–` (not across other punctuation or line breaks).
 *
 * The same functions are exposed as lunr pipeline functions (`vi-trimmer`, `vi-folder`) and a
 * lunr plugin (`vietnameseLunr`), registered so that saved lunr indexes load.
 */
import lunr from 'lunr'
import { foldAccents, normalizeTonePlacement } from '../lib/vietnamese'

/** A token: a run of letters, combining marks and digits (global regex: reset lastIndex). */
export const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu
/** Longer runs are not words (hashes, URLs squashed together): they are skipped. */
export const MAX_TOKEN_LENGTH = 40

const normCache = new Map<string, string>()
const foldCache = new Map<string, string>()
const CACHE_LIMIT = 200_000

/** Canonical form of one word: lower-case NFC with normalised tone placement. */
export function normalizeWord(raw: string): string {
  let w = normCache.get(raw)
  if (w === undefined) {
    w = normalizeTonePlacement(raw.normalize('NFC').toLowerCase())
    if (normCache.size >= CACHE_LIMIT) normCache.clear()
    normCache.set(raw, w)
  }
  return w
}

/** Accent-folded key of a canonical word (`điện` → `dien`). */
export function foldWord(word: string): string {
  let f = foldCache.get(word)
  if (f === undefined) {
    f = foldAccents(word)
    if (foldCache.size >= CACHE_LIMIT) foldCache.clear()
    foldCache.set(word, f)
  }
  return f
}

/** Folded key of a term (a word or a `a b` bigram). */
export function foldTerm(term: string): string {
  const sp = term.indexOf(' ')
  if (sp < 0) return foldWord(term)
  return foldWord(term.slice(0, sp)) + ' ' + foldWord(term.slice(sp + 1))
}

/** True when the characters between two tokens let them form a bigram. */
export function gapJoins(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 160 && c !== 45 && c !== 47 && c !== 8211) return false
  }
  return true
}

/**
 * Calls `fn(raw, joined)` for every token of `text`; `joined` is true when the token is adjacent to
 * the previous one (a bigram may be formed). `raw` is the token as written (not normalised).
 */
export function forEachRawToken(text: string, fn: (raw: string, joined: boolean) => void): void {
  TOKEN_RE.lastIndex = 0
  let prevEnd = -1
  let m: RegExpExecArray | null
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0]
    if (raw.length > MAX_TOKEN_LENGTH) {
      prevEnd = -1
      continue
    }
    const joined = prevEnd >= 0 && gapJoins(text, prevEnd, m.index)
    prevEnd = m.index + raw.length
    fn(raw, joined)
  }
}

export interface PositionedToken {
  start: number
  end: number
  word: string
  folded: string
  joined: boolean
}

/** Tokens with their offsets in `text` (used for snippets). */
export function tokenizeWithOffsets(text: string): PositionedToken[] {
  const out: PositionedToken[] = []
  TOKEN_RE.lastIndex = 0
  let prevEnd = -1
  let m: RegExpExecArray | null
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0]
    if (raw.length > MAX_TOKEN_LENGTH) {
      prevEnd = -1
      continue
    }
    const joined = prevEnd >= 0 && gapJoins(text, prevEnd, m.index)
    prevEnd = m.index + raw.length
    const word = normalizeWord(raw)
    out.push({ start: m.index, end: prevEnd, word, folded: foldWord(word), joined })
  }
  return out
}

/** Canonical words of a text, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = []
  forEachRawToken(text, (raw) => out.push(normalizeWord(raw)))
  return out
}

// ---------------------------------------------------------------------------------------------
// lunr integration

/** lunr tokenizer that splits like `forEachRawToken` (lunr's own splits only on spaces/hyphens). */
export function vietnameseTokenizer(obj?: unknown, metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return []
  const values = Array.isArray(obj) ? obj.map((v) => String(v)) : [String(obj)]
  const tokens: lunr.Token[] = []
  for (const value of values) {
    TOKEN_RE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = TOKEN_RE.exec(value)) !== null) {
      if (m[0].length > MAX_TOKEN_LENGTH) continue
      tokens.push(new lunr.Token(m[0], { ...(metadata ?? {}), position: [m.index, m[0].length], index: tokens.length }))
    }
  }
  return tokens
}
vietnameseTokenizer.separator = /[^\p{L}\p{M}\p{N}]+/u

/** lunr pipeline function: keeps Vietnamese letters, NFC, lower case, one tone placement. */
export const viTrimmer: lunr.PipelineFunction = (token) => {
  const s = token.toString().replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '')
  if (!s) return undefined as unknown as lunr.Token
  return token.update(() => normalizeWord(s))
}

/** lunr pipeline function: adds the accent-folded form next to the exact one. */
export const viFolder: lunr.PipelineFunction = (token) => {
  const s = token.toString()
  const f = foldWord(s)
  return (f === s ? token : [token, token.clone(() => f)]) as unknown as lunr.Token
}

lunr.Pipeline.registerFunction(viTrimmer, 'vi-trimmer')
lunr.Pipeline.registerFunction(viFolder, 'vi-folder')

/**
 * lunr plugin: Vietnamese tokenizer and pipelines (no English stemmer, stop words or trimmer).
 * Use as `lunr(function () { this.use(vietnameseLunr); … })`.
 */
export function vietnameseLunr(builder: lunr.Builder): void {
  ;(builder as unknown as { tokenizer: typeof vietnameseTokenizer }).tokenizer = vietnameseTokenizer
  builder.pipeline.reset()
  builder.searchPipeline.reset()
  builder.pipeline.add(viTrimmer, viFolder)
  // Querying `văn` also looks up `van`: exact-diacritic documents match both and rank first.
  builder.searchPipeline.add(viTrimmer, viFolder)
}
