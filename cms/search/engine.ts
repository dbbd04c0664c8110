/**
 * The search engine: a list of immutable segments (segment.ts) plus tombstones, like a small
 * Lucene. See README.md for the design and its measured costs.
 *
 * - rebuild(): streams records into segments of ~SEGMENT_WORDS words (progress per record).
 * - upsert(): marks the previous version dead and adds a one-record segment: visible at once.
 *   Segments made by updates are merged by size tiers (8 of a tier → 1 of the next), and a small
 *   segment with more than half of its records dead is re-indexed from its stored copies; the
 *   cost of one merge is bounded (segments above MERGE_MAX_WORDS / 8 words are left alone, as are
 *   the large segments a rebuild makes: only the next rebuild replaces them).
 * - remove(): marks the record dead: invisible at once (every query skips dead records).
 * - search(): number-symbol lookup (lunr, per segment) + BM25 over compact postings, AND across
 *   the record (falls back to "most words" when nothing has them all), grouped per record with
 *   its best article, filters, disjunctive facet counts, relevance/date sort and pagination.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import lunr from 'lunr'
import { tokenizeWithOffsets } from './analyzer'
import { Dictionary } from './dictionary'
import { type NumberQuery, parseNumberQuery, parseNumberSymbol, scoreNumberMatch } from './number-tokens'
import { readContainer, writeContainer } from './persist'
import {
  F_META,
  F_RECBI,
  F_TEXT,
  F_TEXTBI,
  F_TITLE,
  FIELD_COUNT,
  type FacetDicts,
  type FieldPostings,
  KINDS,
  type LengthStats,
  normalizeRecord,
  recordKey,
  Segment,
  SegmentBuilder,
  TF_SCALE,
  UNIT_FIELDS,
  ValueDict,
} from './segment'
import { escapeHtml, makeSnippet, type SnippetTerms } from './snippet'
import type {
  SearchEngine,
  SearchEngineOptions,
  SearchFacets,
  SearchHit,
  SearchKind,
  SearchQuery,
  SearchRecord,
  SearchResult,
} from './types'
import { F64Vec, I32Vec, U32Vec } from './vec'

export const MAX_QUERY_LENGTH = 500
const MAX_WORDS = 16
const MAX_RESULTS_WINDOW = 10_000
const DEFAULT_PAGE_SIZE = 10
const MAX_PAGE_SIZE = 100
/** Segment size while rebuilding (words indexed) and record cap. */
const SEGMENT_WORDS = 6_000_000
const SEGMENT_RECORDS = 20_000
/** Merge policy for segments created by updates. */
const MERGE_FACTOR = 8
const MERGE_MAX_WORDS = 2_000_000
/** Weight of a variant that only matches without diacritics, when the query has diacritics. */
const FOLDED_WEIGHT = 0.3
/** Field boosts: title, meta, record bigrams, article text, article bigrams. */
const BOOST = [3, 1, 3, 1, 1.5]
const OTHER_UNITS_WEIGHT = 0.2
const FORMAT = 'portal-search'
const FORMAT_VERSION = 1

const MSG_EMPTY = 'Vui lòng nhập từ khóa (có dấu hoặc không dấu) hoặc số ký hiệu văn bản, ví dụ: 43/2011/NĐ-CP.'
const MSG_TOO_LONG = `Từ khóa quá dài (tối đa ${MAX_QUERY_LENGTH} ký tự). Vui lòng rút gọn từ khóa.`
const MSG_NO_WORDS = 'Từ khóa không chứa chữ hoặc số. Vui lòng nhập từ khóa khác, ví dụ: văn bản điện tử.'
const MSG_PARTIAL = 'Không có kết quả chứa tất cả các từ khóa; đang hiển thị kết quả chứa một phần từ khóa.'
const MSG_NONE = 'Không tìm thấy kết quả phù hợp. Hãy thử từ khóa khác, kiểm tra chính tả hoặc bỏ bớt bộ lọc.'

// ---------------------------------------------------------------------------------------------
// state

interface Location {
  seg: Segment
  local: number
}

class IndexState {
  dict = new Dictionary()
  facets: FacetDicts = {
    documentType: new ValueDict(),
    issuer: new ValueDict(),
    validity: new ValueDict(),
    field: new ValueDict(),
  }
  segments: Segment[] = []
  locations = new Map<string, Location>()
  stats: LengthStats = { lenSum: new Float64Array(FIELD_COUNT), docs: new Float64Array(FIELD_COUNT) }

  constructor(readonly fullText: boolean) {}

  builder(): SegmentBuilder {
    return new SegmentBuilder(this.dict, this.facets, this.fullText)
  }

