/**
 * An immutable index segment over a batch of records (the unit of building, persistence and
 * merging). Postings are compact typed arrays, not lunr objects: lunr keeps ~80 bytes and a
 * string key per posting and scores with per-posting allocations, which cannot hold or query a
 * corpus of tens of millions of words (see README.md). Scoring is lunr's BM25 (k1 1.2, b 0.75,
 * lunr.idf) with idf taken from engine-wide document frequencies, so segments are comparable.
 *
 * Fields (ids):
 *   0 title  – record title + summary                 (doc = record)
 *   1 meta   – issuer, type, signer, fields, number   (doc = record)
 *   2 recBi  – bigrams of the two fields above         (doc = record)
 *   3 text   – unit label + title + text              (doc = unit, i.e. one article)
 *   4 textBi – bigrams of unit text                    (doc = unit)
 * Only exact (canonical) terms are indexed; accent-insensitive matching expands a folded query
 * key to every exact term with that key (Dictionary.variants), which halves the postings.
 *
 * Every segment also carries a small lunr index of its records' number-symbols (the `n<number>`
 * token, number-tokens.ts), queried with `index.query(q => q.term(…))`.
 *
 * A posting list is [varint(doc − previous doc), quantised BM25 tf-part (1 byte)]…; a record's
 * stored copy (for hits, snippets and re-indexing on merge) is deflate-compressed JSON.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import lunr from 'lunr'
import { gapJoins, MAX_TOKEN_LENGTH, TOKEN_RE, vietnameseLunr } from './analyzer'
import type { Dictionary } from './dictionary'
import { numberSymbolTokens, parseNumberSymbol } from './number-tokens'
import type { SearchKind, SearchRecord, SearchUnit } from './types'
import { F64Vec, I32Vec, U32Vec, U8Vec } from './vec'

export const F_TITLE = 0
export const F_META = 1
export const F_RECBI = 2
export const F_TEXT = 3
export const F_TEXTBI = 4
export const FIELD_COUNT = 5
export const UNIT_FIELDS = new Set([F_TEXT, F_TEXTBI])

/** Every kind, in the order a saved index numbers them: append only. */
export const KINDS: SearchKind[] = ['document', 'draft', 'agency', 'page', 'news', 'direction', 'schedule', 'dissemination', 'plan', 'project', 'question', 'science', 'statistics']
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]))

const K1 = 1.2
const B = 0.75
/** BM25's tf part is in (0, K1 + 1); stored as 1..255. */
export const TF_SCALE = (K1 + 1) / 255
const BLOB_LEVEL = 3
export const NO_DATE = -8.64e15

/** Interned values of one facet (document type, issuer, validity, field). */
export class ValueDict {
  readonly values: string[] = []
  private readonly ids = new Map<string, number>()
  id(v: string): number {
    let id = this.ids.get(v)
    if (id === undefined) {
      id = this.values.length
      this.values.push(v)
      this.ids.set(v, id)
    }
    return id
  }
  get(v: string): number | undefined {
    return this.ids.get(v)
  }
  static from(values: string[]): ValueDict {
    const d = new ValueDict()
    for (const v of values) d.id(v)
    return d
  }
}

export interface FacetDicts {
  documentType: ValueDict
  issuer: ValueDict
  validity: ValueDict
  field: ValueDict
}

export interface FieldPostings {
  terms: Uint32Array
  offs: Uint32Array
  dfs: Uint32Array
  data: Uint8Array
  docCount: number
  lenSum: number
  /**
   * Unit fields only: terms too common for per-unit lists (more than COMMON_FRACTION of the
   * segment's units and at least COMMON_MIN_DF) are listed per record instead, with BM25's tf part
   * over the record's whole text; `cDfs` keeps their unit-level df for idf. This caps the work of a
   * query for very common words at one posting per record, and removes most postings from memory.
   */
  cTerms: Uint32Array
  cOffs: Uint32Array
  cDfs: Uint32Array
  cData: Uint8Array
}

