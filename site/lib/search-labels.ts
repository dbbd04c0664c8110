/**
 * The words of the search page in Vietnamese (/tim-kiem) and English (/en/search). Both pages are
 * one component (site/components/search/SearchPage.astro) over the same engine and filters; the
 * content found stays Vietnamese and is marked so (lang="vi") on the English page.
 */
import { MAX_QUERY_LENGTH, SEARCH_MESSAGES } from '../../cms/search/query'
import type { SearchNotice } from '../../cms/search/types'
import { VALIDITY_LABELS, type ValidityStatus } from '../../cms/lib/validity'
import { SEARCH_KIND_LABELS } from './document-filters'
import type { PageLang } from './language'

export interface SearchLabels {
  path: string
  title: string
  description: string
  queryLabel: string
  queryHint?: string
  submit: string
  sort: string
  relevance: string
  newest: string
  facetsHeading: string
  noFacets: string
  removeFilter: string
  facets: { kind: string; type: string; issuer: string; field: string; year: string; validity: string }
  kinds: Record<string, string>
  /** The validity facet's value (the index files the Vietnamese name) in the page's language. */
  validity: (vietnamese: string) => string
  ignoredIntro: string
  /** «value» in Vietnamese, “value” in English. */
  quote: (value: string) => string
  pastEnd: (asked: number, shown: number) => string
  count: (n: number) => string
  notices: Record<SearchNotice, string>
  pagination: string
  previous: string
  next: string
  /** Before the JSON · CSV · RSS · Atom links of the results. */
  exports: string
  /** Title of the feed of a search (autodiscovery). */
  feedTitle: string
}

const VALIDITY_EN: Record<ValidityStatus, string> = {
  notYetInForce: 'Not yet in force',
  inForce: 'In force',
  partlyOutOfForce: 'Partly out of force',
  suspended: 'Suspended',
  outOfForce: 'Out of force',
}
const validityCode = (vietnamese: string) => (Object.entries(VALIDITY_LABELS) as [ValidityStatus, string][]).find(([, label]) => label === vietnamese)?.[0]

export const SEARCH_LABELS: Record<PageLang, SearchLabels> = {
  vi: {
    path: '/tim-kiem',
    title: 'Tìm kiếm',
    description: 'Tìm văn bản, dự thảo và mọi thông tin trên cổng: gõ có dấu hoặc không dấu, cụm từ trong ngoặc kép, hoặc số ký hiệu',
    queryLabel: 'Từ khóa hoặc số ký hiệu (có dấu hoặc không dấu)',
    submit: 'Tìm',
    sort: 'Sắp xếp',
    relevance: 'Phù hợp nhất',
    newest: 'Mới nhất',
    facetsHeading: 'Thu hẹp kết quả',
    noFacets: 'Không có bộ lọc cho truy vấn này.',
    removeFilter: ' — bỏ lọc',
    facets: { kind: 'Loại nội dung', type: 'Loại văn bản', issuer: 'Cơ quan ban hành', field: 'Lĩnh vực', year: 'Năm', validity: 'Tình trạng hiệu lực' },
    kinds: SEARCH_KIND_LABELS,
    validity: (v) => v,
    ignoredIntro: 'Một số điều kiện lọc không dùng được nên đã bỏ qua:',
    quote: (v) => `«${v}»`,
    pastEnd: (asked, shown) => `Không có trang ${asked}; đang hiển thị trang cuối (trang ${shown}).`,
    count: (n) => `${n} kết quả`,
    notices: SEARCH_MESSAGES,
    pagination: 'Phân trang',
    previous: '‹ Trước',
    next: 'Sau ›',
    exports: 'Các kết quả này dạng dữ liệu mở:',
    feedTitle: 'Kết quả tìm kiếm',
  },
  en: {
    path: '/en/search',
    title: 'Search',
    description: 'Search the documents, draft texts and information of the portal (in Vietnamese): words with or without diacritics, or a document number',
    queryLabel: 'Words or document number',
    queryHint: 'The portal’s content is in Vietnamese: type Vietnamese words, with or without diacritics (“van ban dien tu”), or a number such as 15/CT-TTg.',
    submit: 'Search',
    sort: 'Sort by',
    relevance: 'Best match',
    newest: 'Newest first',
    facetsHeading: 'Narrow the results',
    noFacets: 'No filters for this search.',
    removeFilter: ' — remove filter',
    facets: { kind: 'Content type', type: 'Document type', issuer: 'Issued by', field: 'Field', year: 'Year', validity: 'Legal status' },
    kinds: {
      document: 'Legal document',
      draft: 'Draft for consultation',
      agency: 'Agency',
      page: 'Page',
      news: 'News',
      direction: 'Direction',
      schedule: 'Work schedule',
      dissemination: 'Law dissemination',
      plan: 'Strategy or plan',
      project: 'Project or tender',
      question: 'Question and answer',
      science: 'Science and technology',
      statistics: 'Sector statistics',
    },
    validity: (v) => {
      const code = validityCode(v)
      return code ? VALIDITY_EN[code] : v
    },
    ignoredIntro: 'Some filters could not be used and were left out:',
    quote: (v) => `“${v}”`,
    pastEnd: (asked, shown) => `There is no page ${asked}; showing the last page (page ${shown}).`,
    count: (n) => `${n} ${n === 1 ? 'result' : 'results'}`,
    notices: {
      empty: 'Please type a word (with or without Vietnamese diacritics) or a document number, for example 15/CT-TTg.',
      tooLong: `The search is too long (at most ${MAX_QUERY_LENGTH} characters). Please shorten it.`,
      noWords: 'The search has no letters or digits. Please try other words, for example “van ban dien tu”.',
      partial: 'No result contains all the words; showing results that contain some of them.',
      phrase: 'No result contains the phrase in quotes as typed; showing results that contain all its words.',
      none: 'Nothing found. Try other words, check the spelling or remove a filter.',
    },
    pagination: 'Pages',
    previous: '‹ Previous',
    next: 'Next ›',
    exports: 'These results as open data:',
    feedTitle: 'Search results',
  },
}
