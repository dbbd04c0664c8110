/**
 * Phrases in quotes: `"văn bản điện tử"` finds the words adjacent and in that order, accents
 * optional as for single words. The index keeps no word positions, so a phrase is found in two
 * steps: its adjacent pairs are bigrams the index holds (query.ts requires each of them in the
 * record, which for a two-word phrase is the phrase itself), then a phrase of three words or more
 * is checked in the record's stored text (`verifyPhrases`), only for the records that have every
 * word and every pair.
 */
import { foldWord, gapJoins, MAX_TOKEN_LENGTH, type PositionedToken, TOKEN_RE, normalizeWord } from './analyzer'
import type { Segment } from './segment'

/** Opening and closing quotes people type: straight, curly, guillemets, low-9. */
const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/g

/** One phrase of the query: its folded words, and whether each is adjacent to the previous one in the query. */
export interface Phrase {
  words: string[]
  /** `joined[i]`: word i follows word i - 1 across a space, `-`, `/` (not other punctuation). */
  joined: boolean[]
}

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
    if (idx.length < 2) continue
    out.push({ phrase: { words: idx.map((i) => tokens[i]!.folded), joined: idx.map((i, k) => k > 0 && tokens[i]!.joined) }, tokens: idx })
  }
  return out
}

/** Folded tokens of a text with their "joined to the previous token" flags. */
function foldedTokens(text: string): { words: string[]; joined: boolean[] } {
  const words: string[] = []
  const joined: boolean[] = []
  TOKEN_RE.lastIndex = 0
  let prevEnd = -1
  let m: RegExpExecArray | null
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0]
    if (raw.length > MAX_TOKEN_LENGTH) {
      prevEnd = -1
      continue
    }
    joined.push(prevEnd >= 0 && gapJoins(text, prevEnd, m.index))
    prevEnd = m.index + raw.length
    words.push(foldWord(normalizeWord(raw)))
  }
  return { words, joined }
}

/** True when the text holds the phrase: its words in order, adjacent where the phrase has them adjacent. */
export function textHasPhrase(text: string | undefined, phrase: Phrase): boolean {
  if (!text) return false
  const first = phrase.words[0]!
  const t = foldedTokens(text)
  const n = phrase.words.length
  outer: for (let i = 0; i + n <= t.words.length; i++) {
    if (t.words[i] !== first) continue
    for (let k = 1; k < n; k++) {
      if (t.words[i + k] !== phrase.words[k]) continue outer
      if (phrase.joined[k] && !t.joined[i + k]) continue outer
    }
    return true
  }
  return false
}

/**
 * Checks every phrase against a record's stored texts: title and metadata first, then its units.
 * Returns null when a phrase is missing, else the index (within the record) of the unit holding
 * the last phrase found only in a unit, or -1 when the metadata holds them all.
 */
export function verifyPhrases(seg: Segment, local: number, phrases: Phrase[]): number | null {
  const head = seg.head(local)
  const meta = [head.title, head.summary, head.issuer, head.documentType, head.signer, head.numberSymbol, ...(head.fields ?? [])]
  let texts: string[] | null = null
  let unit = -1
  for (const phrase of phrases) {
    if (meta.some((m) => textHasPhrase(m, phrase))) continue
    texts ??= seg.texts(local, head)
    const labels = head.u ?? []
    let found = -1
    for (let i = 0; i < texts.length && found < 0; i++) {
      const l = labels[i]
      if (textHasPhrase(texts[i], phrase) || (l && (textHasPhrase(l[1], phrase) || textHasPhrase(l[2], phrase)))) found = i
    }
    if (found < 0) return null
    unit = found
  }
  return unit
}