  addSegment(seg: Segment): void {
    this.segments.push(seg)
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.stats.lenSum[f]! += seg.postings[f]!.lenSum
      this.stats.docs[f]! += seg.postings[f]!.docCount
    }
    for (let i = 0; i < seg.records; i++) {
      if (seg.dead[i]) continue
      const key = seg.keys[i]!
      const prev = this.locations.get(key)
      if (prev && prev.seg !== seg) prev.seg.kill(prev.local)
      else if (prev && prev.seg === seg) seg.kill(prev.local)
      this.locations.set(key, { seg, local: i })
    }
  }

  dropSegment(seg: Segment): void {
    const i = this.segments.indexOf(seg)
    if (i < 0) return
    this.segments.splice(i, 1)
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.stats.lenSum[f]! -= seg.postings[f]!.lenSum
      this.stats.docs[f]! -= seg.postings[f]!.docCount
    }
  }

  kill(key: string): boolean {
    const loc = this.locations.get(key)
    if (!loc) return false
    loc.seg.kill(loc.local)
    this.locations.delete(key)
    return true
  }

  /** Re-indexes the live records of `segs` into one segment that replaces them. */
  merge(segs: Segment[]): void {
    const b = this.builder()
    for (const s of segs) for (let i = 0; i < s.records; i++) if (!s.dead[i]) b.add(s.record(i))
    for (const s of segs) this.dropSegment(s)
    if (b.records > 0) this.addSegment(b.finish(this.stats))
  }

  maintain(): void {
    for (const s of [...this.segments]) {
      if (s.live === 0) this.dropSegment(s)
      else if (s.words <= MERGE_MAX_WORDS && s.records > 1 && s.live * 2 < s.records) this.merge([s])
    }
    const mergeable = MERGE_MAX_WORDS / MERGE_FACTOR
    const tier = (s: Segment) => Math.floor(Math.log(Math.max(1, s.words)) / Math.log(MERGE_FACTOR))
    for (;;) {
      const tiers = new Map<number, Segment[]>()
      for (const s of this.segments) {
        if (s.words > mergeable) continue
        const t = tier(s)
        if (!tiers.has(t)) tiers.set(t, [])
        tiers.get(t)!.push(s)
      }
      const full = [...tiers.entries()].filter(([, list]) => list.length >= MERGE_FACTOR).sort((a, b) => a[0] - b[0])[0]
      if (!full) break
      this.merge(full[1].sort((a, b) => a.words - b.words).slice(0, MERGE_FACTOR))
    }
  }
}

// ---------------------------------------------------------------------------------------------
// query planning

interface Group {
  /** Bit in the AND mask (0 for bigrams: they only add score). */
  bit: number
  bigram: boolean
  variants: number[]
  weights: number[]
  fields: number[]
  /** Per field: idf × boost × TF_SCALE. */
  mult: Float64Array
}

interface Plan {
  groups: Group[]
  words: number
  fullMask: number
  /** Per segment: posting index per (group, variant, field), -1 when absent. */
  lookups: Int32Array[]
  snippet: SnippetTerms
}

function hasDiacritics(word: string, folded: string): boolean {
  return word !== folded
}

function idf(df: number, n: number): number {
  const d = Math.min(df, n)
  return Math.log(1 + Math.abs((n - d + 0.5) / (d + 0.5)))
}

function planQuery(state: IndexState, q: string): Plan | null {
  const tokens = tokenizeWithOffsets(q)
  if (tokens.length === 0) return null
  const groups: Group[] = []
  const byFolded = new Map<string, { exact: Set<string>; bit: number }>()
  for (const t of tokens) {
    let g = byFolded.get(t.folded)
    if (!g) {
      if (byFolded.size >= MAX_WORDS) continue
      g = { exact: new Set(), bit: 1 << byFolded.size }
      byFolded.set(t.folded, g)
    }
    g.exact.add(t.word)
  }
  const pairs = new Map<string, Set<string>>()
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!
    const b = tokens[i]!
    if (!b.joined || !byFolded.has(a.folded) || !byFolded.has(b.folded)) continue
    const key = a.folded + ' ' + b.folded
    let set = pairs.get(key)
    if (!set) {
      if (pairs.size >= MAX_WORDS) continue
      set = new Set()
      pairs.set(key, set)
    }
    set.add(a.word + ' ' + b.word)
  }
  const dict = state.dict
  const makeGroup = (folded: string, exact: Set<string>, bit: number, bigram: boolean): Group => {
    const variants = dict.variants(folded)
    const accented = [...exact].some((e) => hasDiacritics(e, folded))
    const weights = variants.map((id) => (!accented || exact.has(dict.terms[id]!) ? 1 : FOLDED_WEIGHT))
    const fields = bigram ? [F_RECBI, F_TEXTBI] : [F_TITLE, F_META, F_TEXT]
    return { bit, bigram, variants, weights, fields, mult: new Float64Array(FIELD_COUNT) }
  }
  for (const [folded, g] of byFolded) groups.push(makeGroup(folded, g.exact, g.bit, false))
  for (const [folded, exact] of pairs) groups.push(makeGroup(folded, exact, 0, true))

  const segs = state.segments
  const lookups: Int32Array[] = []
  let size = 0
  for (const g of groups) size += g.variants.length * g.fields.length
  const df = new Float64Array(groups.length * FIELD_COUNT)
  for (const seg of segs) {
    const l = new Int32Array(size)
    let li = 0
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!
      for (const id of g.variants) {
        for (const f of g.fields) {
          const k = seg.find(f, id)
          if (k >= 0) {
            l[li++] = k
            df[gi * FIELD_COUNT + f]! += seg.postings[f]!.dfs[k]!
            continue
          }
          const c = UNIT_FIELDS.has(f) ? seg.findCommon(f, id) : -1
          // -1: absent; -2 - c: record-level list of a very common term
          l[li++] = c >= 0 ? -2 - c : -1
          if (c >= 0) df[gi * FIELD_COUNT + f]! += seg.postings[f]!.cDfs[c]!
        }
      }
    }
    lookups.push(l)
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!
    for (const f of g.fields) {
      const n = state.stats.docs[f]!
      g.mult[f] = idf(df[gi * FIELD_COUNT + f]!, n) * BOOST[f]! * TF_SCALE
    }
  }
  const words = byFolded.size
  return {
    groups,
    words,
    fullMask: words >= 31 ? 0x7fffffff : (1 << words) - 1,
    lookups,
    snippet: {
      words: new Map([...byFolded].map(([folded, g]) => [folded, [...g.exact].some((e) => e !== folded) ? g.exact : null])),
      pairs: new Set(pairs.keys()),
    },
  }
}

