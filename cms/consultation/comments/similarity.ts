/**
 * Duplicate and near-duplicate detection for comments. An exact resubmission is refused;
 * near-identical comments from different people (campaigns) are kept but grouped, so the
 * report can say "N ý kiến tương tự" instead of listing the same text N times.
 */
import { createHash } from 'node:crypto'
import { foldAccents } from '../../lib/vietnamese'

/**
 * Returns the text reduced to what makes two comments "the same": no accents (đ → d),
 * lower-case, invisible format characters removed, punctuation and whitespace runs as one space.
 */
export function normaliseForDuplicate(text: string): string {
  // Format characters (zero-width, bidi) are removed before folding so that "dự\u200Bthảo"
  // cannot slip past as a different word; compatibility forms (full-width) become ASCII.
  const folded = foldAccents(String(text ?? '').normalize('NFKC').replace(/\p{Cf}/gu, ''))
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Returns the sha256 hex of the normalised text, prefixed by an optional scope (e.g. draft id + email) so keys only collide within it. */
export function exactKey(text: string, scope?: string): string {
  const hash = createHash('sha256')
  if (scope !== undefined) hash.update(`${scope}\u0000`)
  return hash.update(normaliseForDuplicate(text)).digest('hex')
}

/** Returns the set of word k-shingles of the normalised text; a text shorter than k words is one shingle; empty text gives an empty set. */
export function shingles(text: string, k = 3): Set<string> {
  const size = Math.max(1, Math.trunc(k))
  const words = normaliseForDuplicate(text).split(' ').filter(Boolean)
  const out = new Set<string>()
  if (words.length === 0) return out
  if (words.length <= size) {
    out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

/** Returns |a ∩ b| / |a ∪ b| in [0, 1]; two empty sets give 1 (they are identical). */
export function jaccard(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  const setA = a instanceof Set ? (a as ReadonlySet<string>) : new Set(a as readonly string[])
  const setB = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b as readonly string[])
  if (setA.size === 0 && setB.size === 0) return 1
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA]
  let common = 0
  for (const s of small) if (large.has(s)) common++
  return common / (setA.size + setB.size - common)
}

/**
 * Returns the 64-bit SimHash of the text's word 3-shingles as 16 hex digits (all zeros for
 * empty text). Near-identical texts give hashes a few bits apart: a cheap index for large
 * campaigns before computing exact Jaccard.
 */
export function simhash64(text: string): string {
  const weights = new Array<number>(64).fill(0)
  const features = shingles(text, 3)
  for (const feature of features) {
    const digest = createHash('md5').update(feature).digest()
    for (let bit = 0; bit < 64; bit++) {
      weights[bit]! += (digest[bit >> 3]! >> (7 - (bit & 7))) & 1 ? 1 : -1
    }
  }
  const bytes = Buffer.alloc(8)
  if (features.size > 0) {
    for (let bit = 0; bit < 64; bit++) if (weights[bit]! > 0) bytes[bit >> 3]! |= 1 << (7 - (bit & 7))
  }
  return bytes.toString('hex')
}

/** Returns the number of differing bits between two equal-length hex hashes; throws on malformed input. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length || !/^[0-9a-f]+$/i.test(a) || !/^[0-9a-f]+$/i.test(b)) {
    throw new TypeError('hammingDistance expects two hex strings of the same length')
  }
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`)
  let count = 0
  while (x > 0n) {
    x &= x - 1n
    count++
  }
  return count
}

/** A comment already received, as seen by assignSimilarityGroup. */
export interface SimilarityCandidate {
  id: string
  text: string
  /** Group the comment already belongs to, if any. */
  group?: string | null
}

/**
 * Returns the group a new comment should join: the group of the most similar existing comment
 * (or that comment's id when it has none) if their shingle Jaccard is ≥ threshold, else null.
 * Ties go to the earliest candidate; empty texts never group.
 */
export function assignSimilarityGroup(newText: string, existing: readonly SimilarityCandidate[], threshold = 0.8): string | null {
  const target = shingles(newText)
  if (target.size === 0) return null
  let best: SimilarityCandidate | null = null
  let bestScore = -1
  for (const candidate of existing) {
    const other = shingles(candidate.text)
    if (other.size === 0) continue
    const score = jaccard(target, other)
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  if (!best || bestScore < threshold) return null
  return best.group || best.id
}
