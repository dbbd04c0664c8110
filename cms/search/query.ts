/**
 * A query from text to result page: the plan (query words → folded groups of indexed variants
 * and their bigrams, per-segment posting lookups, engine-wide idf), scoring per segment
 * (scoring.ts) with number-symbol hits, AND across the record (else "most words"), filters and
 * facet counts (facets.ts), relevance or date order, the page and its hits with snippets.
 */
import { tokenizeWithOffsets } from './analyzer'
import { FacetCounter, emptyFacets, failMask, resolveFilters } from './facets'
import { parseNumberQuery } from './number-tokens'
import { namedArticle } from './articles'
import { type Phrase, phrasesOf, quotedRanges, verifyPhrases } from './phrases'
import { Candidates, numberHitsFor, popcount, scoreSegment, sharedCandidates, topK, WORD_BITS } from './scoring'
import { F_META, F_RECBI, F_TEXT, F_TEXTBI, F_TITLE, FIELD_COUNT, type Segment, TF_SCALE, UNIT_FIELDS } from './segment'
import { escapeHtml } from '../lib/html'
import { makeSnippet, type SnippetTerms } from './snippet'
import type { IndexState } from './state'
import type { SearchHit, SearchKind, SearchMatch, SearchNotice, SearchQuery, SearchResult } from './types'

export const MAX_QUERY_LENGTH = 500
const MAX_WORDS = 16
const MAX_RESULTS_WINDOW = 10_000
export const DEFAULT_PAGE_SIZE = 10
const MAX_PAGE_SIZE = 100
/** Weight of a variant that only matches without diacritics, when the query has diacritics. */
const FOLDED_WEIGHT = 0.3
/** Field boosts: title, meta, record bigrams, article text, article bigrams. */
const BOOST = [3, 1, 3, 1, 1.5]

const MSG_EMPTY = 'Vui lòng nhập từ khóa (có dấu hoặc không dấu) hoặc số ký hiệu văn bản, ví dụ: 43/2011/NĐ-CP.'
const MSG_TOO_LONG = `Từ khóa quá dài (tối đa ${MAX_QUERY_LENGTH} ký tự). Vui lòng rút gọn từ khóa.`
const MSG_NO_WORDS = 'Từ khóa không chứa chữ hoặc số. Vui lòng nhập từ khóa khác, ví dụ: văn bản điện tử.'
const MSG_PARTIAL = 'Không có kết quả chứa tất cả các từ khóa; đang hiển thị kết quả chứa một phần từ khóa.'
const MSG_PHRASE = 'Không có kết quả chứa đúng cụm từ trong ngoặc kép; đang hiển thị kết quả chứa tất cả các từ của cụm từ.'
export const MSG_NONE = 'Không tìm thấy kết quả phù hợp. Hãy thử từ khóa khác, kiểm tra chính tả hoặc bỏ bớt bộ lọc.'
/** The Vietnamese text of each notice (the engine's pages are Vietnamese; others translate the code). */
export const SEARCH_MESSAGES: Readonly<Record<SearchNotice, string>> = {
  empty: MSG_EMPTY,
  tooLong: MSG_TOO_LONG,
  noWords: MSG_NO_WORDS,
  partial: MSG_PARTIAL,
  phrase: MSG_PHRASE,
  none: MSG_NONE,
}

/** First bit of the phrases' pairs in a candidate's mask (words use the bits below it). */
const PHRASE_BIT0 = 16
const MAX_PHRASE_BITS = 14

interface Group {
  /** Bit in the AND mask (0 for bigrams, which only add score, except a phrase's pairs: each has a bit from PHRASE_BIT0). */
  bit: number
  bigram: boolean
  variants: number[]
  weights: number[]
  fields: number[]
  /** Per field: idf × boost × TF_SCALE. */
  mult: Float64Array
}