const COMMON_FRACTION = 1 / 16
const COMMON_MIN_DF = 2048

/** Engine-wide length statistics per field (for BM25's average length). */
export interface LengthStats {
  lenSum: Float64Array
  docs: Float64Array
}

function nfcOpt(s: string | undefined | null): string | undefined {
  if (s === undefined || s === null) return undefined
  const t = String(s).normalize('NFC').trim()
  return t.length > 0 ? t : undefined
}

/** Normalises a record for storage (NFC, trimmed, no empty strings). */
export function normalizeRecord(r: SearchRecord): SearchRecord {
  const out: SearchRecord = {
    kind: r.kind,
    id: String(r.id),
    url: String(r.url ?? ''),
    title: nfcOpt(r.title) ?? '',
  }
  const summary = nfcOpt(r.summary)
  if (summary) out.summary = summary
  const numberSymbol = nfcOpt(r.numberSymbol)
  if (numberSymbol) out.numberSymbol = numberSymbol
  const issuer = nfcOpt(r.issuer)
  if (issuer) out.issuer = issuer
  const documentType = nfcOpt(r.documentType)
  if (documentType) out.documentType = documentType
  const signer = nfcOpt(r.signer)
  if (signer) out.signer = signer
  const fields = (r.fields ?? []).map((f) => nfcOpt(f)).filter((f): f is string => !!f)
  if (fields.length) out.fields = [...new Set(fields)]
  if (typeof r.year === 'number' && Number.isFinite(r.year)) out.year = r.year
  const validity = nfcOpt(r.validity)
  if (validity) out.validity = validity
  if (r.date) out.date = String(r.date)
  if (r.lang === 'en') out.lang = 'en'
  const body = nfcOpt(r.body)
  if (body) out.body = body
  if (r.units && r.units.length) {
    out.units = r.units.map((u) => ({
      anchor: String(u.anchor ?? ''),
      label: nfcOpt(u.label) ?? '',
      title: nfcOpt(u.title) ?? '',
      text: (u.text ?? '').normalize('NFC'),
    }))
  }
  return out
}

/** Separator of unit texts in a stored body (replaced by a space inside texts). */
const SEP = '\u001e'

/** A record's stored metadata: the record without texts, units as [anchor, label, title]. */
export type StoredHead = Omit<SearchRecord, 'units' | 'body'> & {
  u?: [string, string, string][]
  b?: 1
  /** Compressed lengths of the text chunks, when there is more than one. */
  c?: number[]
}
const UNITS_PER_CHUNK = 8

export function recordKey(kind: string, id: string): string {
  return kind + '\u0000' + id
}

/** The units a record is indexed and displayed with (a body becomes one anchor-less unit). */
export function indexUnits(r: SearchRecord): SearchUnit[] {
  if (r.units && r.units.length) return r.units
  if (r.body) return [{ anchor: '', label: '', title: '', text: r.body }]
  return []
}

/** Postings of one field while building: (term, doc, tf) triples in doc order, and doc lengths. */
class FieldAcc {
  terms: Uint32Array
  docs: Uint32Array
  tfs: Uint16Array
  n = 0
  lens = new U32Vec()
  constructor(cap: number) {
    this.terms = new Uint32Array(cap)
    this.docs = new Uint32Array(cap)
    this.tfs = new Uint16Array(cap)
  }
  ensure(extra: number): void {
    const need = this.n + extra
    if (need <= this.terms.length) return
    let cap = this.terms.length * 2
    while (cap < need) cap *= 2
    const t = new Uint32Array(cap)
    t.set(this.terms.subarray(0, this.n))
    const d = new Uint32Array(cap)
    d.set(this.docs.subarray(0, this.n))
    const f = new Uint16Array(cap)
    f.set(this.tfs.subarray(0, this.n))
    this.terms = t
    this.docs = d
    this.tfs = f
  }
}

