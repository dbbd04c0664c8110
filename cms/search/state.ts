/**
 * The live index: the shared dictionaries, the list of immutable segments, where each record's
 * current version lives (older versions are tombstoned) and the engine-wide length statistics
 * (so BM25 scores of different segments are comparable). Also the merge policy for the small
 * segments that updates make.
 */
import { Dictionary } from './dictionary'
import { FIELD_COUNT, type FacetDicts, type LengthStats, Segment, SegmentBuilder, ValueDict } from './segment'

/** Segment size while rebuilding (words indexed) and record cap. */
export const SEGMENT_WORDS = 6_000_000
export const SEGMENT_RECORDS = 20_000
/** Merge policy for segments created by updates. */
const MERGE_FACTOR = 8
const MERGE_MAX_WORDS = 2_000_000

interface Location {
  seg: Segment
  local: number
}

export class IndexState {
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
