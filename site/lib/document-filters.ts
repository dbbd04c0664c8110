import { parseDateVN } from '../../cms/lib/dates'
import type { CatalogueQuery } from './cms/catalogue'

const VALIDITY = new Set(['notYetInForce', 'inForce', 'partlyOutOfForce', 'outOfForce'])

/** Reads the list page's filters from the URL; unknown or malformed values are ignored, never an error page. */
export function readDocumentFilters(params: URLSearchParams): CatalogueQuery & { q: string; from: string; to: string } {
  const text = (k: string) => (params.get(k) ?? '').trim().slice(0, 100)
  const int = (k: string) => {
    const n = Number.parseInt(text(k), 10)
    return Number.isFinite(n) && n > 0 ? n : undefined
  }
  const day = (k: string): number | undefined => {
    const v = text(k)
    if (!v) return undefined
    // Native date inputs send yyyy-mm-dd; people also type dd/mm/yyyy.
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00+07:00`) : parseDateVN(v)
    return d && !Number.isNaN(d.getTime()) ? d.getTime() : undefined
  }
  const year = int('year')
  const to = day('to')
  return {
    q: text('q'),
    type: text('type') || undefined,
    issuer: text('issuer') || undefined,
    field: text('field') || undefined,
    year: year && year >= 1945 && year <= 2100 ? year : undefined,
    validity: VALIDITY.has(text('validity')) ? text('validity') : undefined,
    issuedFrom: day('from'),
    issuedTo: to === undefined ? undefined : to + 24 * 3600_000 - 1,
    from: text('from'),
    to: text('to'),
    sort: text('sort') === 'effective' ? 'effective' : 'issued',
    page: int('page') ?? 1,
  }
}

/** Returns the list URL for a filter state (each state has its own address). */
export function documentListUrl(state: Record<string, string | number | undefined>, changes: Record<string, string | number | undefined> = {}): string {
  const merged = { ...state, ...changes }
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '' && !(k === 'page' && Number(v) === 1) && !(k === 'sort' && v === 'issued')) params.set(k, String(v))
  const qs = params.toString()
  return qs ? `/van-ban?${qs}` : '/van-ban'
}
