import { parseDateVN } from '../../cms/lib/dates'
import { VALIDITY_LABELS } from '../../cms/lib/validity'
import type { SearchKind } from '../../cms/search'
import type { CatalogueQuery } from './cms/catalogue'

const VALIDITY = new Set(Object.keys(VALIDITY_LABELS))

/** A filter value the page could not use, and why: shown on the page, never silently dropped. */
export interface IgnoredFilter {
  param: string
  label: string
  value: string
  reason: string
}

/** The Vietnamese name of each filter parameter, as the filter form labels it. */
export const FILTER_LABELS: Record<string, string> = {
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  field: 'Lĩnh vực',
  year: 'Năm ban hành',
  validity: 'Tình trạng hiệu lực',
  from: 'Từ ngày',
  to: 'Đến ngày',
  sort: 'Sắp xếp',
  page: 'Trang',
}

/**
 * Reads the list page's filters from the URL. A malformed or unknown value is not an error page:
 * it is left out of the query and listed in `ignored`, so the page can say what it did not apply
 * instead of silently showing everything.
 */
export function readDocumentFilters(params: URLSearchParams): CatalogueQuery & { q: string; from: string; to: string; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = []
  const text = (k: string) => (params.get(k) ?? '').trim().slice(0, 100)
  const ignore = (param: string, reason: string) => {
    ignored.push({ param, label: FILTER_LABELS[param] ?? param, value: text(param), reason })
    return undefined
  }
  const int = (k: string) => {
    if (!text(k)) return undefined
    const n = /^\d{1,9}$/.test(text(k)) ? Number(text(k)) : NaN
    return Number.isFinite(n) && n > 0 ? n : ignore(k, 'không phải số nguyên dương')
  }
  const day = (k: string): number | undefined => {
    const v = text(k)
    if (!v) return undefined
    // Native date inputs send yyyy-mm-dd; people also type dd/mm/yyyy.
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00+07:00`) : parseDateVN(v)
    return d && !Number.isNaN(d.getTime()) ? d.getTime() : ignore(k, 'không phải ngày (dd/mm/yyyy)')
  }
  const year = int('year')
  const to = day('to')
  const validity = text('validity')
  const sort = text('sort')
  return {
    q: text('q'),
    type: text('type') || undefined,
    issuer: text('issuer') || undefined,
    field: text('field') || undefined,
    year: year === undefined ? undefined : year >= 1945 && year <= 2100 ? year : ignore('year', 'phải từ 1945 đến 2100'),
    validity: !validity ? undefined : VALIDITY.has(validity) ? validity : ignore('validity', 'không có giá trị này'),
    issuedFrom: day('from'),
    issuedTo: to === undefined ? undefined : to + 24 * 3600_000 - 1,
    from: text('from'),
    to: text('to'),
    sort: sort === 'effective' ? 'effective' : (sort && sort !== 'issued' && ignore('sort', 'không có cách sắp xếp này'), 'issued'),
    page: int('page') ?? 1,
    ignored,
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

/** Kinds of content the site search finds, with their Vietnamese names. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  document: 'Văn bản',
  draft: 'Dự thảo',
  agency: 'Cơ quan',
  page: 'Trang',
  news: 'Tin tức',
  direction: 'Chỉ đạo, điều hành',
  schedule: 'Lịch công tác',
  dissemination: 'Phổ biến pháp luật',
  plan: 'Chiến lược, kế hoạch',
  project: 'Dự án, đấu thầu',
  question: 'Hỏi – đáp',
  science: 'Khoa học, công nghệ',
  statistics: 'Thống kê chuyên ngành',
}

interface Option {
  value: string
  label: string
}

/** What the search page says about a filter it cannot use, in the page's language. */
const SEARCH_FILTER_WORDS = {
  vi: {
    labels: { ...FILTER_LABELS, kind: 'Loại nội dung' } as Record<string, string>,
    notInCatalogue: 'không có trong danh mục',
    badYear: 'phải là năm từ 1945 đến 2100',
    noSuchValue: 'không có giá trị này',
    noSuchKind: 'không có loại nội dung này',
    noSuchSort: 'không có cách sắp xếp này',
    notPositive: 'không phải số nguyên dương',
  },
  en: {
    labels: { type: 'Document type', issuer: 'Issued by', field: 'Field', year: 'Year issued', validity: 'Legal status', kind: 'Content type', sort: 'Sort', page: 'Page' } as Record<string, string>,
    notInCatalogue: 'not in the catalogue',
    badYear: 'must be a year from 1945 to 2100',
    noSuchValue: 'no such value',
    noSuchKind: 'no such content type',
    noSuchSort: 'no such sort order',
    notPositive: 'not a positive whole number',
  },
}

/**
 * Reads /tim-kiem's (and /en/search's) filters with the list page's vocabulary: the catalogue's
 * ids or names for type, issuer and field (the index files documents under names), validity
 * codes or names, a year from 1945 to 2100, a known kind and sort, a positive page. What cannot
 * be used is listed in `ignored`, in the page's language (the page says so) instead of
 * filtering to nothing or to everything.
 */
export function readSearchFilters(params: URLSearchParams, catalogue: { types: Option[]; issuers: Option[]; fields: Option[] }, lang: 'vi' | 'en' = 'vi') {
  const W = SEARCH_FILTER_WORDS[lang]
  const ignored: IgnoredFilter[] = []
  const text = (k: string) => (params.get(k) ?? '').trim().slice(0, 100)
  const ignore = (param: string, reason: string) => {
    ignored.push({ param, label: W.labels[param] ?? param, value: text(param), reason })
    return undefined
  }
  const named = (k: string, options: Option[]) => {
    const v = text(k)
    if (!v) return undefined
    return options.find((o) => o.value === v || o.label === v)?.label ?? ignore(k, W.notInCatalogue)
  }
  const validityNames = Object.entries(VALIDITY_LABELS)
  const validity = text('validity')
  const year = text('year')
  const kind = text('kind')
  const sort = text('sort')
  const page = text('page')
  return {
    filters: {
      documentType: named('type', catalogue.types),
      issuer: named('issuer', catalogue.issuers),
      field: named('field', catalogue.fields),
      year: !year ? undefined : /^\d{4}$/.test(year) && Number(year) >= 1945 && Number(year) <= 2100 ? Number(year) : ignore('year', W.badYear),
      validity: !validity ? undefined : (validityNames.find(([code, label]) => code === validity || label === validity)?.[1] ?? ignore('validity', W.noSuchValue)),
      kind: !kind ? undefined : Object.hasOwn(SEARCH_KIND_LABELS, kind) ? (kind as SearchKind) : ignore('kind', W.noSuchKind),
    },
    sort: sort === 'date' ? ('date' as const) : (sort && sort !== 'relevance' && ignore('sort', W.noSuchSort), 'relevance' as const),
    page: !page ? 1 : /^\d{1,6}$/.test(page) && Number(page) > 0 ? Number(page) : (ignore('page', W.notPositive) ?? 1),
    ignored,
  }
}
