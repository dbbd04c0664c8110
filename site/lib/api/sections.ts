/**
 * The Decree 43 sections in the public API (Arts 10–12; issue 16): one declared table, and from
 * each row a list endpoint (`/news`, paged, filtered, `q` through the site search, also CSV) and
 * an item endpoint (`/news/{slug}`). Items are read as the search index reads them
 * (site/lib/cms/opendata-sections.ts): published only, never a draft, an internal field or an
 * asker's name, e-mail or phone, and every field is one the item's public page shows.
 */
import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { z } from 'zod'

import { Directions } from '../../../cms/collections/Directions'
import { LawDissemination } from '../../../cms/collections/LawDissemination'
import { News } from '../../../cms/collections/News'
import { Pages } from '../../../cms/collections/Pages'
import { Plans } from '../../../cms/collections/Plans'
import { FUNDING_SOURCES, PROJECT_STATUSES, PROJECT_TYPES } from '../../../cms/collections/Projects/options'
import { SCIENCE_KINDS, SCIENCE_LEVELS, SCIENCE_STAGES } from '../../../cms/collections/SciencePrograms/options'
import { STATISTICS_KINDS } from '../../../cms/collections/SectorStatistics/options'
import { csvColumns } from '../../../cms/lib/csv'
import { pagePath, questionPath, sectionItemPath, type SectionCollectionSlug } from '../../../cms/lib/paths'
import { toPublicQuestion, type StoredQuestion } from '../../../cms/questions/public'
import type { SearchKind } from '../../../cms/search/types'
import { listPublicItems } from '../cms/opendata-sections'
import { searchMatches } from '../cms/search'
import { listPage } from './cursor'
import { defineEndpoint, type AnyEndpoint } from './define'
import { absoluteUrl, latest } from './format'
import { agencyRef, agencyRefOf, date, dateTime, File, fileOf, from, id, int, ListEnvelope, list, object, orNull, read, str, uri } from './schemas'

type Row = Record<string, any>
type Options = readonly { label: string; value: string }[]
/** What an item is read with: the public origin and its section. */
type Ctx = { origin: string; section: Section }
const get = from<Row, Ctx>()