export interface Plan {
  groups: Group[]
  words: number
  fullMask: number
  /** Phrases in quotes (two words or more, at most MAX_PHRASES). */
  phrases: Phrase[]
  /** Per phrase: the bits of its words and pairs, all of which one article (or the title and metadata) must have. */
  phraseNeeds: number[]
  /** True when the pairs do not settle a phrase (three words or more, a pair without a bit): check the text. */
  verify: boolean
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

export function planQuery(state: IndexState, q: string): Plan | null {
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
  const quoted = phrasesOf(tokens, quotedRanges(q))
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
  // A phrase's adjacent pairs get a bit of their own: with its words, they must all be in one article (scoring.ts).
  const pairBits = new Map<string, number>()
  let verify = false
  for (const { phrase, tokens: idx } of quoted) {
    if (phrase.words.length > 2) verify = true
    for (let k = 1; k < idx.length; k++) {
      const key = phrase.words[k - 1] + ' ' + phrase.words[k]
      if (!phrase.joined[k] || !pairs.has(key)) {
        verify = true
        continue
      }
      if (pairBits.has(key)) continue
      if (pairBits.size >= MAX_PHRASE_BITS) verify = true
      else pairBits.set(key, 1 << (PHRASE_BIT0 + pairBits.size))
    }
  }
  for (const [folded, exact] of pairs) groups.push(makeGroup(folded, exact, pairBits.get(folded) ?? 0, true))
  const phraseNeeds = quoted.map(({ phrase }) => {
    let need = 0
    phrase.words.forEach((w, k) => {
      need |= byFolded.get(w)?.bit ?? 0
      if (k > 0) need |= pairBits.get(phrase.words[k - 1] + ' ' + w) ?? 0
    })
    return need
  })

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
    fullMask: (1 << words) - 1,
    phrases: quoted.map((p) => p.phrase),
    phraseNeeds,
    verify,
    lookups,
    snippet: {
      words: new Map([...byFolded].map(([folded, g]) => [folded, [...g.exact].some((e) => e !== folded) ? g.exact : null])),
      pairs: new Set(pairs.keys()),
    },
  }
}

interface Selection {
  plan: Plan | null
  /** Candidate indices that match and pass the filters. */
  included: Int32Array
  total: number
  notice?: SearchNotice
  counter: FacetCounter | null
}

function queryText(query: SearchQuery): string {
  const raw = typeof query.q === 'string' ? query.q : query.q === undefined || query.q === null ? '' : String(query.q)
  return raw.normalize('NFC').trim()
}

/** At most this many records' texts are checked for a page of `want` (see `verified`). */
const MAX_CHECKS = (want: number) => Math.max(200, want * 4)

/**
 * The records a query matches, as candidate indices into `sharedCandidates`: every word (and
 * every phrase) in the record, or its number-symbol. A search (`strict` false) falls back to the
 * records with a phrase's words apart, then to those with most words, and counts the facets; a
 * filter (`strict` true) does neither and, when a number-symbol matched, keeps those records only.
 * `want` is how many of the best the caller shows (phrases are checked in the text that far).
 */
