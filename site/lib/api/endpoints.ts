/**
 * The endpoints of the public read-only API (/api/v1), declared once with zod. The dispatcher
 * parses requests with these declarations, /api/v1/openapi.json and /api/v1/docs are generated
 * from them, and the integration tests check every answer against that description.
 */
import { SLUG } from '../../../cms/lib/slug'
import { z } from 'zod'

import { STANCE_CODES, SUBMITTER_CATEGORY_CODES } from '../../../cms/consultation/comments/codes'
import { AGENCY_LEVELS } from '../../../cms/lib/agencies/levels'
import { csvColumns } from '../../../cms/lib/csv'
import { badCursor, defineEndpoint, problem, type AnyEndpoint } from './define'
import { SECTION_APIS } from './sections'
import { Agency, Comment, Document, DocumentDetail, Provision, Draft, DraftDetail, DRAFT_STATE_VALUES, ListEnvelope, SEARCH_KIND_VALUES, SearchResult, VALIDITY_VALUES } from './schemas'

/** Tag names, in the order the documentation shows them. */
export const API_TAGS = { documents: 'Văn bản', drafts: 'Dự thảo', agencies: 'Cơ quan', search: 'Tìm kiếm' } as const

/** Base path of the API. */
export const API_BASE_PATH = '/api/v1'

