/**
 * Term dictionary shared by all segments of one engine: term string ⇄ integer id, and the
 * accent-folded key → ids of every exact term with that key (`ban` → bản, bán, ban, bàn…).
 * Unigrams and bigrams (`điện tử`) share the id space. Ids are append-only for the engine's life.
 */
import { foldTerm, normalizeWord } from './analyzer'

const RAW_CACHE_LIMIT = 500_000

/** Open-addressing hash map from a pair of term ids to a term id (bigram lookups are hot). */
class PairMap {
  private mask = 1023
  private a = new Int32Array(1024).fill(-1)
  private b = new Int32Array(1024)
  private v = new Int32Array(1024)
  private count = 0

  private slot(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0
    h ^= h >>> 15
    let i = h & this.mask
    while (this.a[i] !== -1 && (this.a[i] !== a || this.b[i] !== b)) i = (i + 1) & this.mask
    return i
  }

  get(a: number, b: number): number {
    const i = this.slot(a, b)
    return this.a[i] === -1 ? -1 : this.v[i]!
  }

  set(a: number, b: number, v: number): void {
    if ((this.count + 1) * 2 > this.mask) this.grow()
    const i = this.slot(a, b)
    if (this.a[i] === -1) this.count++
    this.a[i] = a
    this.b[i] = b
    this.v[i] = v
  }

  private grow(): void {
    const oa = this.a
    const ob = this.b
    const ov = this.v
    const size = (this.mask + 1) * 2
    this.mask = size - 1
    this.a = new Int32Array(size).fill(-1)
    this.b = new Int32Array(size)
    this.v = new Int32Array(size)
    for (let i = 0; i < oa.length; i++) {
      if (oa[i] === -1) continue
      const j = this.slot(oa[i]!, ob[i]!)
      this.a[j] = oa[i]!
      this.b[j] = ob[i]!
      this.v[j] = ov[i]!
    }
  }
}

export class Dictionary {
  readonly terms: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly groups = new Map<string, number | number[]>()
  private readonly rawIds = new Map<string, number>()
  private readonly bigramIds = new PairMap()

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
    let id = this.bigramIds.get(a, b)
    if (id < 0) {
      id = this.intern(this.terms[a] + ' ' + this.terms[b])
      this.bigramIds.set(a, b, id)
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
      if (a !== undefined && b !== undefined) d.bigramIds.set(a, b, id)
    }
    return d
  }
}
