/**
 * Filters and disjunctive facet counts over the per-record facet arrays of the segments: a
 * record failing exactly one filter is still counted in that filter's facet, so the UI can
 * switch a filter's value without losing the other values' counts.
 */
import { KINDS, type Segment } from './segment'
import type { IndexState } from './state'
import type { SearchFacets, SearchQuery } from './types'

const FAIL_KIND = 1
const FAIL_TYPE = 2
const FAIL_ISSUER = 4
const FAIL_FIELD = 8
const FAIL_YEAR = 16
const FAIL_VALIDITY = 32
/** Id that no record has (a filter value the index has never seen). */
const UNKNOWN = -2

export interface Filters {
  kind?: number
  type?: number
  issuer?: number
  field?: number
  year?: number
  validity?: number
}

export function resolveFilters(state: IndexState, q: SearchQuery): Filters {
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

export function failMask(seg: Segment, r: number, f: Filters): number {
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

export class FacetCounter {
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

export function emptyFacets(): SearchFacets {
  return { documentType: {}, issuer: {}, field: {}, year: {}, validity: {}, kind: {} }
}
