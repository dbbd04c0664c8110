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
  /** ranges[i]: [start, end) character ranges of line i inside quotation marks (marks included). */
  ranges: Array<Array<[number, number]>>
  /** Openers still unclosed at the end, as [line, column]. */
  unclosed: Array<[number, number]>
}

/** Scans once, treating the openers listed in `ignored` ('line:col') as plain characters. */
function scan(lines: string[], ignored: Set<string>): Scan {
  const stack: Array<[number, number, string]> = []
  const insideAtStart: boolean[] = []
  const ranges: Array<Array<[number, number]>> = []
  lines.forEach((line, i) => {
    insideAtStart.push(stack.length > 0)
    const own: Array<[number, number]> = []
    let from = stack.length > 0 ? 0 : -1
    for (const match of line.matchAll(QUOTE_CHAR)) {
      const j = match.index
      let role = quoteRole(line, j)
      if (role === 'ambiguous') role = stack.at(-1)?.[2] === '"' ? 'close' : 'open'
      if (role === 'open' && !ignored.has(`${i}:${j}`)) {
        if (stack.length === 0) from = j
        stack.push([i, j, line[j]!])
      } else if (role === 'close' && stack.length > 0) {
        stack.pop()
        if (stack.length === 0) {
          own.push([from, j + 1])
          from = -1
        }
      }
    }
    if (from >= 0) own.push([from, line.length])
    ranges.push(own)
  })
  return { insideAtStart, ranges, unclosed: stack.map(([i, j]) => [i, j]) }
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
  const { insideAtStart, unclosedLines } = settledScan(lines)
  return { mask: insideAtStart, unclosedLines }
}

/**
 * Returns, for each line, the character ranges inside quotation marks (the quoted wording of
 * another text, or of this text's amendments), with unclosed openers ignored as above.
 */
export function quotedRanges(lines: string[]): Array<Array<[number, number]>> {
  return settledScan(lines).ranges
}

function settledScan(lines: string[]): Scan & { unclosedLines: number[] } {
  const ignored = new Set<string>()
  const unclosedLines = new Set<number>()
  for (;;) {
    const result = scan(lines, ignored)
    const { unclosed } = result
    if (unclosed.length === 0) return { ...result, unclosedLines: [...unclosedLines].sort((a, b) => a - b) }
    for (const [line, col] of unclosed) {
      ignored.add(`${line}:${col}`)
      unclosedLines.add(line)
    }
  }
}