// ---------------------------------------------------------------------------------------------
// scoring

class Scratch {
  recScore = new Float64Array(0)
  recBest = new Float64Array(0)
  recBestUnit = new Int32Array(0)
  recSum = new Float64Array(0)
  recMask = new Uint32Array(0)
  recMeta = new Uint32Array(0)
  recNum = new Float64Array(0)
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

class Candidates {
  clear(): void {
    this.seg.length = 0
    this.local.length = 0
    this.score.length = 0
    this.unit.length = 0
    this.mask.length = 0
    this.meta.length = 0
    this.num.length = 0
  }

  seg = new I32Vec(1024)
  local = new I32Vec(1024)
  score = new F64Vec(1024)
  unit = new I32Vec(1024)
  mask = new U32Vec(1024)
  meta = new U32Vec(1024)
  num = new F64Vec(1024)
  get length(): number {
    return this.seg.length
  }
  push(seg: number, local: number, score: number, unit: number, mask: number, meta: number, num: number): void {
    this.seg.push(seg)
    this.local.push(local)
    this.score.push(score)
    this.unit.push(unit)
    this.mask.push(mask)
    this.meta.push(meta)
    this.num.push(num)
  }
}

/** Reused across queries (search is synchronous). */
const sharedCandidates = new Candidates()

/** Marks a unit as touched in its mask (query words use the low 16 bits). */
const TOUCHED = 1 << 30

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function scoreSegment(
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
          }
        }
      }
    }
  }
  const recBest = s.recBest
  const recBestUnit = s.recBestUnit
  const recSum = s.recSum
  const unitRecord = seg.unitRecord
  const words = plan.words
  for (let i = 0; i < nU; i++) {
    const u = unitT[i]!
    const r = unitRecord[u]!
    const mask = unitMask[u]! & ~TOUCHED
    const cov = popcount(mask | commonBits) / words
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
      out.push(segIndex, r, recScore[r]! + text + recNum[r]!, best > 0 ? recBestUnit[r]! : -1, recMask[r]!, recMeta[r]!, recNum[r]!)
    }
    recScore[r] = 0
    recBest[r] = 0
    recSum[r] = 0
    recBestUnit[r] = 0
    recMask[r] = 0
    recMeta[r] = 0
    recNum[r] = 0
    recFlag[r] = 0
  }
}

function numberHitsFor(seg: Segment, nq: NumberQuery): Map<number, number> | undefined {
  let hits: Map<number, number> | undefined
  for (const num of nq.numbers) {
    for (const local of seg.numberCandidates(num)) {
      const parts = parseNumberSymbol(seg.numberSymbols[local])
      if (!parts) continue
      const sc = scoreNumberMatch(nq, num, parts)
      if (sc <= 0) continue
      hits ??= new Map()
      if (sc > (hits.get(local) ?? 0)) hits.set(local, sc)
    }
  }
  return hits
}

// ---------------------------------------------------------------------------------------------
// filters and facets

const FAIL_KIND = 1
const FAIL_TYPE = 2
const FAIL_ISSUER = 4
const FAIL_FIELD = 8
const FAIL_YEAR = 16
const FAIL_VALIDITY = 32
/** Id that no record has (a filter value the index has never seen). */
const UNKNOWN = -2

interface Filters {
  kind?: number
  type?: number
  issuer?: number
  field?: number
  year?: number
  validity?: number
}

