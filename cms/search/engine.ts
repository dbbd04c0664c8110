/**
 * The search engine: a list of immutable segments (segment.ts) plus tombstones, like a small
 * Lucene. See README.md for the design and its measured costs. This class wires the parts:
 * the live index (state.ts), queries (query.ts, scoring.ts, facets.ts) and snapshots (snapshot.ts).
 *
 * - rebuild(): streams records into segments of ~SEGMENT_WORDS words (progress per record).
 * - upsert(): marks the previous version dead and adds a one-record segment: visible at once.
 *   Segments made by updates are merged by size tiers (8 of a tier → 1 of the next), and a small
 *   segment with more than half of its records dead is re-indexed from its stored copies; the
 *   cost of one merge is bounded (segments above MERGE_MAX_WORDS / 8 words are left alone, as are
 *   the large segments a rebuild makes: only the next rebuild replaces them).
 * - upsertMany(): many records built into segments as a rebuild builds them.
 * - remove(): marks the record dead: invisible at once (every query skips dead records).
 * - search(): number-symbol lookup (lunr, per segment) + BM25 over compact postings, AND across
 *   the record (falls back to "most words" when nothing has them all), grouped per record with
 *   its best article, filters, disjunctive facet counts, relevance/date sort and pagination.
 */
import { emptyFacets } from './facets'
import { DEFAULT_PAGE_SIZE, matchRecords, MSG_NONE, runSearch } from './query'
import { KINDS, normalizeRecord, recordKey, type SegmentBuilder } from './segment'
import { loadSnapshot, takeSnapshot, writeSnapshot } from './snapshot'
import { IndexState, SEGMENT_RECORDS, SEGMENT_WORDS } from './state'
import type { SearchEngine, SearchEngineOptions, SearchKind, SearchMatch, SearchQuery, SearchRecord, SearchResult } from './types'

export { MAX_QUERY_LENGTH } from './query'

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
      return runSearch(this.state, query ?? { q: '' })
    } catch (err) {
      // A query must never break the page; the error is an engine bug, log it for the operator.
      console.error('search failed', err)
      const pageSize = DEFAULT_PAGE_SIZE
      return { total: 0, results: [], facets: emptyFacets(), page: 1, pageSize, message: MSG_NONE, notice: 'none' }
    }
  }

  matches(query: Omit<SearchQuery, 'page' | 'pageSize'>, limit = 10_000): SearchMatch[] {
    try {
      return matchRecords(this.state, { ...query, q: query?.q ?? '' }, Math.max(0, Math.floor(limit)))
    } catch (err) {
      console.error('search failed', err)
      return []
    }
  }

  // -- persistence -----------------------------------------------------------------------------

  /** Saves the index as it is when called (later updates are not included). */
  save(dir: string, extra?: Record<string, unknown>): Promise<void> {
    const snapshot = { ...takeSnapshot(this.state), extra }
    return this.serial(() => writeSnapshot(dir, this.fullText, snapshot))
  }

  /** What the caller saved with the index last loaded (`save`'s `extra`), e.g. the change-feed position. */
  savedExtra(): Record<string, unknown> | undefined {
    return this.loadedExtra
  }

  load(dir: string): Promise<boolean> {
    return this.serial(async () => {
      const loaded = await loadSnapshot(dir, this.fullText)
      if (!loaded) return false
      this.state = loaded.state
      this.loadedExtra = loaded.extra
      return true
    })
  }
}
