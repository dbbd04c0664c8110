/**
 * The portal's feeds: what each lists, read through the public data modules (published
 * content only). Each source returns feed items with absolute links, newest first.
 */
import { formatDateVN } from '../../../cms/lib/dates'
import type { FeedItem } from '../../../cms/lib/opendata/feeds'
import type { DocumentType, Field, Issuer } from '../../../cms/payload-types'
import { latestDocuments, latestNews } from '../cms/opendata'
import { listPublicDraftRows, type PublicDraftRow } from '../cms/opendata-consultation'
import { populated } from '../api/format'
import { documentPath, draftPath } from '../../../cms/lib/paths'
import { reportPublishedAt } from '../api/schemas'
import { itemUrl, SECTIONS } from '../sections'

/** Query parameters a feed accepts (filters), by name. */
export type FeedFilters = Record<string, string>

/** One feed: its texts, the page listing the same items, its filters and its items. */
export interface FeedSource {
  title: string
  description: string
  /** Path of the HTML page with the same list. */
  page: string
  /** Query parameters the feed accepts; anything else is a 400. */
  filters: readonly string[]
  items(filters: FeedFilters, origin: string, now: Date): Promise<FeedItem[]>
}

const MAX_ITEMS = 50

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
    description: 'Văn bản pháp luật mới đăng trên cổng thông tin (lọc được theo loại, cơ quan ban hành, lĩnh vực).',
    page: '/van-ban',
    filters: ['type', 'issuer', 'field'],
    async items(filters, origin) {
      const docs = await latestDocuments({ type: filters.type, issuer: filters.issuer, field: filters.field }, MAX_ITEMS)
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
    filters: [],
    async items(_filters, origin, now) {
      return (await listPublicDraftRows())
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
    filters: [],
    async items(_filters, origin, now) {
      return (await listPublicDraftRows())
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
    filters: [],
    async items(_filters, origin) {
      return (await latestNews(MAX_ITEMS))
        .filter((n) => n.slug && n.publishedAt)
        .map((n) => {
          const link = new URL(itemUrl('news', n.slug!), origin).href
          return { id: link, title: n.title, link, description: n.summary ?? undefined, date: new Date(n.publishedAt!), categories: [n.category === 'event' ? 'Sự kiện' : 'Tin tức'] }
        })
    },
  },
}