function select(state: IndexState, query: SearchQuery, strict: boolean, want: number): Selection | SearchNotice {
  const q = queryText(query)
  const filters = resolveFilters(state, query)
  const hasFilters = Object.keys(filters).length > 0
  if (q.length > MAX_QUERY_LENGTH) return 'tooLong'

  const cands = sharedCandidates
  cands.clear()
  let plan: Plan | null = null
  if (q.length === 0) {
    if (!hasFilters) return 'empty'
    // Browsing with filters only: every live record, newest first.
    state.segments.forEach((seg, si) => {
      for (let r = 0; r < seg.records; r++) if (!seg.dead[r]) cands.push(si, r, 0, -1, 0, 0, 0, 0)
    })
  } else {
    plan = planQuery(state, q)
    if (!plan) return 'noWords'
    const nq = parseNumberQuery(q)
    const typeName = (id: number) => state.facets.documentType.values[id]
    state.segments.forEach((seg, si) => {
      const hits = nq ? numberHitsFor(seg, nq, typeName) : undefined
      scoreSegment(seg, si, plan!, plan!.lookups[si]!, hits, cands)
    })
  }
  const better = order(state, query.sort === 'date' || !plan)
  const n = cands.length
  const keep = new Int32Array(n)

  /** Applies the filters to the kept candidates, counting facets when asked. */
  const filtered = (kept: number, counter: FacetCounter | null) => {
    const included = new Int32Array(kept)
    let total = 0
    const segs = state.segments
    for (let j = 0; j < kept; j++) {
      const i = keep[j]!
      const seg = segs[cands.seg.arr[i]!]!
      const r = cands.local.arr[i]!
      const fail = hasFilters ? failMask(seg, r, filters) : 0
      if (counter && (fail === 0 || (fail & (fail - 1)) === 0)) counter.add(seg, r, fail)
      if (fail === 0) included[total++] = i
    }
    return { included, total }
  }

  if (!plan) {
    for (let i = 0; i < n; i++) keep[i] = i
    const counter = strict ? null : new FacetCounter(state)
    const { included, total } = filtered(n, counter)
    return { plan, included, total, notice: total === 0 ? 'none' : undefined, counter }
  }

  // 1. Every word and every phrase (number hits always qualify).
  const full = plan.fullMask
  const phrases = (1 << plan.phrases.length) - 1
  let kept = 0
  let numbered = 0
  for (let i = 0; i < n; i++) {
    if (cands.num.arr[i]! > 0) {
      keep[kept++] = i
      numbered++
    } else if ((cands.mask.arr[i]! & full) === full && (cands.phr.arr[i]! & phrases) === phrases) keep[kept++] = i
  }
  if (strict && numbered > 0) {
    // A number-symbol names documents: not the ones that merely cite it.
    let k = 0
    for (let j = 0; j < kept; j++) if (cands.num.arr[keep[j]!]! > 0) keep[k++] = keep[j]!
    kept = k
  }
  if (kept > 0 || strict || plan.phrases.length === 0) {
    const counter = strict ? null : new FacetCounter(state)
    let { included, total } = filtered(kept, counter)
    if (plan.verify && total > 0) ({ included, total } = verified(state, plan, included, total, better, want))
    if (total > 0 || strict) return { plan, included, total, notice: total === 0 ? 'none' : undefined, counter }
    if (plan.phrases.length === 0 && kept > 0) return { plan, included, total, notice: 'none', counter }
  }
  // 2. No record has the phrase as typed: those with all its words, and say so.
  let withWords = 0
  for (let i = 0; i < n; i++) if ((cands.mask.arr[i]! & full) === full) keep[withWords++] = i
  if (withWords > 0) {
    const counter = new FacetCounter(state)
    const { included, total } = filtered(withWords, counter)
    return { plan, included, total, notice: total === 0 ? 'none' : 'phrase', counter }
  }
  // 3. No record has every word: those with most of them.
  if (plan.words > 1 && n > 0) {
    for (let i = 0; i < n; i++) {
      const cov = popcount(cands.mask.arr[i]! & WORD_BITS) / plan.words
      cands.score.arr[i]! *= cov * cov
      keep[i] = i
    }
    const counter = new FacetCounter(state)
    const { included, total } = filtered(n, counter)
    return { plan, included, total, notice: total === 0 ? 'none' : 'partial', counter }
  }
  return { plan, included: new Int32Array(0), total: 0, notice: 'none', counter: new FacetCounter(state) }
}

/**
 * Checks phrases of three words or more in the stored text, best-ranked records first (those
 * where the index saw a phrase inside one article before the others), until the
 * `want` records shown are confirmed, checking at most MAX_CHECKS records: what is shown is exact.
 * When the page is filled, the records further down are kept on the evidence of the index (every
 * word and pair of each phrase in one article), so the total can count a few that a full check
 * would drop (checking every text of a large corpus takes seconds). When the checks run out
 * before the page is filled, that evidence has proved poor for this query and the unchecked
 * records are left out. A phrase found in an article makes the hit point there.
 */
function verified(state: IndexState, plan: Plan, included: Int32Array, total: number, better: (a: number, b: number) => boolean, want: number) {
  // Records where the index saw a phrase's words and pairs inside one article are checked first.
  const units = sharedCandidates.units.arr
  const ranked = topK(included, total, total, (a, b) => (units[a] !== 0) !== (units[b] !== 0) ? units[a] !== 0 : better(a, b))
  const out = new Int32Array(total)
  let n = 0
  let confirmed = 0
  let checked = 0
  const budget = MAX_CHECKS(want)
  for (const i of ranked) {
    if (sharedCandidates.num.arr[i]! > 0) {
      out[n++] = i
    } else if (confirmed < want) {
      if (checked++ >= budget) break
      if (phraseFound(state, sharedCandidates, i, plan.phrases)) {
        confirmed++
        out[n++] = i
      }
    } else {
      out[n++] = i
    }
  }
  return { included: out, total: n }
}