/**
 * Term-frequency counters indexed by term id, shared by all builders: always all zero between
 * two `addDoc` calls (which are synchronous), so an upsert may build while a rebuild is paused.
 */
let tfScratch = new Int32Array(1024)

export class SegmentBuilder {
  private recs = 0
  private unitsN = 0
  private readonly keys: string[] = []
  private readonly kind = new U8Vec()
  private readonly type = new I32Vec()
  private readonly issuer = new I32Vec()
  private readonly validity = new I32Vec()
  private readonly year = new I32Vec()
  private readonly date = new F64Vec()
  private readonly fieldOff = new U32Vec()
  private readonly fieldIds = new I32Vec()
  private readonly unitStart = new U32Vec()
  private readonly unitRecord = new U32Vec()
  private readonly numberSymbols: string[] = []
  private readonly blobs: Buffer[] = []
  private readonly blobOff = new U32Vec()
  private readonly bodyOff = new U32Vec()
  private blobBytes = 0
  private readonly acc: FieldAcc[] = []
  private readonly touched: number[] = []
  private readonly uni: number[] = []
  private readonly bi: number[] = []
  /** Words seen so far (to size segments). */
  words = 0

  constructor(
    private readonly dict: Dictionary,
    private readonly facets: FacetDicts,
    private readonly fullText: boolean,
  ) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const unit = UNIT_FIELDS.has(f)
      const cap = unit && !fullText ? 16 : 4096
      this.acc.push(new FieldAcc(cap))
    }
  }

  get records(): number {
    return this.recs
  }

  private collect(text: string | undefined): void {
    if (!text) return
    const dict = this.dict
    const uni = this.uni
    const bi = this.bi
    let prev = -1
    let prevEnd = -1
    const re = TOKEN_RE
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      const raw = m[0]
      if (raw.length > MAX_TOKEN_LENGTH) {
        prev = -1
        continue
      }
      const id = dict.internRaw(raw)
      uni.push(id)
      if (prev >= 0 && gapJoins(text, prevEnd, m.index)) bi.push(dict.bigram(prev, id))
      prev = id
      prevEnd = m.index + raw.length
    }
  }

  private addDoc(field: number, ids: number[]): void {
    const a = this.acc[field]!
    const doc = a.lens.length
    if (tfScratch.length < this.dict.size) {
      const next = new Int32Array(Math.max(this.dict.size * 2, 1024))
      next.set(tfScratch)
      tfScratch = next
    }
    const tf = tfScratch
    const touched = this.touched
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      if (tf[id]++ === 0) touched.push(id)
    }
    a.ensure(touched.length)
    const terms = a.terms
    const docs = a.docs
    const tfs = a.tfs
    let n = a.n
    for (let i = 0; i < touched.length; i++) {
      const id = touched[i]!
      terms[n] = id
      docs[n] = doc
      const c = tf[id]!
      tfs[n] = c > 65535 ? 65535 : c
      n++
      tf[id] = 0
    }
    a.n = n
    touched.length = 0
    a.lens.push(ids.length)
    ids.length = 0
  }

  /** Adds one record (normalised by normalizeRecord). */
  add(r: SearchRecord): void {
    const rec = this.recs++
    const f = this.facets
    this.keys.push(recordKey(r.kind, r.id))
    this.kind.push(KIND_INDEX.get(r.kind) ?? 0)
    this.type.push(r.documentType ? f.documentType.id(r.documentType) : -1)
    this.issuer.push(r.issuer ? f.issuer.id(r.issuer) : -1)
    this.validity.push(r.validity ? f.validity.id(r.validity) : -1)
    this.year.push(typeof r.year === 'number' ? r.year : 0)
    const t = r.date ? Date.parse(r.date) : NaN
    this.date.push(Number.isFinite(t) ? t : NO_DATE)
    this.fieldOff.push(this.fieldIds.length)
    for (const v of r.fields ?? []) this.fieldIds.push(f.field.id(v))
    this.numberSymbols.push(r.numberSymbol ?? '')

    this.collect(r.title)
    this.collect(r.summary)
    this.words += this.uni.length
    this.addDoc(F_TITLE, this.uni)
    this.collect(r.issuer)
    this.collect(r.documentType)
    this.collect(r.signer)
    for (const v of r.fields ?? []) this.collect(v)
    this.collect(r.numberSymbol)
    this.words += this.uni.length
    this.addDoc(F_META, this.uni)
    this.addDoc(F_RECBI, this.bi)

    this.unitStart.push(this.unitsN)
    if (this.fullText) {
      for (const u of indexUnits(r)) {
        this.unitsN++
        this.unitRecord.push(rec)
        this.collect(u.label)
        this.collect(u.title)
        this.collect(u.text)
        this.words += this.uni.length
        this.addDoc(F_TEXT, this.uni)
        this.addDoc(F_TEXTBI, this.bi)
      }
    }
    // Stored copy: a small head (metadata, unit anchors/labels/titles) and the texts in separately
    // compressed chunks of UNITS_PER_CHUNK units, so a hit only inflates what it shows.
    const { units: _units, body: _body, ...meta } = r
    const head: StoredHead = meta
    const chunks: Buffer[] = []
    if (this.fullText) {
      let texts: string[] = []
      if (r.units && r.units.length) {
        head.u = r.units.map((u) => [u.anchor, u.label, u.title])
        texts = r.units.map((u) => u.text.replaceAll(SEP, ' '))
      } else if (r.body) {
        head.b = 1
        texts = [r.body]
      }
      for (let i = 0; i < texts.length; i += UNITS_PER_CHUNK) {
        chunks.push(deflateRawSync(Buffer.from(texts.slice(i, i + UNITS_PER_CHUNK).join(SEP)), { level: BLOB_LEVEL }))
      }
      if (chunks.length > 1) head.c = chunks.map((c) => c.length)
    }
    const h = deflateRawSync(Buffer.from(JSON.stringify(head)), { level: BLOB_LEVEL })
    this.blobs.push(h)
    this.blobOff.push(this.blobBytes)
    this.blobBytes += h.length
    this.bodyOff.push(this.blobBytes)
    for (const c of chunks) {
      this.blobs.push(c)
      this.blobBytes += c.length
    }
  }

  /** Encodes postings (tf parts use the engine-wide average lengths, this segment included). */
  finish(stats: LengthStats): Segment {
    this.unitStart.push(this.unitsN)
    this.blobOff.push(this.blobBytes)
    this.bodyOff.push(this.blobBytes)
    const postings: FieldPostings[] = []
    for (let f = 0; f < FIELD_COUNT; f++) {
      const a = this.acc[f]!
      let lenSum = 0
      for (let i = 0; i < a.lens.length; i++) lenSum += a.lens.arr[i]!
      const docs = stats.docs[f]! + a.lens.length
      const avg = docs > 0 ? (stats.lenSum[f]! + lenSum) / docs : 1
      let common: CommonSpec | undefined
      if (UNIT_FIELDS.has(f)) {
        const records = stats.docs[F_TITLE]! + this.recs
        common = {
          threshold: Math.max(COMMON_MIN_DF, Math.ceil(a.lens.length * COMMON_FRACTION)),
          unitRecord: this.unitRecord.arr,
          recordAvg: records > 0 ? (stats.lenSum[f]! + lenSum) / records : 1,
        }
      }
      postings.push(encodeField(a, this.dict.size, avg > 0 ? avg : 1, lenSum, common))
    }
    const seg = new Segment({
      keys: this.keys,
      kind: this.kind.toArray(),
      type: this.type.toArray(),
      issuer: this.issuer.toArray(),
      validity: this.validity.toArray(),
      year: this.year.toArray(),
      date: this.date.toArray(),
      fieldOff: (this.fieldOff.push(this.fieldIds.length), this.fieldOff.toArray()),
      fieldIds: this.fieldIds.toArray(),
      unitStart: this.unitStart.toArray(),
      unitRecord: this.unitRecord.toArray(),
      numberSymbols: this.numberSymbols,
      blobOff: this.blobOff.toArray(),
      bodyOff: this.bodyOff.toArray(),
      blob: Buffer.concat(this.blobs),
      postings,
      dead: new Uint8Array(this.recs),
      idIndex: buildIdIndex(this.numberSymbols),
      words: this.words,
    })
    return seg
  }
}

