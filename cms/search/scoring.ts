/**
 * Scoring, the hot part of a query: walks the plan's postings of one segment into reused scratch
 * arrays (per record, per article), picks each record's best article and pushes one candidate per
 * live record; number-symbol hits per segment; top-k selection. Kept as flat loops over typed
 * arrays on purpose (no per-posting objects or closures): see README.md "Storage and speed".
 */
import { type NumberQuery, parseNumberSymbol, scoreNumberMatch } from './number-tokens'
import type { Plan } from './query'
import { type FieldPostings, type Segment, UNIT_FIELDS } from './segment'
import { F64Vec, I32Vec, U32Vec } from './vec'

const OTHER_UNITS_WEIGHT = 0.2

class Scratch {
  recScore = new Float64Array(0)
  recBest = new Float64Array(0)
  recBestUnit = new Int32Array(0)
  recSum = new Float64Array(0)
  recMask = new Uint32Array(0)
  recMeta = new Uint32Array(0)
  recNum = new Float64Array(0)
  recPhr = new Uint8Array(0)
  recCommon = new Uint32Array(0)
  recUnits = new Uint32Array(0)
  recFlag = new Uint8Array(0)
  recTouched = new Int32Array(0)
  unitScore = new Float32Array(0)
  unitMask = new Uint32Array(0)
  unitTouched = new Int32Array(0)

  ensure(records: number, units: number): void {
    if (this.recScore.length < records) {
      const n = Math.max(records, this.recScore.length * 2, 1024)
      this.recScore = new Float64Array(n)
      this.recBest = new Float64Array(n)
      this.recBestUnit = new Int32Array(n)
      this.recSum = new Float64Array(n)
      this.recMask = new Uint32Array(n)
      this.recMeta = new Uint32Array(n)
      this.recNum = new Float64Array(n)
      this.recPhr = new Uint8Array(n)
      this.recCommon = new Uint32Array(n)
      this.recUnits = new Uint32Array(n)
      this.recFlag = new Uint8Array(n)
      this.recTouched = new Int32Array(n)
    }
    if (this.unitScore.length < units) {
      const n = Math.max(units, this.unitScore.length * 2, 1024)
      this.unitScore = new Float32Array(n)
      this.unitMask = new Uint32Array(n)
      this.unitTouched = new Int32Array(n)
    }
  }
}

const scratch = new Scratch()

export class Candidates {
  clear(): void {
    this.seg.length = 0
    this.local.length = 0
    this.score.length = 0
    this.unit.length = 0
    this.mask.length = 0
    this.meta.length = 0
    this.num.length = 0
    this.phr.length = 0
    this.units.length = 0
  }

  seg = new I32Vec(1024)
  local = new I32Vec(1024)
  score = new F64Vec(1024)
  unit = new I32Vec(1024)
  mask = new U32Vec(1024)
  meta = new U32Vec(1024)
  num = new F64Vec(1024)
  /** Bit p: phrase p of the query has all its words and pairs in one article, or in the title and metadata. */
  phr = new U32Vec(1024)
  /** Bit k: the record's unit k (mod 32) has every word and pair of a phrase (where to check its text first). */
  units = new U32Vec(1024)
  get length(): number {
    return this.seg.length
  }
  push(seg: number, local: number, score: number, unit: number, mask: number, meta: number, num: number, phr: number, units = 0): void {
    this.units.push(units)
    this.seg.push(seg)
    this.local.push(local)
    this.score.push(score)
    this.unit.push(unit)
    this.mask.push(mask)
    this.meta.push(meta)
    this.num.push(num)
    this.phr.push(phr)
  }
}

/** Reused across queries (search is synchronous). */
export const sharedCandidates = new Candidates()

/** Marks a unit as touched in its mask (query words use the low 16 bits, a phrase's pairs the next 14). */
const TOUCHED = 1 << 30
/** The bits of the query's words in a mask. */
export const WORD_BITS = 0xffff

export function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

