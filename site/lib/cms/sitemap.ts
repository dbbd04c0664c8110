import { agencyPath, askQuestionPath, commentStatusPath, draftPath, QUESTIONS_PATH, questionPath, questionStatusPath } from '../../../cms/lib/paths'
import { listAllPublishedDocumentPaths } from './documents'
import { listPublishedAgencies } from './agencies'
import { listPublishedQuestionLinks } from './questions'
import { payloadInstance } from './payload'
import { SCHEDULE_PATH, SECTIONS, itemUrl, type SectionKey } from '../sections'

/** One page of the public site, with its children in the site map tree. */
export interface SiteNode {
  path: string
  title: string
  /** Last change (ISO), when known. */
  lastmod?: string | null
  lang?: 'vi' | 'en'
  children: SiteNode[]
  /** True for groups too long to list in the HTML site map (every document is in sitemap.xml). */
  collapsed?: boolean
}

const node = (path: string, title: string, children: SiteNode[] = [], extra: Partial<SiteNode> = {}): SiteNode => ({
  path,
  title,
  children,
  lastmod: extra.lastmod ?? latest(children),
  ...extra,
})

function latest(children: SiteNode[]): string | null {
  let best: string | null = null
  for (const c of children) if (c.lastmod && (!best || c.lastmod > best)) best = c.lastmod
  return best
}

type Listed = { title?: string | null; slug?: string | null; updatedAt: string }

async function published(collection: string, sort: string, where?: object): Promise<Listed[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: collection as 'news',
    ...(where ? { where: where as never } : {}),
    sort,
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true, updatedAt: true },
  })
  return docs as Listed[]
}

async function sectionNode(key: SectionKey, extra: SiteNode[] = []): Promise<SiteNode> {
  const items = await published(SECTIONS[key].collection, '-publishedAt')
  return node(SECTIONS[key].path, SECTIONS[key].title, [...extra, ...items.map((i) => node(itemUrl(key, i.slug!), i.title ?? '', [], { lastmod: i.updatedAt }))])
}

/** Returns the last change of a collection's published items (the lastmod of a page listing them all), or null. */
async function newest(collection: 'public-services' | 'disclosures'): Promise<string | null> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, draft: false, overrideAccess: false, select: { updatedAt: true } })
  return docs[0]?.updatedAt ?? null
}

async function pagesNode(path: string, title: string, section: 'introduction' | 'contact', lang: 'vi' | 'en'): Promise<SiteNode> {
  const pages = await published('pages', 'order', { and: [{ section: { equals: section } }, { language: { equals: lang } }] })
  return node(path, title, pages.map((p) => node(`${path}/${p.slug}`, p.title ?? '', [], { lastmod: p.updatedAt, lang })), { lang })
}

async function directionsNode(): Promise<SiteNode> {
  const schedules = await published('work-schedules', '-weekOf')
  const scheduleNodes = schedules.map((s) => node(`${SCHEDULE_PATH}/${s.slug}`, s.title ?? '', [], { lastmod: s.updatedAt }))
  return sectionNode('directions', [node(SCHEDULE_PATH, 'Lịch công tác của lãnh đạo', scheduleNodes)])
}

/**
 * Returns every public page as a tree (home → sections → items), read with public access only,
 * so nothing unpublished appears. The documents group is marked collapsed for the HTML map.
 */
export async function getSiteTree(): Promise<SiteNode[]> {
  const [intro, news, directions, documents, drafts, dissemination, questions, plans, projects, science, statistics, agencies, contact, introEn, contactEn, services, disclosures] = await Promise.all([
    pagesNode('/gioi-thieu', 'Giới thiệu', 'introduction', 'vi'),
    sectionNode('news'),
    directionsNode(),
    listAllPublishedDocumentPaths(),
    // Guarded: the drafts collection may not exist in every build.
    published('drafts', '-updatedAt'),
    sectionNode('lawDissemination'),
    listPublishedQuestionLinks(),
    sectionNode('plans'),
    sectionNode('projects'),
    sectionNode('science'),
    sectionNode('statistics'),
    listPublishedAgencies(),
    pagesNode('/lien-he', 'Liên hệ', 'contact', 'vi'),
    pagesNode('/en/gioi-thieu', 'Introduction', 'introduction', 'en'),
    pagesNode('/en/lien-he', 'Contact us', 'contact', 'en'),
    newest('public-services'),
    newest('disclosures'),
  ])
  const english = agencies.filter((a) => a.nameEn)
  return [
    node('/', 'Trang chủ', [
      intro,
      news,
      directions,
      node('/van-ban', 'Văn bản', documents.map((d) => node(d.path, d.title, [], { lastmod: d.lastmod })), { collapsed: true }),
      node('/kiem-tra-van-ban', 'Kiểm tra bản sao văn bản'),
      node('/du-thao', 'Dự thảo – Lấy ý kiến', [
        ...drafts.map((d) => node(draftPath(d.slug), d.title ?? '', [], { lastmod: d.updatedAt })),
        node(commentStatusPath(), 'Tra cứu tình trạng góp ý'),
      ]),
      dissemination,
      node(QUESTIONS_PATH, 'Hỏi – đáp', [
        ...questions.map((q) => node(questionPath(q.code), q.title, [], { lastmod: q.updatedAt })),
        node(askQuestionPath(), 'Gửi câu hỏi'),
        node(questionStatusPath(), 'Tra cứu câu hỏi'),
      ]),
      plans,
      projects,
      science,
      statistics,
      node('/dich-vu-cong', 'Dịch vụ công trực tuyến', [], { lastmod: services }),
      node('/cong-khai-thong-tin', 'Danh mục thông tin công khai', [], { lastmod: disclosures }),
      node('/co-quan', 'Cơ quan – Liên hệ', agencies.map((a) => node(agencyPath(a.slug), a.name, [], { lastmod: a.updatedAt }))),
      contact,
      // Standing pages of other areas (open data, statistics, API documentation).
      node('/du-lieu-mo', 'Dữ liệu mở'),
      node('/thong-ke', 'Thống kê'),
      node('/api/v1/docs', 'Tài liệu giao diện lập trình (API)'),
      node('/tim-kiem', 'Tìm kiếm'),
      node('/tuyen-bo-tiep-can', 'Tuyên bố về khả năng tiếp cận'),
      node('/so-do-cong', 'Sơ đồ cổng'),
    ]),
    node('/en', 'English', [
      introEn,
      contactEn,
      node('/en/co-quan', 'Agency directory', english.map((a) => node(agencyPath(a.slug, 'en'), a.nameEn!, [], { lastmod: a.updatedAt, lang: 'en' })), { lang: 'en' }),
      node('/en/search', 'Search', [], { lang: 'en' }),
      node('/en/tuyen-bo-tiep-can', 'Accessibility statement', [], { lang: 'en' }),
    ], { lang: 'en' }),
  ]
}

/** Returns every node of the tree in document order (for sitemap.xml and the rating form's page check). */
export function flattenTree(nodes: SiteNode[]): SiteNode[] {
  const out: SiteNode[] = []
  const seen = new Set<string>()
  const walk = (list: SiteNode[]) => {
    for (const n of list) {
      if (!seen.has(n.path)) {
        seen.add(n.path)
        out.push(n)
      }
      walk(n.children)
    }
  }
  walk(nodes)
  return out
}