function buildIdIndex(numberSymbols: string[]): lunr.Index | null {
  if (!numberSymbols.some((s) => s.length > 0)) return null
  return lunr(function () {
    this.use(vietnameseLunr)
    this.ref('r')
    this.field('t')
    for (let i = 0; i < numberSymbols.length; i++) {
      const parts = parseNumberSymbol(numberSymbols[i])
      if (parts) this.add({ r: String(i), t: numberSymbolTokens(parts)[0]! })
    }
  })
}

function search(terms: Uint32Array, termId: number): number {
  let lo = 0
  let hi = terms.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const t = terms[mid]!
    if (t < termId) lo = mid + 1
    else if (t > termId) hi = mid - 1
    else return mid
  }
  return -1
}

function quantize(tf: number, len: number, avg: number): number {
  const tfn = ((K1 + 1) * tf) / (K1 * (1 - B + (B * len) / avg) + tf)
  const q = Math.round(tfn / TF_SCALE)
  return q < 1 ? 1 : q > 255 ? 255 : q
}

interface CommonSpec {
  threshold: number
  unitRecord: Uint32Array
  recordAvg: number
}

class ByteWriter {
  buf: Uint8Array
  p = 0
  constructor(cap: number) {
    this.buf = new Uint8Array(Math.max(64, cap))
  }
  ensure(extra: number): void {
    if (this.p + extra <= this.buf.length) return
    let cap = this.buf.length * 2
    while (cap < this.p + extra) cap *= 2
    const next = new Uint8Array(cap)
    next.set(this.buf.subarray(0, this.p))
    this.buf = next
  }
  /** Writes varint(gap) and one byte. */
  posting(gap: number, q: number): void {
    if (this.p + 8 > this.buf.length) this.ensure(8)
    const b = this.buf
    while (gap >= 128) {
      b[this.p++] = (gap & 127) | 128
      gap >>>= 7
    }
    b[this.p++] = gap
    b[this.p++] = q
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.p)
  }
}

