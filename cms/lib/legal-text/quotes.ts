/**
 * Quotation tracking across lines. An amending article quotes whole articles
 * (“Điều 5. … 1. … a) …”) over many lines; those lines must stay text and never become units.
 */

type QuoteRole = 'open' | 'close' | 'ambiguous' | null

const OPENERS = new Set(['“', '«', '„'])
const CLOSERS = new Set(['”', '»'])
const QUOTES = new Set([...OPENERS, ...CLOSERS, '"'])
/** Any quote character: the scan visits only these positions. */
const QUOTE_CHAR = /[“«„”»"]/gu
const BEFORE_OPENER = /[\s([{—–\-:]/u
const AFTER_CLOSER = /[\s.,;:!?)\]}…/]/u

/** Classifies the quote character at `index` from its neighbours, correcting common mistypings. */
function quoteRole(line: string, index: number): QuoteRole {
  const ch = line[index]!
  if (!QUOTES.has(ch)) return null
  const before = index === 0 ? ' ' : line[index - 1]!
  const after = index + 1 >= line.length ? ' ' : line[index + 1]!
  const opensWord = BEFORE_OPENER.test(before) && !/\s/.test(after)
  const closesWord = !/\s/.test(before) && AFTER_CLOSER.test(after)
  if (OPENERS.has(ch)) {
    // '…nội dung.“' at the end of a sentence is a closer typed with the wrong glyph.
    return /[\p{L}\p{N}.;!?)]/u.test(before) && closesWord && !opensWord ? 'close' : 'open'
  }
  if (CLOSERS.has(ch)) return opensWord && !closesWord && /[\p{L}\p{N}]/u.test(after) ? 'open' : 'close'
  if (ch === '"') return opensWord && !closesWord ? 'open' : closesWord && !opensWord ? 'close' : 'ambiguous'
  return null
}

interface Scan {
  /** insideAtStart[i]: line i begins inside a quotation. */
  insideAtStart: boolean[]
  /** Openers still unclosed at the end, as [line, column]. */
  unclosed: Array<[number, number]>
}

/** Scans once, treating the openers listed in `ignored` ('line:col') as plain characters. */
function scan(lines: string[], ignored: Set<string>): Scan {
  const stack: Array<[number, number, string]> = []
  const insideAtStart: boolean[] = []
  lines.forEach((line, i) => {
    insideAtStart.push(stack.length > 0)
    for (const match of line.matchAll(QUOTE_CHAR)) {
      const j = match.index
      let role = quoteRole(line, j)
      if (role === 'ambiguous') role = stack.at(-1)?.[2] === '"' ? 'close' : 'open'
      if (role === 'open' && !ignored.has(`${i}:${j}`)) stack.push([i, j, line[j]!])
      else if (role === 'close') stack.pop()
    }
  })
  return { insideAtStart, unclosed: stack.map(([i, j]) => [i, j]) }
}

/** Result of `quotedLineMask`. */
export interface QuoteMask {
  /** mask[i]: line i begins inside quoted text, so it cannot start a unit. */
  mask: boolean[]
  /** Indexes (into the given lines) of opening quotes that never close. */
  unclosedLines: number[]
}

/**
 * Returns which lines begin inside a quotation. An opening quote that is never closed would
 * swallow the rest of the document, so it is then treated as a plain character and the
 * scan repeated; its line is reported for a warning. Openers left unclosed were never popped,
 * so ignoring them all at once leaves the other pairs as they were: usually one rescan.
 */
export function quotedLineMask(lines: string[]): QuoteMask {
  const ignored = new Set<string>()
  const unclosedLines = new Set<number>()
  for (;;) {
    const { insideAtStart, unclosed } = scan(lines, ignored)
    if (unclosed.length === 0) return { mask: insideAtStart, unclosedLines: [...unclosedLines].sort((a, b) => a - b) }
    for (const [line, col] of unclosed) {
      ignored.add(`${line}:${col}`)
      unclosedLines.add(line)
    }
  }
}
