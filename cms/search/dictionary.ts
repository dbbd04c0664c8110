/**
 * Term dictionary shared by all segments of one engine: term string ⇄ integer id, and the
 * accent-folded key → ids of every exact term with that key (`ban` → bản, bán, ban, bàn…).
 * Unigrams and bigrams (`điện tử`) share the id space. Ids are append-only for the engine's life.
 */
import { foldTerm, normalizeWord } from './analyzer'

const RAW_CACHE_LIMIT = 500_000
/** Bigram keys are `a * 2^26 + b`: exact in a double while ids stay below 2^26. */
const BIGRAM_SHIFT = 67_108_864

export class Dictionary {
  readonly terms: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly groups = new Map<string, number | number[]>()
  private readonly rawIds = new Map<string, number>()
  private readonly bigramIds = new Map<number, number>()

  get size(): number {
    return this.terms.length
  }

  get(term: string): number | undefined {
    return this.ids.get(term)
  }

  intern(term: string): number {
    let id = this.ids.get(term)
    if (id !== undefined) return id
    id = this.terms.length
    this.terms.push(term)
    this.ids.set(term, id)
    const key = foldTerm(term)
    const g = this.groups.get(key)
    if (g === undefined) this.groups.set(key, id)
    else if (typeof g === 'number') this.groups.set(key, [g, id])
    else g.push(id)
    return id
  }

  /** Id of a word as written in a text (normalised, cached by raw form). */
  internRaw(raw: string): number {
    let id = this.rawIds.get(raw)
    if (id === undefined) {
      id = this.intern(normalizeWord(raw))
      if (this.rawIds.size >= RAW_CACHE_LIMIT) this.rawIds.clear()
      this.rawIds.set(raw, id)
    }
    return id
  }

  bigram(a: number, b: number): number {
    const key = a * BIGRAM_SHIFT + b
    let id = this.bigramIds.get(key)
    if (id === undefined) {
      id = this.intern(this.terms[a] + ' ' + this.terms[b])
      this.bigramIds.set(key, id)
    }
    return id
  }

  /** Ids of every exact term whose folded key is `folded`. */
  variants(folded: string): number[] {
    const g = this.groups.get(folded)
    if (g === undefined) return []
    return typeof g === 'number' ? [g] : g
  }

  /** Restores a dictionary from its term list (as saved). */
  static fromTerms(terms: string[]): Dictionary {
    const d = new Dictionary()
    for (const t of terms) d.intern(t)
    for (let id = 0; id < terms.length; id++) {
      const t = terms[id]!
      const sp = t.indexOf(' ')
      if (sp < 0) continue
      const a = d.ids.get(t.slice(0, sp))
      const b = d.ids.get(t.slice(sp + 1))
      if (a !== undefined && b !== undefined) d.bigramIds.set(a * BIGRAM_SHIFT + b, id)
    }
    return d
  }
}
