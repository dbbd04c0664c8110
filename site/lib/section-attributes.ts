/** The attribute rows shown at the top of a section item page, per section (Vietnamese labels). */
import { agencyPath } from '../../cms/lib/paths'
import { formatDateTimeVN, formatDateVN } from '../../cms/lib/dates'
import { FUNDING_SOURCES, optionLabel, PROJECT_STATUSES, PROJECT_TYPES } from '../../cms/collections/Projects/options'
import { SCIENCE_KINDS, SCIENCE_LEVELS, SCIENCE_STAGES } from '../../cms/collections/SciencePrograms/options'
import { STATISTICS_KINDS } from '../../cms/collections/SectorStatistics/options'
import type { SectionItem } from './cms/sections'
import type { SectionKey } from './sections'

/** One row: label, text, optional link. */
export interface AttributeRow {
  label: string
  value: string
  href?: string
}

const NEWS_CATEGORY: Record<string, string> = { news: 'Tin tức', event: 'Sự kiện' }
const DIRECTION_KIND: Record<string, string> = { direction: 'Ý kiến chỉ đạo, điều hành', 'petition-reply': 'Trả lời kiến nghị, phản ánh', conclusion: 'Thông báo kết luận' }
const DISSEMINATION_KIND: Record<string, string> = { article: 'Bài viết phổ biến', qa: 'Hỏi – đáp pháp luật', 'new-document': 'Giới thiệu văn bản mới' }
const PLAN_KIND: Record<string, string> = { strategy: 'Chiến lược', orientation: 'Định hướng', 'master-plan': 'Quy hoạch', plan: 'Kế hoạch', programme: 'Chương trình' }

type Related = { name?: string; slug?: string | null } | number | string | null | undefined

function agencyRow(label: string, value: Related): AttributeRow[] {
  if (!value || typeof value !== 'object' || !value.name) return []
  return [{ label, value: value.name, href: value.slug ? agencyPath(value.slug) : undefined }]
}

/** Returns "1.250.000.000 đồng" (Vietnamese digit grouping) or '' for no amount. */
export function formatVnd(amount: number | null | undefined): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return ''
  return `${Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`
}

/** Returns an http(s) address to link to, or undefined (never a javascript: or other scheme). */
function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Returns the rows for an item of the given section, leaving out empty values. */
export function sectionAttributes(section: SectionKey, item: SectionItem): AttributeRow[] {
  const rows: AttributeRow[] = []
  const add = (label: string, value: string | null | undefined) => {
    if (value) rows.push({ label, value })
  }
  const i = item as unknown as Record<string, unknown>
  switch (section) {
    case 'news':
      add('Loại tin', NEWS_CATEGORY[String(i.category)])
      add('Thời gian diễn ra', formatDateTimeVN(i.eventAt as string))
      add('Địa điểm', i.eventLocation as string)
      add('Tác giả', i.author as string)
      // Decree 43/2011 Art 5.3: a reposted item names where it comes from, with a link to the original.
      if (i.sourceName || i.sourceUrl) rows.push({ label: 'Nguồn', value: String(i.sourceName || i.sourceUrl), href: webAddress(i.sourceUrl) })
      add('Ngày đăng', formatDateVN(i.publishedAt as string))
      break
    case 'directions':
      add('Loại', DIRECTION_KIND[String(i.kind)])
      add('Số ký hiệu', i.numberSymbol as string)
      rows.push(...agencyRow('Cơ quan ban hành', i.agency as Related))
      add('Ngày ban hành', formatDateVN(i.publishedAt as string))
      break
    case 'lawDissemination':
      add('Hình thức', DISSEMINATION_KIND[String(i.kind)])
      add('Ngày đăng', formatDateVN(i.publishedAt as string))
      break
    case 'plans':
      add('Loại', PLAN_KIND[String(i.kind)])
      add('Số ký hiệu', i.numberSymbol as string)
      add('Giai đoạn', [i.periodFrom, i.periodTo].filter(Boolean).join(' – '))
      rows.push(...agencyRow('Cơ quan ban hành', i.agency as Related))
      add('Ngày đăng', formatDateVN(i.publishedAt as string))
      break
    case 'projects':
      add('Mục tiêu', i.objective as string)
      add('Lĩnh vực', i.field as string)
      add('Loại', optionLabel(PROJECT_TYPES, i.projectType as string))
      add('Thời gian thực hiện', [formatDateVN(i.startDate as string), formatDateVN(i.endDate as string)].filter(Boolean).join(' – '))
      add('Tổng mức đầu tư / giá gói thầu', formatVnd(i.budget as number))
      add('Nguồn vốn', i.fundingSource ? optionLabel(FUNDING_SOURCES, i.fundingSource as string) : '')
      add('Tình trạng', optionLabel(PROJECT_STATUSES, i.status as string))
      rows.push(...agencyRow('Chủ đầu tư / bên mời thầu', i.owner as Related))
      add('Địa điểm', i.location as string)
      add('Ngày đăng', formatDateVN(i.publishedAt as string))
      break
    case 'science':
      add('Loại', optionLabel(SCIENCE_KINDS, i.kind as string))
      add('Mã số', i.code as string)
      add('Cấp quản lý', i.level ? optionLabel(SCIENCE_LEVELS, i.level as string) : '')
      add('Tổ chức chủ trì', i.hostOrganisation as string)
      add('Chủ nhiệm', i.leader as string)
      rows.push(...agencyRow('Cơ quan quản lý', i.agency as Related))
      add('Thời gian thực hiện', [i.periodFrom, i.periodTo].filter(Boolean).join(' – '))
      add('Kinh phí', formatVnd(i.budget as number))
      add('Tình trạng', optionLabel(SCIENCE_STAGES, i.stage as string))
      add('Kết quả, sản phẩm chính', i.results as string)
      add('Ngày đăng', formatDateVN(i.publishedAt as string))
      break
    case 'statistics':
      add('Loại', optionLabel(STATISTICS_KINDS, i.kind as string))
      add('Kỳ số liệu', i.period as string)
      add('Lĩnh vực', i.field as string)
      rows.push(...agencyRow('Cơ quan thực hiện, công bố', i.agency as Related))
      if (webAddress(i.dataUrl)) rows.push({ label: 'Dữ liệu', value: String(i.dataUrl), href: webAddress(i.dataUrl) })
      add('Ngày công bố', formatDateVN(i.publishedAt as string))
      break
  }
  return rows
}