function resolveFilters(state: IndexState, q: SearchQuery): Filters {
  const f: Filters = {}
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim().length > 0 ? v.normalize('NFC').trim() : undefined
  if (q.kind !== undefined && q.kind !== null) {
    const i = KINDS.indexOf(q.kind)
    f.kind = i >= 0 ? i : UNKNOWN
  }
  const t = str(q.documentType)
  if (t !== undefined) f.type = state.facets.documentType.get(t) ?? UNKNOWN
  const is = str(q.issuer)
  if (is !== undefined) f.issuer = state.facets.issuer.get(is) ?? UNKNOWN
  const fi = str(q.field)
  if (fi !== undefined) f.field = state.facets.field.get(fi) ?? UNKNOWN
  const va = str(q.validity)
  if (va !== undefined) f.validity = state.facets.validity.get(va) ?? UNKNOWN
  if (q.year !== undefined && q.year !== null) {
    const y = Number(q.year)
    f.year = Number.isInteger(y) ? y : UNKNOWN
  }
  return f
}

function failMask(seg: Segment, r: number, f: Filters): number {
  let m = 0
  if (f.kind !== undefined && seg.kind[r] !== f.kind) m |= FAIL_KIND
  if (f.type !== undefined && seg.type[r] !== f.type) m |= FAIL_TYPE
  if (f.issuer !== undefined && seg.issuer[r] !== f.issuer) m |= FAIL_ISSUER
  if (f.validity !== undefined && seg.validity[r] !== f.validity) m |= FAIL_VALIDITY
  if (f.year !== undefined && seg.year[r] !== f.year) m |= FAIL_YEAR
  if (f.field !== undefined) {
    let ok = false
    for (let i = seg.fieldOff[r]!; i < seg.fieldOff[r + 1]!; i++) if (seg.fieldIds[i] === f.field) ok = true
    if (!ok) m |= FAIL_FIELD
  }
  return m
}

class FacetCounter {
  kind = new Float64Array(KINDS.length)
  type: Float64Array
  issuer: Float64Array
  validity: Float64Array
  field: Float64Array
  year = new Map<number, number>()
  constructor(private readonly state: IndexState) {
    this.type = new Float64Array(state.facets.documentType.values.length)
    this.issuer = new Float64Array(state.facets.issuer.values.length)
    this.validity = new Float64Array(state.facets.validity.values.length)
    this.field = new Float64Array(state.facets.field.values.length)
  }
  /** Counts a record in every facet (fail = 0) or only in the one facet whose filter it fails. */
  add(seg: Segment, r: number, fail: number): void {
    if (fail === 0 || fail === FAIL_KIND) this.kind[seg.kind[r]!]!++
    if ((fail === 0 || fail === FAIL_TYPE) && seg.type[r]! >= 0) this.type[seg.type[r]!]!++
    if ((fail === 0 || fail === FAIL_ISSUER) && seg.issuer[r]! >= 0) this.issuer[seg.issuer[r]!]!++
    if ((fail === 0 || fail === FAIL_VALIDITY) && seg.validity[r]! >= 0) this.validity[seg.validity[r]!]!++
    if ((fail === 0 || fail === FAIL_YEAR) && seg.year[r]! !== 0) this.year.set(seg.year[r]!, (this.year.get(seg.year[r]!) ?? 0) + 1)
    if (fail === 0 || fail === FAIL_FIELD) for (let i = seg.fieldOff[r]!; i < seg.fieldOff[r + 1]!; i++) this.field[seg.fieldIds[i]!]!++
  }
  result(): SearchFacets {
    const rec = (values: string[], counts: Float64Array): Record<string, number> => {
      const order = [...counts.keys()].filter((i) => counts[i]! > 0).sort((a, b) => counts[b]! - counts[a]! || values[a]!.localeCompare(values[b]!, 'vi'))
      const out: Record<string, number> = {}
      for (const i of order) out[values[i]!] = counts[i]!
      return out
    }
    const year: Record<string, number> = {}
    for (const y of [...this.year.keys()].sort((a, b) => b - a)) year[String(y)] = this.year.get(y)!
    return {
      documentType: rec(this.state.facets.documentType.values, this.type),
      issuer: rec(this.state.facets.issuer.values, this.issuer),
      field: rec(this.state.facets.field.values, this.field),
      year,
      validity: rec(this.state.facets.validity.values, this.validity),
      kind: rec(KINDS, this.kind),
    }
  }
}

function emptyFacets(): SearchFacets {
  return { documentType: {}, issuer: {}, field: {}, year: {}, validity: {}, kind: {} }
}

// ---------------------------------------------------------------------------------------------
// top-k