function encodeField(a: FieldAcc, dictSize: number, avg: number, lenSum: number, common?: CommonSpec): FieldPostings {
  const n = a.n
  const terms = a.terms
  const docs = a.docs
  const tfs = a.tfs
  const lens = a.lens.arr
  // Counting sort over the dictionary, or (small segments, e.g. one upserted record) a sparse
  // count over the distinct ids only, so an update does not pay for the whole dictionary.
  let counts: Uint32Array | Map<number, number>
  let present: number[]
  if (n * 8 < dictSize) {
    const m = new Map<number, number>()
    for (let i = 0; i < n; i++) m.set(terms[i]!, (m.get(terms[i]!) ?? 0) + 1)
    present = [...m.keys()].sort((x, y) => x - y)
    counts = m
  } else {
    const c = new Uint32Array(dictSize)
    for (let i = 0; i < n; i++) c[terms[i]!]!++
    present = []
    for (let id = 0; id < dictSize; id++) if (c[id]! > 0) present.push(id)
    counts = c
  }
  const countOf = (id: number): number => (counts instanceof Map ? counts.get(id)! : counts[id]!)
  const setCount = (id: number, v: number): void => {
    if (counts instanceof Map) counts.set(id, v)
    else counts[id] = v
  }
  let distinct = 0
  let distinctCommon = 0
  const threshold = common ? common.threshold : Infinity
  for (const id of present) {
    if (countOf(id) > threshold) distinctCommon++
    else distinct++
  }
  const tIds = new Uint32Array(distinct)
  const dfs = new Uint32Array(distinct)
  const cIds = new Uint32Array(distinctCommon)
  const cDfs = new Uint32Array(distinctCommon)
  // start of each term's run in `order`, in term-id order (common and not)
  const all = present
  let k = 0
  let kc = 0
  let pos = 0
  for (const id of present) {
    const c = countOf(id)
    if (c > threshold) {
      cIds[kc] = id
      cDfs[kc] = c
      kc++
    } else {
      tIds[k] = id
      dfs[k] = c
      k++
    }
    setCount(id, pos)
    pos += c
  }
  const order = new Uint32Array(n)
  if (counts instanceof Map) {
    for (let i = 0; i < n; i++) {
      const t = terms[i]!
      const at = counts.get(t)!
      order[at] = i
      counts.set(t, at + 1)
    }
  } else {
    const c = counts
    for (let i = 0; i < n; i++) order[c[terms[i]!]!++] = i
  }
  const w = new ByteWriter(n * 2 + 64)
  const cw = new ByteWriter(distinctCommon > 0 ? 1024 : 0)
  const offs = new Uint32Array(distinct + 1)
  const cOffs = new Uint32Array(distinctCommon + 1)
  // record-level lengths for common terms
  let recLens: Float64Array | null = null
  if (common && distinctCommon > 0) {
    const ur = common.unitRecord
    const records = a.lens.length > 0 ? ur[a.lens.length - 1]! + 1 : 0
    recLens = new Float64Array(records)
    for (let u = 0; u < a.lens.length; u++) recLens[ur[u]!]! += lens[u]!
  }
  let idx = 0
  k = 0
  kc = 0
  for (const id of all) {
    const isCommon = kc < distinctCommon && cIds[kc] === id
    if (!isCommon) {
      offs[k] = w.p
      const df = dfs[k]!
      let prev = -1
      for (let j = 0; j < df; j++) {
        const i = order[idx++]!
        const d = docs[i]!
        w.posting(d - prev, quantize(tfs[i]!, lens[d]!, avg))
        prev = d
      }
      k++
    } else {
      cOffs[kc] = cw.p
      const df = cDfs[kc]!
      const ur = common!.unitRecord
      let prev = -1
      let rec = -1
      let tf = 0
      for (let j = 0; j <= df; j++) {
        const r = j < df ? ur[docs[order[idx + j]!]!]! : -1
        if (r !== rec) {
          if (rec >= 0) {
            cw.posting(rec - prev, quantize(tf, recLens![rec]!, common!.recordAvg))
            prev = rec
          }
          rec = r
          tf = 0
        }
        if (j < df) tf += tfs[order[idx + j]!]!
      }
      idx += df
      kc++
    }
  }
  offs[distinct] = w.p
  cOffs[distinctCommon] = cw.p
  return {
    terms: tIds,
    offs,
    dfs,
    data: w.result(),
    docCount: a.lens.length,
    lenSum,
    cTerms: cIds,
    cOffs,
    cDfs,
    cData: cw.result(),
  }
}

