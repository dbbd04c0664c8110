/**
 * The portal's feeds: what each lists, read through the public data modules (published
 * content only). Each source returns feed items with absolute links, newest first. A feed takes
 * the words (`q`, through the site search's engine, as on /tim-kiem) and the filters of the list
 * it belongs to, so a list page can offer the feed of exactly what it shows.
 */
import { formatDateVN, startOfVnDay } from '../../../cms/lib/dates'
import { htmlToText } from '../../../cms/lib/html'
import type { FeedItem } from '../../../cms/lib/opendata/feeds'
import { VALIDITY_LABELS } from '../../../cms/lib/validity'
import type { DocumentType, Field, Issuer } from '../../../cms/payload-types'
import type { SearchKind } from '../../../cms/search'
import { getCatalogue } from '../cms/catalogue'
import { latestDocuments, latestNews, type DocumentSort } from '../cms/opendata'
import { listPublicDraftRows, type PublicDraftRow } from '../cms/opendata-consultation'
import { searchMatches, searchSite } from '../cms/search'
import { populated } from '../api/format'
import { readSearchFilters, SEARCH_KIND_LABELS } from '../document-filters'
import { documentPath, draftPath } from '../../../cms/lib/paths'
import { reportPublishedAt } from '../api/schemas'
import { itemUrl, SECTIONS } from '../sections'

/** Query parameters a feed accepts (filters), by name. */
export type FeedFilters = Record<string, string>

/** A parameter value a feed cannot use (answered 400 naming it). */
export class FeedParameterError extends Error {
  constructor(readonly parameter: string) {
    super(`Parameter "${parameter}" is not in the expected format.`)
  }
}

/** Checks one parameter's value (already trimmed, not empty). */
type Check = (value: string) => boolean

/** One feed: its texts, the page listing the same items, its filters and its items. */
export interface FeedSource {
  title: string
  description: string
  /** Path of the HTML page with the same list (the feed's own filters are added to it). */
  page: string
  /** Query parameters the feed accepts, with their check; anything else is a 400. */
  filters: Readonly<Record<string, Check>>
  /** The feed's title for these filters (default: `title`). */
  titleFor?: (filters: FeedFilters) => string
  items(filters: FeedFilters, origin: string, now: Date): Promise<FeedItem[]>
}

const MAX_ITEMS = 50

const id: Check = (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v)
/** Words as the API takes them (at most 200 characters). */
const words: Check = (v) => v.length <= 200
const year: Check = (v) => /^\d{4}$/.test(v) && Number(v) >= 1945 && Number(v) <= 2100
/** A calendar day `yyyy-mm-dd` that exists (not 31 February). */
const day: Check = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && startOfVnDay(v) !== null
const oneOf = (...values: string[]): Check => (v) => values.includes(v)
/** A catalogue value on /tim-kiem: its id or its name. */
const idOrName: Check = (v) => v.length <= 100

/** Keeps the items whose id the words match (through the site search), in the given order; all when there are no words. */
async function matching<T>(kind: SearchKind, q: string | undefined, items: T[], idOf: (item: T) => string | number): Promise<T[]> {
  if (!q) return items
  const ids = new Set(await searchMatches(kind, q))
  return items.filter((i) => ids.has(String(idOf(i))))
}

const DOCUMENT_SORT: Record<string, DocumentSort> = { issued: '-issuedAt', effective: '-effectiveAt' }

const opened = (d: PublicDraftRow, now: Date) => Date.parse(d.opensAt) <= now.getTime()

function draftItem(d: PublicDraftRow, origin: string, date: string, idSuffix: string, description: string): FeedItem {
  const link = new URL(draftPath(d.slug ?? String(d.id)), origin).href
  const agency = populated<{ name: string }>(d.draftingAgency)?.name
  return { id: `${link}${idSuffix}`, title: d.title, link, description, date: new Date(date), author: agency, categories: agency ? [agency] : [] }
}