/** Indices of the best `k` of `idx` by `better(a, b)` (true when a ranks before b), in order. */
function topK(idx: Int32Array, n: number, k: number, better: (a: number, b: number) => boolean): number[] {
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

// ---------------------------------------------------------------------------------------------
// engine

type Journal = ({ op: 'upsert'; record: SearchRecord } | { op: 'remove'; kind: SearchKind; id: string })[]

export class SegmentedSearchEngine implements SearchEngine {
  private state: IndexState
  private readonly fullText: boolean
  /** Updates made while a rebuild is pending or running, replayed on its new index. */
  private readonly journals = new Set<Journal>()
  /** rebuild, save and load run one after the other. */
  private queue: Promise<unknown> = Promise.resolve()
  private loadedExtra: Record<string, unknown> | undefined

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  constructor(options: SearchEngineOptions = {}) {
    this.fullText = options.fullText !== false
    this.state = new IndexState(this.fullText)
  }

  // -- updates ---------------------------------------------------------------------------------

  upsert(record: SearchRecord): void {
    if (!record || typeof record !== 'object') throw new TypeError('search: record expected')
    if (!KINDS.includes(record.kind)) throw new TypeError(`search: unknown kind ${String(record.kind)}`)
    if (record.id === undefined || record.id === null || String(record.id) === '') throw new TypeError('search: record id expected')
    const r = normalizeRecord(record)
    for (const j of this.journals) j.push({ op: 'upsert', record: r })
    this.applyUpsert(this.state, r)
  }

  /**
   * Adds or replaces many records at once, built into segments as a rebuild builds them (one
   * analysis per record, no one-record segments to merge later), yielding to the event loop
   * between records. A record's previous version stays visible until its segment is added; a
   * record removed or replaced meanwhile keeps that later change.
   */
  upsertMany(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>, maxWords = SEGMENT_WORDS): Promise<number> {
    const journal: Journal = []
    this.journals.add(journal)
    return this.doUpsertMany(records, journal, maxWords).finally(() => this.journals.delete(journal))
  }

  private async doUpsertMany(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>, journal: Journal, maxWords: number): Promise<number> {
    let builder: SegmentBuilder | null = null
    /** The index the builder's dictionary belongs to (a rebuild may replace it meanwhile). */
    let owner = this.state
    let done = 0
    let lastYield = Date.now()
    const flush = () => {
      const b = builder
      builder = null
      // Changes made while the segment was built are newer than its copies.
      const later = new Set(journal.map((j) => (j.op === 'upsert' ? recordKey(j.record.kind, j.record.id) : recordKey(j.kind, j.id))))
      journal.length = 0
      // After a rebuild replaced the index, its journal replayed these records there already.
      if (!b || b.records === 0 || owner !== this.state) return
      const seg = b.finish(owner.stats)
      if (later.size) for (let i = 0; i < seg.records; i++) if (later.has(seg.keys[i]!)) seg.kill(i)
      owner.addSegment(seg)
      owner.maintain()
    }
    for await (const record of records as AsyncIterable<SearchRecord>) {
      if (!record || !KINDS.includes(record.kind) || record.id === undefined || record.id === null || String(record.id) === '') continue
      const r = normalizeRecord(record)
      // A rebuild running meanwhile replays it on its new index.
      for (const j of this.journals) if (j !== journal) j.push({ op: 'upsert', record: r })
      if (owner !== this.state) flush()
      if (!builder) {
        owner = this.state
        builder = owner.builder()
      }
      builder.add(r)
      done++
      if (builder.words >= maxWords || builder.records >= SEGMENT_RECORDS) flush()
      if (Date.now() - lastYield > 40) {
        await new Promise((res) => setImmediate(res))
        lastYield = Date.now()
      }
    }
    flush()
    return done
  }

  remove(kind: SearchKind, id: string): void {
    for (const j of this.journals) j.push({ op: 'remove', kind, id: String(id) })
    if (this.state.kill(recordKey(kind, String(id)))) this.state.maintain()
  }

  private applyUpsert(state: IndexState, r: SearchRecord): void {
    state.kill(recordKey(r.kind, r.id))
    const b = state.builder()
    b.add(r)
    state.addSegment(b.finish(state.stats))
    state.maintain()
  }

  rebuild(
    records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
    onProgress?: (done: number, total?: number) => void,
  ): Promise<void> {
    const journal: Journal = []
    this.journals.add(journal)
    return this.serial(() => this.doRebuild(records, journal, onProgress)).finally(() => this.journals.delete(journal))
  }

  private async doRebuild(
    records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
    journal: Journal,
    onProgress?: (done: number, total?: number) => void,
  ): Promise<void> {
    const sized = records as { length?: unknown; size?: unknown }
    const total = typeof sized.length === 'number' ? sized.length : typeof sized.size === 'number' ? sized.size : undefined
    const state = new IndexState(this.fullText)
    let builder = state.builder()
    let done = 0
    let lastYield = Date.now()
    onProgress?.(0, total)
    const flush = () => {
      if (builder.records > 0) state.addSegment(builder.finish(state.stats))
      builder = state.builder()
    }
    for await (const record of records as AsyncIterable<SearchRecord>) {
      if (!record || !KINDS.includes(record.kind) || record.id === undefined || record.id === null) continue
      builder.add(normalizeRecord(record))
      done++
      if (builder.words >= SEGMENT_WORDS || builder.records >= SEGMENT_RECORDS) flush()
      if (done % 50 === 0) {
        onProgress?.(done, total)
        if (Date.now() - lastYield > 50) {
          await new Promise((r) => setImmediate(r))
          lastYield = Date.now()
        }
      }
    }
    flush()
    onProgress?.(done, total ?? done)
    for (const j of journal) {
      if (j.op === 'upsert') this.applyUpsert(state, j.record)
      else state.kill(recordKey(j.kind, j.id))
    }
    state.maintain()
    this.state = state
  }

  stats(): { records: number; units: number } {
    let records = 0
    let units = 0
    for (const s of this.state.segments) {
      records += s.live
      units += s.liveUnits()
    }
    return { records, units }
  }

  // -- search ----------------------------------------------------------------------------------

  search(query: SearchQuery): SearchResult {
    try {
      return this.searchUnsafe(query ?? { q: '' })
    } catch (err) {
      // A query must never break the page; the error is an engine bug, log it for the operator.
      console.error('search failed', err)
      const pageSize = DEFAULT_PAGE_SIZE
      return { total: 0, results: [], facets: emptyFacets(), page: 1, pageSize, message: MSG_NONE }
    }
  }

  private searchUnsafe(query: SearchQuery): SearchResult {
    const state = this.state
    const pageSize = clampInt(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    const page = clampInt(query.page, 1, 1, 1_000_000)
    const sort = query.sort === 'date' ? 'date' : 'relevance'
    const raw = typeof query.q === 'string' ? query.q : query.q === undefined || query.q === null ? '' : String(query.q)
    const q = raw.normalize('NFC').trim()
    const filters = resolveFilters(state, query)
    const hasFilters = Object.keys(filters).length > 0
    const empty = (message?: string): SearchResult => ({ total: 0, results: [], facets: emptyFacets(), page, pageSize, message })
    if (q.length > MAX_QUERY_LENGTH) return empty(MSG_TOO_LONG)

    const cands = sharedCandidates
    cands.clear()
    let plan: Plan | null = null
    let message: string | undefined
    if (q.length === 0) {
      if (!hasFilters) return empty(MSG_EMPTY)
      // Browsing with filters only: every live record, newest first.
      state.segments.forEach((seg, si) => {
        for (let r = 0; r < seg.records; r++) if (!seg.dead[r]) cands.push(si, r, 0, -1, 0, 0, 0)
      })
    } else {
      plan = planQuery(state, q)
      if (!plan) return empty(MSG_NO_WORDS)
      const nq = parseNumberQuery(q)
      state.segments.forEach((seg, si) => {
        const hits = nq ? numberHitsFor(seg, nq) : undefined
        scoreSegment(seg, si, plan!, plan!.lookups[si]!, hits, cands)
      })
    }

    // AND across the record (number hits always qualify); else fall back to "most words".
    const n = cands.length
    const keep = new Int32Array(n)
    let kept = 0
    if (plan) {
      const full = plan.fullMask
      for (let i = 0; i < n; i++) if (cands.num.arr[i]! > 0 || (cands.mask.arr[i]! & full) === full) keep[kept++] = i
      if (kept === 0 && plan.words > 1) {
        for (let i = 0; i < n; i++) {
          const cov = popcount(cands.mask.arr[i]!) / plan.words
          cands.score.arr[i]! *= cov * cov
          keep[kept++] = i
        }
        if (kept > 0) message = MSG_PARTIAL
      }
    } else {
      for (let i = 0; i < n; i++) keep[i] = i
      kept = n
    }

    const counter = new FacetCounter(state)
    const included = new Int32Array(kept)
    let total = 0
    const segs = state.segments
    for (let j = 0; j < kept; j++) {
      const i = keep[j]!
      const seg = segs[cands.seg.arr[i]!]!
      const r = cands.local.arr[i]!
      const fail = hasFilters ? failMask(seg, r, filters) : 0
      if (fail === 0 || (fail & (fail - 1)) === 0) counter.add(seg, r, fail)
      if (fail === 0) included[total++] = i
    }
    if (total === 0) message = message === MSG_PARTIAL ? MSG_NONE : (message ?? MSG_NONE)

    const score = cands.score.arr
    const segOf = cands.seg.arr
    const localOf = cands.local.arr
    const dateOf = (i: number) => segs[segOf[i]!]!.date[localOf[i]!]!
    const tie = (a: number, b: number) => (segOf[a] !== segOf[b] ? segOf[a]! < segOf[b]! : localOf[a]! < localOf[b]!)
    const better =
      sort === 'date' || !plan
        ? (a: number, b: number) => {
            const da = dateOf(a)
            const db = dateOf(b)
            if (da !== db) return da > db
            if (score[a] !== score[b]) return score[a]! > score[b]!
            return tie(a, b)
          }
        : (a: number, b: number) => {
            if (score[a] !== score[b]) return score[a]! > score[b]!
            const da = dateOf(a)
            const db = dateOf(b)
            if (da !== db) return da > db
            return tie(a, b)
          }
    const from = (page - 1) * pageSize
    const k = Math.min(page * pageSize, MAX_RESULTS_WINDOW)
    const top = from < k ? topK(included, total, k, better).slice(from) : []
    const results = top.map((i) => this.hit(segs[segOf[i]!]!, localOf[i]!, cands, i, plan))
    return { total, results, facets: counter.result(), page, pageSize, message }
  }

  private hit(seg: Segment, local: number, c: Candidates, i: number, plan: Plan | null): SearchHit {
    const rec = seg.head(local)
    const unitIdx = c.unit.arr[i]!
    const full = plan?.fullMask ?? 0
    const metaExplains = plan ? (c.meta.arr[i]! & full) === full : true
    const ui = unitIdx >= 0 ? unitIdx - seg.unitStart[local]! : -1
    const unitMeta = ui >= 0 ? rec.u?.[ui] : undefined
    const toUnit = ui >= 0 && c.num.arr[i]! === 0 && !metaExplains
    const terms = plan?.snippet ?? { words: new Map<string, Set<string> | null>(), pairs: new Set<string>() }
    let snippet: string
    if (toUnit || (ui >= 0 && !rec.summary)) snippet = makeSnippet(seg.unitText(local, ui, rec) || unitMeta?.[2] || '', terms)
    else if (rec.summary) snippet = makeSnippet(rec.summary, terms)
    else snippet = rec.title ? makeSnippet(rec.title, terms) : escapeHtml(rec.numberSymbol ?? '')
    const anchor = toUnit && unitMeta ? unitMeta[0] : ''
    const hit: SearchHit = {
      kind: rec.kind,
      id: rec.id,
      url: anchor ? `${rec.url}#${anchor}` : rec.url,
      title: rec.title,
      snippet,
      score: Math.round(c.score.arr[i]! * 1000) / 1000,
    }
    if (rec.numberSymbol) hit.numberSymbol = rec.numberSymbol
    if (anchor && unitMeta) hit.unit = { anchor, label: unitMeta[1] }
    return hit
  }

  // -- persistence -----------------------------------------------------------------------------

  /** Saves the index as it is when called (later updates are not included). */
  save(dir: string, extra?: Record<string, unknown>): Promise<void> {
    const snapshot = { ...this.snapshot(), extra }
    return this.serial(() => this.writeSnapshot(dir, snapshot))
  }

  /** What the caller saved with the index last loaded (`save`'s `extra`), e.g. the change-feed position. */
  savedExtra(): Record<string, unknown> | undefined {
    return this.loadedExtra
  }

  load(dir: string): Promise<boolean> {
    return this.serial(() => this.doLoad(dir))
  }

  /** Taken synchronously: updates after it must not tear the saved index. */
  private snapshot() {
    const state = this.state
    return {
      segments: state.segments.filter((seg) => seg.live > 0).map((seg) => ({ seg, dead: seg.dead.slice() })),
      terms: state.dict.terms.slice(),
      facetValues: {
        documentType: state.facets.documentType.values.slice(),
        issuer: state.facets.issuer.values.slice(),
        validity: state.facets.validity.values.slice(),
        field: state.facets.field.values.slice(),
      },
    }
  }

  private async writeSnapshot(dir: string, { segments: snapshot, terms, facetValues, extra }: ReturnType<SegmentedSearchEngine['snapshot']> & { extra?: Record<string, unknown> }): Promise<void> {
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`
    await rm(tmp, { recursive: true, force: true })
    await mkdir(tmp, { recursive: true })
    const segFiles: string[] = []
    let n = 0
    for (const { seg, dead } of snapshot) {
      const file = `seg-${n++}.bin`
      segFiles.push(file)
      const arrays: Record<string, Uint8Array | Uint32Array | Int32Array | Float64Array> = {
        kind: seg.kind,
        type: seg.type,
        issuer: seg.issuer,
        validity: seg.validity,
        year: seg.year,
        date: seg.date,
        fieldOff: seg.fieldOff,
        fieldIds: seg.fieldIds,
        unitStart: seg.unitStart,
        unitRecord: seg.unitRecord,
        blobOff: seg.blobOff,
        bodyOff: seg.bodyOff,
        blob: seg.blob,
        dead,
      }
      const fields: { docCount: number; lenSum: number }[] = []
      seg.postings.forEach((p, f) => {
        arrays[`p${f}.terms`] = p.terms
        arrays[`p${f}.offs`] = p.offs
        arrays[`p${f}.dfs`] = p.dfs
        arrays[`p${f}.data`] = p.data
        arrays[`p${f}.cTerms`] = p.cTerms
        arrays[`p${f}.cOffs`] = p.cOffs
        arrays[`p${f}.cDfs`] = p.cDfs
        arrays[`p${f}.cData`] = p.cData
        fields.push({ docCount: p.docCount, lenSum: p.lenSum })
      })
      const meta = { keys: seg.keys, numberSymbols: seg.numberSymbols, words: seg.words, fields, idIndex: seg.idIndex ? seg.idIndex.toJSON() : null }
      await writeContainer(join(tmp, file), meta, arrays)
    }
    await writeFile(join(tmp, 'terms.txt'), terms.join('\n'), 'utf8')
    const manifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      fullText: this.fullText,
      savedAt: new Date().toISOString(),
      terms: terms.length,
      facets: facetValues,
      segments: segFiles,
      extra,
    }
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1), 'utf8')
    const old = `${dir}.old-${process.pid}-${Date.now()}`
    let moved = false
    try {
      await rename(dir, old)
      moved = true
    } catch {
      // no previous index
    }
    await rename(tmp, dir)
    if (moved) await rm(old, { recursive: true, force: true })
  }

  private async doLoad(dir: string): Promise<boolean> {
    let manifest: {
      format?: string
      version?: number
      fullText?: boolean
      terms?: number
      facets?: Record<string, string[]>
      segments?: string[]
      extra?: Record<string, unknown>
    }
    try {
      manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))
    } catch {
      return false
    }
    if (manifest.format !== FORMAT || manifest.version !== FORMAT_VERSION || !Array.isArray(manifest.segments)) return false
    if ((manifest.fullText !== false) !== this.fullText) return false
    try {
      const termsText = await readFile(join(dir, 'terms.txt'), 'utf8')
      const terms = termsText.length > 0 ? termsText.split('\n') : []
      if (manifest.terms !== undefined && terms.length !== manifest.terms) return false
      const state = new IndexState(this.fullText)
      state.dict = Dictionary.fromTerms(terms)
      const fv = manifest.facets ?? {}
      state.facets = {
        documentType: ValueDict.from(fv.documentType ?? []),
        issuer: ValueDict.from(fv.issuer ?? []),
        validity: ValueDict.from(fv.validity ?? []),
        field: ValueDict.from(fv.field ?? []),
      }
      for (const file of manifest.segments) {
        const { meta, arrays } = await readContainer(join(dir, file))
        const m = meta as {
          keys: string[]
          numberSymbols: string[]
          words?: number
          fields: { docCount: number; lenSum: number }[]
          idIndex: object | null
        }
        const postings: FieldPostings[] = m.fields.map((fm, f) => ({
          terms: arrays[`p${f}.terms`] as Uint32Array,
          offs: arrays[`p${f}.offs`] as Uint32Array,
          dfs: arrays[`p${f}.dfs`] as Uint32Array,
          data: arrays[`p${f}.data`] as Uint8Array,
          cTerms: arrays[`p${f}.cTerms`] as Uint32Array,
          cOffs: arrays[`p${f}.cOffs`] as Uint32Array,
          cDfs: arrays[`p${f}.cDfs`] as Uint32Array,
          cData: arrays[`p${f}.cData`] as Uint8Array,
          docCount: fm.docCount,
          lenSum: fm.lenSum,
        }))
        const blob = arrays.blob as Uint8Array
        const seg = new Segment({
          keys: m.keys,
          kind: arrays.kind as Uint8Array,
          type: arrays.type as Int32Array,
          issuer: arrays.issuer as Int32Array,
          validity: arrays.validity as Int32Array,
          year: arrays.year as Int32Array,
          date: arrays.date as Float64Array,
          fieldOff: arrays.fieldOff as Uint32Array,
          fieldIds: arrays.fieldIds as Int32Array,
          unitStart: arrays.unitStart as Uint32Array,
          unitRecord: arrays.unitRecord as Uint32Array,
          numberSymbols: m.numberSymbols,
          blobOff: arrays.blobOff as Uint32Array,
          bodyOff: arrays.bodyOff as Uint32Array,
          blob: Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength),
          postings,
          // dead flags change after load: own copy
          dead: new Uint8Array(arrays.dead as Uint8Array),
          idIndex: m.idIndex ? lunr.Index.load(m.idIndex) : null,
          words: m.words ?? m.fields.reduce((a, f) => a + f.lenSum, 0),
        })
        state.addSegment(seg)
      }
      this.state = state
      this.loadedExtra = manifest.extra
      return true
    } catch (err) {
      console.error('search: cannot load index from', dir, err)
      return false
    }
  }
}

function clampInt(v: unknown, dflt: number, min: number, max: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  if (!Number.isFinite(n)) return dflt
  return Math.min(max, Math.max(min, Math.floor(n)))
}