const example = (value: string) => ({ example: value })
const idRef = (description: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().describe(description)
const slug = (description: string, value: string) => z.string().regex(SLUG).describe(description).meta(example(value))
const sort = <const T extends readonly [string, ...string[]]>(values: T, description: string) => z.enum(values).default(values[0]).describe(description)

const q = z.string().max(200).describe('Từ khóa, có hoặc không dấu (tìm như trang /tim-kiem, mọi từ đều phải có); cụm từ trong ngoặc kép được tìm nguyên cụm; một số ký hiệu (ví dụ `43/2011/NĐ-CP`, `chỉ thị 15 năm 2012`) tìm đúng văn bản đó.')
const updatedSince = z.iso
  .datetime({ offset: true })
  .optional()
  .describe('Chỉ các mục được cập nhật từ thời điểm này (ISO 8601 có múi giờ), để đồng bộ định kỳ.')
const type = idRef('Mã loại văn bản (giá trị `documentType.id`).')
const documentFilters = {
  type,
  issuer: idRef('Mã cơ quan ban hành (giá trị `issuer.id`).'),
  field: idRef('Mã lĩnh vực (một giá trị `fields[].id`).'),
  year: z.int().min(1945).max(2100).optional().describe('Năm ban hành.').meta(example('2024')),
  validity: z.enum(VALIDITY_VALUES).optional().describe('Tình trạng hiệu lực.').meta(example('inForce')),
}

/** GET /documents: published legal documents, filtered like the list page. */
export const listDocuments = defineEndpoint({
  id: 'listDocuments',
  path: '/documents',
  summary: 'Danh sách văn bản',
  description: 'Văn bản pháp luật đã công bố, lọc như trang danh sách. Sắp xếp theo `sort`, rồi theo `id` để thứ tự luôn ổn định giữa các trang.',
  tags: [API_TAGS.documents],
  list: true,
  params: {
    q: q.optional(),
    ...documentFilters,
    issuedFrom: z.iso.date().optional().describe('Ban hành từ ngày (tính cả ngày này).'),
    issuedTo: z.iso.date().optional().describe('Ban hành đến ngày (tính cả ngày này).'),
    updatedSince,
    sort: sort(['-issuedAt', 'issuedAt', '-effectiveAt', 'effectiveAt', '-updatedAt', 'updatedAt'], 'Thứ tự: dấu `-` là giảm dần; `effectiveAt` theo ngày có hiệu lực (văn bản chưa có ngày này: theo ngày ban hành), như trang danh sách.'),
  },
  check: ({ issuedFrom, issuedTo }, ctx) => {
    if (issuedFrom && issuedTo && issuedFrom > issuedTo) {
      problem(ctx, 'issuedTo', 'Parameter "issuedTo" must not be before the start of the range.', 'Tham số "issuedTo" không được trước ngày bắt đầu của khoảng.')
    }
  },
  response: ListEnvelope(Document),
  csv: {
    filename: 'van-ban.csv',
    columns: csvColumns(`id numberSymbol documentType=documentType.name issuer=issuer.name summary issuedAt effectiveAt expiresAt
      validity signer=signer.name signerTitle=signer.title fields=fields.name url updatedAt`),
  },
})

/** GET /documents/{id}: one document by id or number-symbol. */
export const getDocument = defineEndpoint({
  id: 'getDocument',
  path: '/documents/{id}',
  summary: 'Một văn bản',
  description:
    'Văn bản theo mã `id` hoặc theo số ký hiệu, kèm mục lục, quan hệ hai chiều, tệp đính kèm và toàn văn. Số ký hiệu có dấu `/` nên mã hóa thành `%2F` (cũng chấp nhận `/` trực tiếp); cách viết khác (`ND-CP`, chữ thường) vẫn được nhận ra.',
  tags: [API_TAGS.documents],
  params: { id: z.string().max(100).describe('Mã văn bản hoặc số ký hiệu, ví dụ `43/2011/NĐ-CP`.').meta(example('43/2011/NĐ-CP')) },
  greedy: true,
  response: DocumentDetail,
})

/** GET /documents/{id}/provisions/{anchor}: one article, clause or point (issue 14 item 5). */
export const getProvision = defineEndpoint({
  id: 'getProvision',
  path: '/documents/{id}/provisions/{anchor}',
  summary: 'Một điều, khoản, điểm',
  description:
    'Một điều, khoản hoặc điểm của văn bản đã công bố, theo neo trong mục lục (`dieu-5`, `dieu-5-khoan-2`, `dieu-5-khoan-2-diem-a`): nội dung, điều khoản trước và sau, các văn bản sửa đổi hoặc dẫn chiếu nó. Trang HTML tương ứng: `/van-ban/{năm}/{đường dẫn}/{neo}`. Ở đây số ký hiệu phải mã hóa dấu `/` thành `%2F`.',
  tags: [API_TAGS.documents],
  params: {
    id: z.string().max(100).describe('Mã văn bản hoặc số ký hiệu (dấu `/` mã hóa thành `%2F`).').meta(example('15/CT-TTg')),
    anchor: z.string().max(100).regex(SLUG).describe('Neo của điều, khoản, điểm.').meta(example('dieu-1')),
  },
  response: Provision,
})

/** GET /drafts: drafts put out for public comment. */
export const listDrafts = defineEndpoint({
  id: 'listDrafts',
  path: '/drafts',
  summary: 'Danh sách dự thảo',
  description: 'Dự thảo lấy ý kiến nhân dân, với giai đoạn tính từ ngày mở và đóng góp ý.',
  tags: [API_TAGS.drafts],
  list: true,
  params: {
    q: q.optional(),
    state: z.enum(DRAFT_STATE_VALUES).optional().describe('Giai đoạn lấy ý kiến.').meta(example('open')),
    type,
    agency: idRef('Mã cơ quan chủ trì soạn thảo (giá trị `agency.id`).'),
    updatedSince,
    sort: sort(['-opensAt', 'opensAt', 'closesAt', '-closesAt', '-updatedAt'], 'Thứ tự: `-opensAt` mới mở trước; `closesAt` sắp hết hạn trước.'),
  },
  response: ListEnvelope(Draft),
  csv: { filename: 'du-thao.csv', columns: csvColumns('id slug title documentType=documentType.name agency=agency.name state opensAt closesAt reportPublishedAt commentCount url updatedAt') },
})

const draftSlug = slug('Định danh của dự thảo trong đường dẫn.', 'du-thao-nghi-dinh-mau')

/** GET /drafts/{slug}: one draft with its versions, table of contents and files. */
export const getDraft = defineEndpoint({
  id: 'getDraft',
  path: '/drafts/{slug}',
  summary: 'Một dự thảo',
  description: 'Dự thảo kèm các phiên bản, mục lục (để góp ý theo điều), tờ trình và báo cáo tổng hợp, tiếp thu, giải trình.',
  tags: [API_TAGS.drafts],
  params: { slug: draftSlug },
  response: DraftDetail,
})

/** GET /drafts/{slug}/comments: the published comments of a draft (hidden ones as stubs). */
export const listDraftComments = defineEndpoint({
  id: 'listDraftComments',
  path: '/drafts/{slug}/comments',
  summary: 'Góp ý đã công khai của một dự thảo',
  description:
    'Góp ý đã được duyệt công khai, kèm trả lời tiếp thu, giải trình. Góp ý bị ẩn vẫn xuất hiện với lý do và ngày ẩn, không có nội dung. Họ tên và tổ chức chỉ có khi người góp ý đồng ý; không bao giờ có thư điện tử hay số điện thoại.',
  tags: [API_TAGS.drafts],
  list: true,
  params: {
    slug: draftSlug,
    article: z.string().regex(SLUG).optional().describe('Neo của điều được góp ý, ví dụ `dieu-5`.'),
    stance: z.enum(STANCE_CODES).optional().describe('Ý kiến: tán thành, không tán thành, đồng ý một phần.'),
    submitterCategory: z.enum(SUBMITTER_CATEGORY_CODES).optional().describe('Người góp ý là.'),
    version: z.int().min(1).max(1000).optional().describe('Phiên bản dự thảo được góp ý.'),
    sort: sort(['createdAt', '-createdAt'], 'Thứ tự theo thời điểm gửi.'),
  },
  response: ListEnvelope(Comment),
  csv: {
    filename: 'gop-y-{slug}.csv',
    columns: csvColumns(`id version article stance submitterCategory name organisation body createdAt status hiddenReason hiddenAt
      responseKind=response.kind responseText=response.text`),
  },
})

/** GET /agencies: the agency directory with official contacts. */
export const listAgencies = defineEndpoint({
  id: 'listAgencies',
  path: '/agencies',
  summary: 'Danh bạ cơ quan',
  description: 'Cơ quan, hộp thư điện tử chính thức, đầu mối cung cấp thông tin và cán bộ có thẩm quyền.',
  tags: [API_TAGS.agencies],
  list: true,
  params: {
    q: q.optional(),
    parent: idRef('Chỉ các cơ quan trực thuộc cơ quan này (giá trị `parent.id`).'),
    level: z.enum(AGENCY_LEVELS.map((l) => l.value) as [string, ...string[]]).optional().describe('Cấp của cơ quan (giá trị `level`).'),
    updatedSince,
    sort: sort(['name', '-updatedAt'], 'Thứ tự: theo tên, hoặc cập nhật gần nhất trước.'),
  },
  response: ListEnvelope(Agency),
  csv: {
    filename: 'co-quan.csv',
    columns: csvColumns(`id slug name nameEn abbreviation parent=parent.name emails=emails.address phone fax address website documentSystemUrl
      focalPointName=focalPoint.name focalPointEmail=focalPoint.email lastVerifiedAt url`),
  },
})

/** GET /agencies/{slug}: one agency. */
export const getAgency = defineEndpoint({
  id: 'getAgency',
  path: '/agencies/{slug}',
  summary: 'Một cơ quan',
  description: 'Thông tin liên hệ chính thức của một cơ quan, kèm ngày xác minh gần nhất.',
  tags: [API_TAGS.agencies],
  params: { slug: slug('Định danh của cơ quan trong đường dẫn.', 'bo-noi-vu') },
  response: Agency,
})

/** The id of every search cursor: a cursor of another list is refused. */
export const SEARCH_CURSOR = 'search'

/** GET /search: search over every public kind of content, with facets. */
export const search = defineEndpoint({
  id: 'search',
  path: '/search',
  summary: 'Tìm kiếm',
  description:
    'Tìm trong văn bản, dự thảo, cơ quan, tin tức, trang giới thiệu, chỉ đạo điều hành, lịch công tác, phổ biến pháp luật, kế hoạch, dự án và hỏi – đáp, không phân biệt dấu; cụm từ trong ngoặc kép được tìm nguyên cụm; một số ký hiệu (hoặc "chỉ thị 15 năm 2012") được xếp đầu. Kết quả xếp theo mức liên quan (hoặc mới nhất trước với `sort=date`), kèm số đếm theo từng bộ lọc; đúng như trang /tim-kiem.',
  tags: [API_TAGS.search],
  list: true,
  params: {
    q: q.meta(example('văn bản điện tử')),
    kind: z.enum(SEARCH_KIND_VALUES).optional().describe('Chỉ một loại nội dung.'),
    ...documentFilters,
    sort: sort(['relevance', 'date'], 'Thứ tự: liên quan nhất trước, hoặc mới nhất trước.'),
  },
  // The cursor of a search holds the offset of the next result, tagged as a search cursor.
  check: ({ cursor }, ctx) => {
    const offset = cursor?.sortValue ?? 0
    if (!Number.isSafeInteger(offset) || Number(offset) < 0 || (cursor && cursor.id !== SEARCH_CURSOR)) badCursor(ctx)
  },
  response: SearchResult,
  csv: { filename: 'tim-kiem.csv', rows: 'results', columns: csvColumns('kind id title numberSymbol url score') },
})

/** Every endpoint by id, typed, for handlers (`API_ENDPOINT_BY_ID.listDocuments`). */
export const API_ENDPOINT_BY_ID = { listDocuments, getDocument, getProvision, listDrafts, getDraft, listDraftComments, listAgencies, getAgency, search } as const

/** Every endpoint, in documentation order. */
export const API_ENDPOINTS: readonly AnyEndpoint[] = [...(Object.values(API_ENDPOINT_BY_ID) as AnyEndpoint[]), ...SECTION_APIS.flatMap((a) => [a.list, a.item])]