/** Ranks candidates: by score then date, or by date then score (`date`, and browsing without words). */
function order(state: IndexState, byDate: boolean): (a: number, b: number) => boolean {
  const cands = sharedCandidates
  const segs = state.segments
  const score = cands.score.arr
  const segOf = cands.seg.arr
  const localOf = cands.local.arr
  const dateOf = (i: number) => segs[segOf[i]!]!.date[localOf[i]!]!
  const tie = (a: number, b: number) => (segOf[a] !== segOf[b] ? segOf[a]! < segOf[b]! : localOf[a]! < localOf[b]!)
  return byDate
    ? (a, b) => {
        const da = dateOf(a)
        const db = dateOf(b)
        if (da !== db) return da > db
        if (score[a] !== score[b]) return score[a]! > score[b]!
        return tie(a, b)
      }
    : (a, b) => {
        if (score[a] !== score[b]) return score[a]! > score[b]!
        const da = dateOf(a)
        const db = dateOf(b)
        if (da !== db) return da > db
        return tie(a, b)
      }
}

/** The search itself (the engine catches and logs what it throws). */
export function runSearch(state: IndexState, query: SearchQuery): SearchResult {
  const pageSize = clampInt(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
  const page = clampInt(query.page, 1, 1, 1_000_000)
  const sel = select(state, query, false, Math.min(page * pageSize, MAX_RESULTS_WINDOW))
  if (typeof sel === 'string') return { total: 0, results: [], facets: emptyFacets(), page, pageSize, message: SEARCH_MESSAGES[sel], notice: sel }
  const { plan, included, total, notice, counter } = sel
  const cands = sharedCandidates
  const better = order(state, query.sort === 'date' || !plan)
  const from = (page - 1) * pageSize
  const k = Math.min(page * pageSize, MAX_RESULTS_WINDOW)
  const top = from < k ? topK(included, total, k, better).slice(from) : []
  const named = query.q ? namedArticle(query.q) : null
  const results = top.map((i) => hit(state.segments[cands.seg.arr[i]!]!, cands.local.arr[i]!, cands, i, plan, named))
  return { total, results, facets: counter!.result(), page, pageSize, message: notice && SEARCH_MESSAGES[notice], notice }
}

/**
 * The records that match a query as a filter (every word and phrase, or the number-symbol: see
 * `select`), in the query's order, at most `limit`; [] for a query with no words.
 */
export function matchRecords(state: IndexState, query: SearchQuery, limit: number): SearchMatch[] {
  // A filter checks phrases as far as a page of a list needs (see `verified`).
  const sel = select(state, query, true, Math.min(limit, 100))
  if (typeof sel === 'string' || sel.total === 0) return []
  const cands = sharedCandidates
  const top = topK(sel.included, sel.total, Math.min(limit, sel.total), order(state, query.sort === 'date' || !sel.plan))
  return top.map((i) => {
    const key = state.segments[cands.seg.arr[i]!]!.keys[cands.local.arr[i]!]!
    const at = key.indexOf('\u0000')
    return { kind: key.slice(0, at) as SearchKind, id: key.slice(at + 1) }
  })
}

/** Checks a candidate's stored text for the phrases; a phrase found in an article makes the hit point there. */
function phraseFound(state: IndexState, c: Candidates, i: number, phrases: Phrase[]): boolean {
  const seg = state.segments[c.seg.arr[i]!]!
  const local = c.local.arr[i]!
  const unit = verifyPhrases(seg, local, phrases, c.units.arr[i]!)
  if (unit === null) return false
  if (unit >= 0) c.unit.arr[i] = seg.unitStart[local]! + unit
  return true
}

function hit(seg: Segment, local: number, c: Candidates, i: number, plan: Plan | null, named: string | null = null): SearchHit {
  const rec = seg.head(local)
  const unitIdx = c.unit.arr[i]!
  const full = plan?.fullMask ?? 0
  const metaExplains = plan ? (c.meta.arr[i]! & full) === full : true
  // The article the query names, when this record has it (articles.ts), wins over the best-scoring one.
  const namedUi = named ? (rec.u?.findIndex((u) => u[0] === named) ?? -1) : -1
  const ui = namedUi >= 0 ? namedUi : unitIdx >= 0 ? unitIdx - seg.unitStart[local]! : -1
  const unitMeta = ui >= 0 ? rec.u?.[ui] : undefined
  const toUnit = namedUi >= 0 || (ui >= 0 && c.num.arr[i]! === 0 && !metaExplains)
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
  if (rec.date) hit.date = rec.date
  if (rec.lang) hit.lang = rec.lang
  return hit
}

function clampInt(v: unknown, dflt: number, min: number, max: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  if (!Number.isFinite(n)) return dflt
  return Math.min(max, Math.max(min, Math.floor(n)))
}