export interface SegmentParts {
  keys: string[]
  kind: Uint8Array
  type: Int32Array
  issuer: Int32Array
  validity: Int32Array
  year: Int32Array
  date: Float64Array
  fieldOff: Uint32Array
  fieldIds: Int32Array
  unitStart: Uint32Array
  unitRecord: Uint32Array
  numberSymbols: string[]
  blobOff: Uint32Array
  bodyOff: Uint32Array
  blob: Buffer
  postings: FieldPostings[]
  dead: Uint8Array
  idIndex: lunr.Index | null
  /** Words indexed (sizes merges). */
  words: number
}

export class Segment implements SegmentParts {
  keys!: string[]
  kind!: Uint8Array
  type!: Int32Array
  issuer!: Int32Array
  validity!: Int32Array
  year!: Int32Array
  date!: Float64Array
  fieldOff!: Uint32Array
  fieldIds!: Int32Array
  unitStart!: Uint32Array
  unitRecord!: Uint32Array
  numberSymbols!: string[]
  blobOff!: Uint32Array
  bodyOff!: Uint32Array
  blob!: Buffer
  postings!: FieldPostings[]
  dead!: Uint8Array
  idIndex!: lunr.Index | null
  words!: number
  live: number

  constructor(parts: SegmentParts) {
    Object.assign(this, parts)
    let live = 0
    for (let i = 0; i < this.dead.length; i++) if (!this.dead[i]) live++
    this.live = live
  }