/** Returns a choice field: its codes, with their Vietnamese labels in the description. */
const choice = (options: Options, description: string) =>
  z.enum(options.map((o) => o.value) as [string, ...string[]]).describe(`${description}: ${options.map((o) => `\`${o.value}\` ${o.label}`).join('; ')}.`)
/** Returns the options of a collection's select field (declared once, in the collection). */
function optionsOf(config: CollectionConfig, name: string): Options {
  const find = (fields: Field[]): Options | undefined =>
    fields.map((f) => ('name' in f && f.name === name && 'options' in f ? (f.options as Options) : 'fields' in f ? find(f.fields as Field[]) : undefined)).find(Boolean)
  return find(config.fields) ?? []
}
const agency = (description: string, key = 'agency') => get(orNull(agencyRef).describe(description), (r) => agencyRefOf(r[key]))
const attachment = get(File.nullable().describe('Tệp đính kèm.'), (r, c) => fileOf(r.attachment, null, c.origin))
const year = (description: string) => orNull(int(description, 1900))

/** One section: its path, collection, search kind, the fields it adds, the choice fields it is filtered by, and its item's page. */
interface Section {
  path: string
  collection: CollectionSlug
  kind: SearchKind
  tag: string
  /** Vietnamese name, for summaries: `Danh sách ${name}`. */
  name: string
  fields: z.ZodRawShape
  filters?: Record<string, z.ZodType>
  page: (r: Row) => string | null
  /** The public projection of a stored row (questions); rows it refuses are not public. */
  project?: (r: Row) => Row | null
  /** The item's key in its address (the slug unless said). */
  key?: (r: Row) => string | null
}

const sectionPage = (collection: SectionCollectionSlug) => (r: Row) => (r.slug ? sectionItemPath(collection, r.slug) : null)
const NEWS_CATEGORY = choice(optionsOf(News, 'category'), 'Loại tin')
const DIRECTION_KIND = choice(optionsOf(Directions, 'kind'), 'Loại')
const DISSEMINATION_KIND = choice(optionsOf(LawDissemination, 'kind'), 'Loại')
const PLAN_KIND = choice(optionsOf(Plans, 'kind'), 'Loại')
const PAGE_SECTION = choice(optionsOf(Pages, 'section'), 'Mục')
const LANGUAGE = choice(optionsOf(Pages, 'language'), 'Ngôn ngữ')
const PROJECT_TYPE = choice(PROJECT_TYPES, 'Loại dự án')
const PROJECT_STATUS = choice(PROJECT_STATUSES, 'Tình trạng')
const SCIENCE_KIND = choice(SCIENCE_KINDS, 'Loại')
const SCIENCE_STAGE = choice(SCIENCE_STAGES, 'Tình trạng')
const STATISTICS_KIND = choice(STATISTICS_KINDS, 'Loại')

/** The sections, in documentation order. */
export const SECTIONS: readonly Section[] = [
  {
    path: 'news',
    collection: 'news',
    kind: 'news',
    tag: 'Tin tức',
    name: 'tin tức, sự kiện',
    filters: { category: NEWS_CATEGORY },
    fields: {
      category: NEWS_CATEGORY,
      eventAt: orNull(dateTime('Thời gian diễn ra sự kiện.')),
      eventLocation: orNull(str('Địa điểm sự kiện.')),
      // Decree 43/2011 Art 5.3: reposted news names its source and author.
      sourceName: orNull(str('Tên nguồn, với tin đăng lại.')),
      sourceUrl: orNull(uri('Địa chỉ bài gốc, với tin đăng lại.')),
      author: orNull(str('Tác giả.')),
    },
    page: sectionPage('news'),
  },
  {
    path: 'pages',
    collection: 'pages',
    kind: 'page',
    tag: 'Giới thiệu',
    name: 'trang giới thiệu, liên hệ',
    filters: { section: PAGE_SECTION, language: LANGUAGE },
    fields: { section: PAGE_SECTION, language: LANGUAGE, order: orNull(int('Thứ tự trong mục.')) },
    page: (r) => (r.slug ? pagePath(r.section, r.slug, r.language) : null),
    // A Vietnamese page and its English counterpart may share a slug.
    key: (r) => (r.slug ? (r.language === 'en' ? `en-${r.slug}` : r.slug) : null),
  },
  {
    path: 'directions',
    collection: 'directions',
    kind: 'direction',
    tag: 'Chỉ đạo, điều hành',
    name: 'ý kiến chỉ đạo, điều hành',
    filters: { kind: DIRECTION_KIND },
    fields: { kind: DIRECTION_KIND, numberSymbol: orNull(str('Số ký hiệu.')), agency: agency('Cơ quan.'), petition: orNull(str('Kiến nghị được trả lời (không có thông tin người kiến nghị).')) },
    page: sectionPage('directions'),
  },
  {
    path: 'law-dissemination',
    collection: 'law-dissemination',
    kind: 'dissemination',
    tag: 'Phổ biến pháp luật',
    name: 'bài phổ biến, giáo dục pháp luật',
    filters: { kind: DISSEMINATION_KIND },
    fields: { kind: DISSEMINATION_KIND },
    page: sectionPage('law-dissemination'),
  },
  {
    path: 'plans',
    collection: 'plans',
    kind: 'plan',
    tag: 'Chiến lược, kế hoạch',
    name: 'chiến lược, quy hoạch, kế hoạch',
    filters: { kind: PLAN_KIND },
    fields: { kind: PLAN_KIND, numberSymbol: orNull(str('Số ký hiệu.')), periodFrom: year('Từ năm.'), periodTo: year('Đến năm.'), agency: agency('Cơ quan.'), attachment },
    page: sectionPage('plans'),
  },
  {
    path: 'projects',
    collection: 'projects',
    kind: 'project',
    tag: 'Dự án, đấu thầu',
    name: 'dự án, hạng mục đầu tư, đấu thầu',
    filters: { projectType: PROJECT_TYPE, status: PROJECT_STATUS },
    fields: {
      projectType: PROJECT_TYPE,
      status: PROJECT_STATUS,
      objective: orNull(str('Mục tiêu.')),
      field: orNull(str('Lĩnh vực.')),
      startDate: orNull(date('Ngày bắt đầu.')),
      endDate: orNull(date('Ngày kết thúc.')),
      budget: orNull(z.number().min(0).describe('Tổng mức đầu tư (đồng).')),
      fundingSource: orNull(choice(FUNDING_SOURCES, 'Nguồn vốn')),
      owner: agency('Chủ đầu tư.', 'owner'),
      location: orNull(str('Địa điểm.')),
    },
    page: sectionPage('projects'),
  },
  {
    path: 'science-programmes',
    collection: 'science-programmes',
    kind: 'science',
    tag: 'Khoa học, công nghệ',
    name: 'chương trình, đề tài khoa học',
    filters: { kind: SCIENCE_KIND, stage: SCIENCE_STAGE },
    fields: {
      kind: SCIENCE_KIND,
      code: orNull(str('Mã số.')),
      level: orNull(choice(SCIENCE_LEVELS, 'Cấp quản lý')),
      stage: SCIENCE_STAGE,
      hostOrganisation: orNull(str('Tổ chức chủ trì.')),
      leader: orNull(str('Chủ nhiệm.')),
      agency: agency('Cơ quan quản lý.'),
      periodFrom: year('Thực hiện từ năm.'),
      periodTo: year('Thực hiện đến năm.'),
      budget: orNull(z.number().min(0).describe('Kinh phí (đồng).')),
      results: orNull(str('Kết quả, sản phẩm chính.')),
      attachment,
    },
    page: sectionPage('science-programmes'),
  },
  {
    path: 'sector-statistics',
    collection: 'sector-statistics',
    kind: 'statistics',
    tag: 'Thống kê chuyên ngành',
    name: 'báo cáo, số liệu thống kê chuyên ngành',
    filters: { kind: STATISTICS_KIND },
    fields: { kind: STATISTICS_KIND, period: orNull(str('Kỳ số liệu.')), field: orNull(str('Lĩnh vực.')), agency: agency('Cơ quan thực hiện, công bố.'), attachment, dataUrl: orNull(uri('Địa chỉ dữ liệu (CSV, API…).')) },
    page: sectionPage('sector-statistics'),
  },
  {
    path: 'questions',
    collection: 'questions',
    kind: 'question',
    tag: 'Hỏi – đáp',
    name: 'câu hỏi đã trả lời và công khai',
    filters: { field: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).describe('Mã lĩnh vực (giá trị `field.id`).') },
    fields: {
      code: str('Mã câu hỏi.'),
      body: get(str('Câu hỏi.'), (r) => r.bodyText),
      field: get(orNull(object('Lĩnh vực.', { id, name: str('Tên lĩnh vực.') })), (r) => (r.fieldId ? { id: r.fieldId, name: r.fieldName ?? '' } : null)),
      answer: get(str('Trả lời.'), (r) => r.answerText),
      unitName: orNull(str('Đơn vị trả lời.')),
      receivedAt: orNull(dateTime('Thời điểm nhận câu hỏi.')),
      answeredAt: orNull(dateTime('Thời điểm trả lời.')),
    },
    page: (r) => questionPath(r.code),
    // The public projection only: the asker's name, e-mail, phone and files never come out.
    project: (r) => {
      const q = toPublicQuestion(r as StoredQuestion)
      return q && { ...q, id: r.id, field: q.fieldId }
    },
    key: (r) => r.code,
  },
]

const pascal = (path: string) => path.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())
const keyOf = (s: Section, r: Row): string | null => (s.key ? s.key(r) : r.slug) ?? null

/** Returns the item schema of a section (list) and its detail (with the body). */
function itemSchemas(s: Section) {
  const name = pascal(s.path)
  const item = object(`Một mục của ${s.name}.`, {
    id,
    slug: get(str('Định danh trong đường dẫn.'), (r) => keyOf(s, r)!),
    title: str('Tiêu đề.'),
    summary: orNull(str('Tóm tắt.')),
    publishedAt: orNull(dateTime('Thời điểm đăng.')),
    ...s.fields,
    url: get(uri('Trang HTML của mục.'), (r, c) => absoluteUrl(c.origin, s.page(r))!),
    apiUrl: get(uri('Địa chỉ API của mục.'), (r, c) => `${c.origin}/api/v1/${s.path}/${encodeURIComponent(keyOf(s, r)!)}`),
    updatedAt: orNull(dateTime('Lần cập nhật gần nhất.')),
  }).meta({ id: `${name}Item` })
  const body = s.collection === 'questions' ? (r: Row) => `${r.bodyHtml}${r.answerHtml}` : (r: Row) => r.bodyHtml ?? null
  return { item, detail: item.extend({ bodyHtml: get(orNull(str('Nội dung dạng HTML.')), body) }).meta({ id: `${name}Detail` }) }
}

/** The CSV column of a field: an object field (an agency, a file) gives its name or address. */
const column = ([key, schema]: [string, z.core.$ZodType]) => {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType }
  const isObject = (def.type === 'nullable' ? def.innerType!._zod.def.type : def.type) === 'object'
  return isObject ? `${key}=${key}.${key === 'attachment' ? 'url' : 'name'}` : key
}

/** Parameters of every section list. */
const listParams = (s: Section) => ({
  q: z.string().max(200).optional().describe('Từ khóa, có hoặc không dấu (tìm như trang /tim-kiem).'),
  ...Object.fromEntries(Object.entries(s.filters ?? {}).map(([k, v]) => [k, v.optional()])),
  year: z.int().min(1945).max(2100).optional().describe('Năm đăng.'),
  updatedSince: z.iso.datetime({ offset: true }).optional().describe('Chỉ các mục được cập nhật từ thời điểm này (ISO 8601 có múi giờ).'),
  sort: z.enum(['-publishedAt', 'publishedAt', '-updatedAt']).default('-publishedAt').describe('Thứ tự: mới đăng trước, cũ trước, hoặc cập nhật gần nhất trước.'),
})

/** A section's endpoints and how they answer. */
export interface SectionApi {
  section: Section
  list: AnyEndpoint
  item: AnyEndpoint
  schemas: { item: z.ZodObject; detail: z.ZodObject }
}

export const SECTION_APIS: readonly SectionApi[] = SECTIONS.map((s) => {
  const { item, detail } = itemSchemas(s)
  const Name = pascal(s.path)
  const list = defineEndpoint({
    id: `list${Name}`,
    path: `/${s.path}`,
    summary: `Danh sách ${s.name}`,
    description: `Các mục đã đăng công khai của mục ${s.tag}, mới đăng trước; lọc và tìm như trang danh sách.`,
    tags: [s.tag],
    list: true,
    params: listParams(s),
    response: ListEnvelope(item),
    csv: { filename: `${s.path}.csv`, columns: csvColumns(`id slug title summary publishedAt ${Object.entries(s.fields).map(column).join(' ')} url updatedAt`) },
  })
  const one = defineEndpoint({
    id: `get${Name.replace(/s$/, '')}`,
    path: `/${s.path}/{slug}`,
    summary: `Một mục của ${s.name}`,
    description: `Một mục đã đăng công khai, kèm nội dung.`,
    tags: [s.tag],
    params: { slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/i).describe('Định danh của mục (giá trị `slug`).') },
    response: detail,
  })
  return { section: s, list: list as AnyEndpoint, item: one as AnyEndpoint, schemas: { item, detail } }
})

/** Returns the public rows of a section (projected when the section says so). */
async function publicRows(s: Section): Promise<Row[]> {
  const rows = await listPublicItems(s.collection)
  return (s.project ? rows.map(s.project) : rows).filter((r): r is Row => r !== null && keyOf(s, r) !== null && s.page(r) !== null)
}

const time = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : null)

/** Answers a section's list: filters, `q` through the search index, paged in memory like drafts. */
export async function listSectionItems(api: SectionApi, values: Row & { limit: number }, url: URL, origin: string) {
  const s = api.section
  const matching = values.q ? new Set(await searchMatches(s.kind, values.q)) : null
  const since = values.updatedSince ? Date.parse(values.updatedSince) : null
  const rows = (await publicRows(s)).filter(
    (r) =>
      (!matching || matching.has(String(r.id))) &&
      Object.keys(s.filters ?? {}).every((k) => !values[k] || r[k] === values[k]) &&
      (!values.year || new Date((time(r.publishedAt) ?? 0) + 7 * 3600_000).getUTCFullYear() === values.year) &&
      (since === null || (time(r.updatedAt) ?? 0) >= since),
  )
  const field = String(values.sort).replace(/^-/, '')
  const page = listPage(rows, { value: (r) => time(r[field]), id: (r) => r.id, direction: String(values.sort).startsWith('-') ? 'desc' : 'asc' }, values, url)
  return { json: { ...page, data: page.data.map((r) => read(api.schemas.item, r, { origin, section: s })) }, lastModified: latest(page.data.map((r) => r.updatedAt)) }
}

/** Answers a section's item, or null (not public, unknown). */
export async function getSectionItem(api: SectionApi, slug: string, origin: string) {
  const row = (await publicRows(api.section)).find((r) => keyOf(api.section, r) === slug)
  return row ? { json: read(api.schemas.detail, row, { origin, section: api.section }), lastModified: latest([row.updatedAt]) } : null
}

/** The named schemas of the sections, for the OpenAPI components. */
export const SECTION_SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(
  SECTION_APIS.flatMap(({ schemas }) => [schemas.item, schemas.detail]).map((schema) => [String(schema.meta()?.id), schema]),
)

/** The handler of each section endpoint, by operation id. */
export const SECTION_HANDLERS: Record<string, (ctx: { values: Row; url: URL; origin: string }) => Promise<{ json: unknown; lastModified: Date | null } | null>> = Object.fromEntries(
  SECTION_APIS.flatMap((api) => [
    [api.list.id, ({ values, url, origin }) => listSectionItems(api, values as never, url, origin)],
    [api.item.id, ({ values, origin }) => getSectionItem(api, values.slug, origin)],
  ]),
)