export function scoreSegment(
  seg: Segment,
  segIndex: number,
  plan: Plan,
  lookups: Int32Array,
  numberHits: Map<number, number> | undefined,
  out: Candidates,
): void {
  const s = scratch
  s.ensure(seg.records, seg.units)
  const recScore = s.recScore
  const recMask = s.recMask
  const recMeta = s.recMeta
  const recFlag = s.recFlag
  const recT = s.recTouched
  const unitScore = s.unitScore
  const unitMask = s.unitMask
  const unitT = s.unitTouched
  let nR = 0
  let nU = 0
  let li = 0
  /** Bits of words matched through record-level lists: counted as present in every unit. */
  let commonBits = 0
  for (const g of plan.groups) {
    const bit = g.bit
    const tbit = bit | TOUCHED
    for (let v = 0; v < g.variants.length; v++) {
      for (const f of g.fields) {
        const k = lookups[li++]!
        if (k === -1) continue
        const P: FieldPostings = seg.postings[f]!
        const m = g.mult[f]! * g.weights[v]!
        let doc = -1
        if (k >= 0 && UNIT_FIELDS.has(f)) {
          const data = P.data
          let p = P.offs[k]!
          const end = P.offs[k + 1]!
          while (p < end) {
            let b = data[p++]!
            let gap = b & 127
            let shift = 7
            while (b & 128) {
              b = data[p++]!
              gap |= (b & 127) << shift
              shift += 7
            }
            doc += gap
            const um = unitMask[doc]!
            if (um === 0) unitT[nU++] = doc
            unitMask[doc] = um | tbit
            unitScore[doc]! += data[p++]! * m
          }
        } else {
          const common = k < -1
          const data = common ? P.cData : P.data
          const kk = common ? -2 - k : k
          const offs = common ? P.cOffs : P.offs
          let p = offs[kk]!
          const end = offs[kk + 1]!
          const meta = common ? 0 : bit
          const recCommon = s.recCommon
          if (common) commonBits |= bit
          while (p < end) {
            let b = data[p++]!
            let gap = b & 127
            let shift = 7
            while (b & 128) {
              b = data[p++]!
              gap |= (b & 127) << shift
              shift += 7
            }
            doc += gap
            if (recFlag[doc] === 0) {
              recFlag[doc] = 1
              recT[nR++] = doc
            }
            recScore[doc]! += data[p++]! * m
            recMask[doc]! |= bit
            recMeta[doc]! |= meta
            if (common) recCommon[doc]! |= bit
          }
        }
      }
    }
  }
  const recBest = s.recBest
  const recBestUnit = s.recBestUnit
  const recSum = s.recSum
  const recPhr = s.recPhr
  const recCommon = s.recCommon
  const recUnits = s.recUnits
  const unitRecord = seg.unitRecord
  const unitStart = seg.unitStart
  const words = plan.words
  const needs = plan.phraseNeeds
  for (let i = 0; i < nU; i++) {
    const u = unitT[i]!
    const r = unitRecord[u]!
    const mask = unitMask[u]! & ~TOUCHED
    for (let p = 0; p < needs.length; p++) {
      if (((mask | recCommon[r]!) & needs[p]!) === needs[p]) {
        recPhr[r]! |= 1 << p
        recUnits[r]! |= 1 << ((u - unitStart[r]!) & 31)
      }
    }
    const cov = popcount((mask | commonBits) & WORD_BITS) / words
    const sc = unitScore[u]! * cov * cov
    if (recFlag[r] === 0) {
      recFlag[r] = 1
      recT[nR++] = r
    }
    recMask[r]! |= mask
    recSum[r]! += sc
    if (sc > recBest[r]!) {
      recBest[r] = sc
      recBestUnit[r] = u
    }
    unitScore[u] = 0
    unitMask[u] = 0
  }
  const recNum = s.recNum
  if (numberHits) {
    for (const [r, sc] of numberHits) {
      if (recFlag[r] === 0) {
        recFlag[r] = 1
        recT[nR++] = r
      }
      recNum[r] = sc
    }
  }
  const dead = seg.dead
  for (let i = 0; i < nR; i++) {
    const r = recT[i]!
    if (!dead[r]) {
      const best = recBest[r]!
      // The best article counts fully; other matching articles add a little (a document about the
      // subject throughout beats one that mentions it once), at most a fifth of the best.
      const text = best + OTHER_UNITS_WEIGHT * Math.min(recSum[r]! - best, best)
      let phr = recPhr[r]!
      // Title and metadata count as one place a phrase may be; so do lists kept per record (very common words).
      for (let p = 0; p < needs.length; p++) if (((recMeta[r]! | recCommon[r]!) & needs[p]!) === needs[p]) phr |= 1 << p
      out.push(segIndex, r, recScore[r]! + text + recNum[r]!, best > 0 ? recBestUnit[r]! : -1, recMask[r]!, recMeta[r]!, recNum[r]!, phr, recUnits[r]!)
    }
    recScore[r] = 0
    recBest[r] = 0
    recSum[r] = 0
    recBestUnit[r] = 0
    recMask[r] = 0
    recMeta[r] = 0
    recNum[r] = 0
    recPhr[r] = 0
    recCommon[r] = 0
    recUnits[r] = 0
    recFlag[r] = 0
  }
}

/** Records of a segment whose number-symbol matches the query, with their number score; `typeName` names a record's document type. */
export function numberHitsFor(seg: Segment, nq: NumberQuery, typeName: (typeId: number) => string | undefined): Map<number, number> | undefined {
  let hits: Map<number, number> | undefined
  for (const num of nq.numbers) {
    for (const local of seg.numberCandidates(num)) {
      const parts = parseNumberSymbol(seg.numberSymbols[local])
      if (!parts) continue
      const type = seg.type[local]!
      const sc = scoreNumberMatch(nq, num, parts, { documentType: type >= 0 ? typeName(type) : undefined, year: seg.year[local]! })
      if (sc <= 0) continue
      hits ??= new Map()
      if (sc > (hits.get(local) ?? 0)) hits.set(local, sc)
    }
  }
  return hits
}

/** Indices of the best `k` of `idx` by `better(a, b)` (true when a ranks before b), in order. */
export function topK(idx: Int32Array, n: number, k: number, better: (a: number, b: number) => boolean): number[] {
  if (k <= 0) return []
  if (n <= 256 || k * 8 >= n) {
    const arr = Array.from(idx.subarray(0, n))
    arr.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
    return arr.slice(0, k)
  }
  // min-heap (worst at the top) of size k
  const heap: number[] = []
  const worse = (a: number, b: number) => better(b, a)
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (worse(heap[i]!, heap[p]!)) {
        ;[heap[i], heap[p]] = [heap[p]!, heap[i]!]
        i = p
      } else break
    }
  }
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r
      if (m === i) break
      ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
      i = m
    }
  }
  for (let i = 0; i < n; i++) {
    const c = idx[i]!
    if (heap.length < k) {
      heap.push(c)
      up(heap.length - 1)
    } else if (better(c, heap[0]!)) {
      heap[0] = c
      down(0)
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
}