  get records(): number {
    return this.keys.length
  }
  get units(): number {
    return this.unitRecord.length
  }

  kill(local: number): void {
    if (!this.dead[local]) {
      this.dead[local] = 1
      this.live--
    }
  }

  liveUnits(): number {
    let n = 0
    for (let r = 0; r < this.records; r++) if (!this.dead[r]) n += this.unitStart[r + 1]! - this.unitStart[r]!
    return n
  }

  /** Posting-list index of a term in a field, or -1. */
  find(field: number, termId: number): number {
    return search(this.postings[field]!.terms, termId)
  }

  /** Index of a term among a unit field's record-level (common) lists, or -1. */
  findCommon(field: number, termId: number): number {
    return search(this.postings[field]!.cTerms, termId)
  }
  /** Stored metadata of a record (no texts). */
  head(local: number): StoredHead {
    const buf = this.blob.subarray(this.blobOff[local]!, this.bodyOff[local]!)
    return JSON.parse(inflateRawSync(buf).toString('utf8')) as StoredHead
  }

  /** Stored texts of a record's units (or its body), in order. */
  texts(local: number, head: StoredHead = this.head(local)): string[] {
    const start = this.bodyOff[local]!
    const end = this.blobOff[local + 1]!
    if (end <= start) return []
    const lens = head.c ?? [end - start]
    const out: string[] = []
    let p = start
    for (const len of lens) {
      out.push(...inflateRawSync(this.blob.subarray(p, p + len)).toString('utf8').split(SEP))
      p += len
    }
    return out
  }

  /** Text of the `i`-th unit of a record (inflates only its chunk). */
  unitText(local: number, i: number, head: StoredHead = this.head(local)): string {
    const start = this.bodyOff[local]!
    const end = this.blobOff[local + 1]!
    if (end <= start || i < 0) return ''
    const lens = head.c ?? [end - start]
    const chunk = Math.floor(i / UNITS_PER_CHUNK)
    if (chunk >= lens.length) return ''
    let p = start
    for (let k = 0; k < chunk; k++) p += lens[k]!
    const texts = inflateRawSync(this.blob.subarray(p, p + lens[chunk]!)).toString('utf8').split(SEP)
    return texts[i % UNITS_PER_CHUNK] ?? ''
  }

  /** The full stored record (used to re-index on merge). */
  record(local: number): SearchRecord {
    const head = this.head(local)
    const texts = this.texts(local, head)
    const { u, b, c: _c, ...rest } = head
    const r: SearchRecord = { ...rest }
    if (u) r.units = u.map(([anchor, label, title], i) => ({ anchor, label, title, text: texts[i] ?? '' }))
    else if (b) r.body = texts[0] ?? ''
    return r
  }

  /** Local records whose number-symbol has number `num` (lunr lookup). */
  numberCandidates(num: string): number[] {
    if (!this.idIndex) return []
    const term = `n${num}`.toLowerCase()
    const hits = this.idIndex.query((q) => {
      q.term(term, { presence: lunr.Query.presence.REQUIRED, usePipeline: false })
    })
    return hits.map((h) => Number(h.ref))
  }
}
