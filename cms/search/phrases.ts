/**
 * Phrases in quotes: `"văn bản điện tử"` finds the words adjacent and in that order, accents
 * optional as for single words. The index keeps no word positions, so a phrase is found in two
 * steps: its adjacent pairs are bigrams the index holds (query.ts requires each of them in the
 * record, which for a two-word phrase is the phrase itself), then a phrase of three words or more
 * is checked in the record's stored text (`verifyPhrases`), only for the records that have every
 * word and every pair.
 */
import { foldAccents } from '../lib/vietnamese'
import type { PositionedToken } from './analyzer'
import type { Segment } from './segment'

/** Opening and closing quotes people type: straight, curly, guillemets, low-9. */
const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/g

/** One phrase of the query: its folded words, and whether each is adjacent to the previous one in the query. */
export interface Phrase {
  words: string[]
  /** `joined[i]`: word i follows word i - 1 across a space, `-`, `/` (not other punctuation). */
  joined: boolean[]
  /** The phrase as a pattern over NFC text, any accents. */
  pattern: RegExp
}

/** At most this many phrases in one query are searched as phrases (more are plain words). */
export const MAX_PHRASES = 8

/** The character ranges of the query inside pairs of quotes (an unpaired quote is ignored). */
export function quotedRanges(q: string): [number, number][] {
  const out: [number, number][] = []
  QUOTED.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = QUOTED.exec(q)) !== null) out.push([m.index + 1, m.index + m[0].length - 1])
  return out
}

/** The phrases of a query (two words or more) from its tokens and quoted ranges. */
export function phrasesOf(tokens: PositionedToken[], ranges: [number, number][]): { phrase: Phrase; tokens: number[] }[] {
  const out: { phrase: Phrase; tokens: number[] }[] = []
  for (const [from, to] of ranges) {
    const idx: number[] = []
    tokens.forEach((t, i) => {
      if (t.start >= from && t.end <= to) idx.push(i)
    })
    if (idx.length < 2 || out.length >= MAX_PHRASES) continue
    const phrase = { words: idx.map((i) => tokens[i]!.folded), joined: idx.map((i, k) => k > 0 && tokens[i]!.joined) }
    out.push({ phrase: { ...phrase, pattern: phrasePattern(phrase) }, tokens: idx })
  }
  return out
}

/**
 * Every letter (both cases, with any diacritic) by its folded form: `a` → `aàáảãạăằ…Ạ`, `d` →
 * `dđDĐ`. A phrase is matched on the stored (NFC) text with these classes rather than on a folded
 * copy: folding a long text costs more than the match itself.
 */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const byBase = new Map<string, string>()
  for (const [from, to] of [[0x41, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp)
      if (!/\p{L}/u.test(ch)) continue
      const base = foldAccents(ch)
      if (base.length === 1 && base >= 'a' && base <= 'z') byBase.set(base, (byBase.get(base) ?? '') + ch)
    }
  }
  return byBase
})()

const escape = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|\-/]/g, '\\$&')

/** A folded word as a pattern over unfolded text. */
function wordPattern(word: string): string {
  let out = ''
  for (const ch of word) {
    const variants = VARIANTS.get(ch)
    out += variants ? `[${variants}]` : escape(ch)
  }
  return out
}

/** The phrase as a pattern over stored text: its words at word boundaries, any accents, separated as in the query. */
function phrasePattern(phrase: Omit<Phrase, 'pattern'>): RegExp {
  let src = '(?<![\\p{L}\\p{M}\\p{N}])' + wordPattern(phrase.words[0]!)
  for (let k = 1; k < phrase.words.length; k++) {
    // Adjacent in the query: adjacent in the text (the gaps a bigram may span); else any punctuation.
    src += (phrase.joined[k] ? '[ \\t\\u00a0\\-/\\u2013]+' : '[^\\p{L}\\p{M}\\p{N}]+') + wordPattern(phrase.words[k]!)
  }
  return new RegExp(src + '(?![\\p{L}\\p{M}\\p{N}])', 'u')
}

/** True when the text holds the phrase: its words in order, adjacent where the phrase has them adjacent, accents optional. */
export function textHasPhrase(text: string | undefined, phrase: Phrase): boolean {
  return Boolean(text) && phrase.pattern.test(text!.normalize('NFC'))
}

/**
 * Checks every phrase against a record's stored texts: title and metadata first, then the units
 * the index points at (`hint`, bit k: unit k mod 32), then, only if need be, every unit. Returns
 * null when a phrase is missing, else the index (within the record) of the unit holding the last
 * phrase found only in a unit, or -1 when the metadata holds them all.
 */
export function verifyPhrases(seg: Segment, local: number, phrases: Phrase[], hint = 0): number | null {
  const head = seg.head(local)
  const meta = [head.title, head.summary, head.issuer, head.documentType, head.signer, head.numberSymbol, ...(head.fields ?? [])]
  const count = seg.unitStart[local + 1]! - seg.unitStart[local]!
  const labels = head.u ?? []
  const read = new Map<number, string>()
  /** Every unit's text, read at once when the hinted units are not enough. */
  let all: string[] | null = null
  const unitHas = (i: number, phrase: Phrase) => {
    let text = read.get(i)
    if (text === undefined) read.set(i, (text = all ? (all[i] ?? '') : seg.unitText(local, i, head)))
    const l = labels[i]
    return phrase.pattern.test(text) || Boolean(l && (textHasPhrase(l[1], phrase) || textHasPhrase(l[2], phrase)))
  }
  let unit = -1
  for (const phrase of phrases) {
    if (meta.some((m) => textHasPhrase(m, phrase))) continue
    let found = -1
    if (hint !== 0) for (let i = 0; i < count && found < 0; i++) if (hint & (1 << (i & 31)) && unitHas(i, phrase)) found = i
    if (found < 0 && count > 0) all ??= seg.texts(local, head)
    for (let i = 0; i < count && found < 0; i++) if (!(hint & (1 << (i & 31))) && unitHas(i, phrase)) found = i
    if (found < 0) return null
    unit = found
  }
  return unit
}