/** The feeds, by the name used in /rss/{name}.xml and /atom/{name}.xml. */
export const FEEDS: Readonly<Record<string, FeedSource>> = {
  'van-ban': {
    title: 'Văn bản mới',
    description: 'Văn bản pháp luật mới đăng trên cổng thông tin (lọc được như trang danh sách: từ khóa, loại, cơ quan ban hành, lĩnh vực, năm, tình trạng hiệu lực, ngày ban hành).',
    page: '/van-ban',
    filters: { q: words, type: id, issuer: id, field: id, year, validity: oneOf(...Object.keys(VALIDITY_LABELS)), from: day, to: day, sort: oneOf('issued', 'effective') },
    async items(filters, origin) {
      const docs = await latestDocuments(
        {
          q: filters.q,
          type: filters.type,
          issuer: filters.issuer,
          field: filters.field,
          year: filters.year ? Number(filters.year) : undefined,
          validity: filters.validity,
          issuedFrom: filters.from,
          issuedTo: filters.to,
          // Without `sort`: newest online first, what "new documents" means.
          sort: filters.sort ? DOCUMENT_SORT[filters.sort] : undefined,
        },
        MAX_ITEMS,
      )
      return docs.map((d) => {
        const type = populated<DocumentType>(d.documentType)?.name ?? ''
        const issuer = populated<Issuer>(d.issuer)?.name ?? ''
        const fields = (d.fields ?? []).map((f) => populated<Field>(f)?.name).filter((n): n is string => Boolean(n))
        const link = new URL(documentPath(d), origin).href
        return {
          id: link,
          title: `${type} ${d.numberSymbol}`.trim(),
          link,
          description: `${d.summary} (ban hành ngày ${formatDateVN(d.issuedAt)})`,
          date: new Date(d.publishedAt ?? d.issuedAt),
          author: issuer || undefined,
          categories: [type, issuer, ...fields].filter(Boolean),
        }
      })
    },
  },
  'du-thao-mo': {
    title: 'Dự thảo lấy ý kiến',
    description: 'Dự thảo văn bản bắt đầu lấy ý kiến nhân dân trên cổng thông tin.',
    page: '/du-thao',
    filters: { q: words },
    async items(filters, origin, now) {
      return (await matching('draft', filters.q, await listPublicDraftRows(), (d) => d.id))
        .filter((d) => opened(d, now))
        .sort((a, b) => Date.parse(b.opensAt) - Date.parse(a.opensAt))
        .slice(0, MAX_ITEMS)
        .map((d) => draftItem(d, origin, d.opensAt, '', `${d.summary ?? d.title} Góp ý từ ngày ${formatDateVN(d.opensAt)} đến hết ngày ${formatDateVN(Date.parse(d.closesAt) - 1)}.`))
    },
  },
  'du-thao-bao-cao': {
    title: 'Báo cáo tiếp thu, giải trình ý kiến',
    description: 'Dự thảo đã công bố báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý.',
    page: '/du-thao',
    filters: { q: words },
    async items(filters, origin, now) {
      return (await matching('draft', filters.q, await listPublicDraftRows(), (d) => d.id))
        .map((d) => ({ d, at: reportPublishedAt(d, now) }))
        .filter((x): x is { d: PublicDraftRow; at: string } => x.at !== null)
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
        .slice(0, MAX_ITEMS)
        .map(({ d, at }) => draftItem(d, origin, at, '#bao-cao', `Báo cáo tổng hợp, tiếp thu, giải trình ý kiến về ${d.title}, công bố ngày ${formatDateVN(at)}.`))
    },
  },
  'tin-tuc': {
    title: 'Tin tức, sự kiện',
    description: 'Tin tức, sự kiện mới đăng trên cổng thông tin.',
    page: SECTIONS.news.path,
    filters: { q: words },
    async items(filters, origin) {
      const news = filters.q ? await matching('news', filters.q, await latestNews(10_000), (n) => n.id) : await latestNews(MAX_ITEMS)
      return news
        .filter((n) => n.slug && n.publishedAt)
        .slice(0, MAX_ITEMS)
        .map((n) => {
          const link = new URL(itemUrl('news', n.slug!), origin).href
          return { id: link, title: n.title, link, description: n.summary ?? undefined, date: new Date(n.publishedAt!), categories: [n.category === 'event' ? 'Sự kiện' : 'Tin tức'] }
        })
    },
  },
  'tim-kiem': {
    title: 'Tìm kiếm trên cổng thông tin',
    description: 'Kết quả tìm kiếm trên cổng thông tin (như trang /tim-kiem: từ khóa, loại nội dung, loại văn bản, cơ quan ban hành, lĩnh vực, năm, tình trạng hiệu lực); không có từ khóa: thông tin mới đăng thuộc mọi loại.',
    page: '/tim-kiem',
    filters: { q: words, kind: oneOf(...Object.keys(SEARCH_KIND_LABELS)), type: idOrName, issuer: idOrName, field: idOrName, year, validity: idOrName, sort: oneOf('relevance', 'date') },
    titleFor: (f) => (f.q ? `Tìm kiếm «${f.q}» trên cổng thông tin` : 'Tìm kiếm trên cổng thông tin'),
    async items(filters, origin) {
      const { filters: chosen, sort, ignored } = readSearchFilters(new URLSearchParams(filters), await getCatalogue())
      if (ignored.length > 0) throw new FeedParameterError(ignored[0]!.param)
      const q = filters.q ?? ''
      // Without words or filters the engine has nothing to search: the newest items of every kind.
      const browse = !q && !Object.values(chosen).some(Boolean)
      const pages = browse
        ? await Promise.all(Object.keys(SEARCH_KIND_LABELS).map((kind) => searchSite({ q: '', kind: kind as SearchKind, sort: 'date', pageSize: MAX_ITEMS })))
        : [await searchSite({ q, ...chosen, sort: q ? sort : 'date', pageSize: MAX_ITEMS })]
      const hits = pages.flatMap((p) => p.results)
      const time = (date: string | undefined) => (date ? Date.parse(date) || 0 : 0)
      if (browse) hits.sort((a, b) => time(b.date) - time(a.date))
      return hits.slice(0, MAX_ITEMS).map((h) => {
        const link = new URL(h.url, origin).href
        return {
          id: link,
          title: h.title,
          link,
          description: htmlToText(h.snippet) || undefined,
          date: new Date(time(h.date)),
          categories: [SEARCH_KIND_LABELS[h.kind] ?? h.kind],
        }
      })
    },
  },
}
