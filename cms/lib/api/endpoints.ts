/**
 * The endpoints of the public read-only API (/api/v1), declared once. Handlers parse their
 * parameters with these declarations, /api/v1/openapi.json is generated from them, and the
 * integration tests validate every answer against that description.
 */
import { defineEndpoint, type AnyEndpoint, type ParamProblem, type ParamSpec } from './define'
import {
  Agency,
  Comment,
  Document,
  DocumentDetail,
  Draft,
  DraftDetail,
  DRAFT_STATE_VALUES,
  ListEnvelope,
  SEARCH_KIND_VALUES,
  SearchResult,
  STANCE_VALUES,
  SUBMITTER_CATEGORY_VALUES,
  VALIDITY_VALUES,
} from './schemas'

/** Tag names, in the order the documentation shows them. */
export const API_TAGS = {
  documents: 'Văn bản',
  drafts: 'Dự thảo',
  agencies: 'Cơ quan',
  search: 'Tìm kiếm',
} as const

const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$'
const SLUG_PATTERN = '^[a-z0-9-]{1,120}$'

const q = {
  in: 'query',
  description: 'Từ khóa, có hoặc không dấu; một số ký hiệu (ví dụ `43/2011/NĐ-CP`) tìm đúng văn bản đó.',
  schema: { type: 'string', maxLength: 200 },
} as const satisfies ParamSpec

const updatedSince = {
  in: 'query',
  description: 'Chỉ các mục được cập nhật từ thời điểm này (ISO 8601 có múi giờ), để đồng bộ định kỳ.',
  schema: { type: 'string', format: 'date-time' },
} as const satisfies ParamSpec

const documentFilters = {
  type: {
    in: 'query',
    description: 'Mã loại văn bản (giá trị `documentType.id`).',
    schema: { type: 'string', pattern: ID_PATTERN },
  },
  issuer: {
    in: 'query',
    description: 'Mã cơ quan ban hành (giá trị `issuer.id`).',
    schema: { type: 'string', pattern: ID_PATTERN },
  },
  field: {
    in: 'query',
    description: 'Mã lĩnh vực (một giá trị `fields[].id`).',
    schema: { type: 'string', pattern: ID_PATTERN },
  },
  year: {
    in: 'query',
    description: 'Năm ban hành.',
    schema: { type: 'integer', minimum: 1945, maximum: 2100 },
    example: '2024',
  },
  validity: {
    in: 'query',
    description: 'Tình trạng hiệu lực.',
    schema: { type: 'string', enum: VALIDITY_VALUES },
    example: 'inForce',
  },
} as const satisfies Record<string, ParamSpec>

function notAfter(from: string | undefined, to: string | undefined, parameter: string): ParamProblem | null {
  if (from && to && from > to) {
    return {
      parameter,
      message: `Parameter "${parameter}" must not be before the start of the range.`,
      messageVi: `Tham số "${parameter}" không được trước ngày bắt đầu của khoảng.`,
    }
  }
  return null
}

/** GET /documents: published legal documents, filtered like the list page. */
export const listDocuments = defineEndpoint({
  id: 'listDocuments',
  path: '/documents',
  summary: 'Danh sách văn bản',
  description:
    'Văn bản pháp luật đã công bố, lọc như trang danh sách. Sắp xếp theo `sort`, rồi theo `id` để thứ tự luôn ổn định giữa các trang.',
  tags: [API_TAGS.documents],
  list: true,
  params: {
    q,
    ...documentFilters,
    issuedFrom: {
      in: 'query',
      description: 'Ban hành từ ngày (tính cả ngày này).',
      schema: { type: 'string', format: 'date' },
    },
    issuedTo: {
      in: 'query',
      description: 'Ban hành đến ngày (tính cả ngày này).',
      schema: { type: 'string', format: 'date' },
    },
    updatedSince,
    sort: {
      in: 'query',
      description: 'Thứ tự: dấu `-` là giảm dần.',
      schema: { type: 'string', enum: ['-issuedAt', 'issuedAt', '-updatedAt', 'updatedAt'], default: '-issuedAt' },
    },
  },
  response: ListEnvelope(Document),
  csv: {
    columns: [
      { key: 'id', header: 'id' },
      { key: 'numberSymbol', header: 'numberSymbol' },
      { key: 'documentType.name', header: 'documentType' },
      { key: 'issuer.name', header: 'issuer' },
      { key: 'summary', header: 'summary' },
      { key: 'issuedAt', header: 'issuedAt' },
      { key: 'effectiveAt', header: 'effectiveAt' },
      { key: 'expiresAt', header: 'expiresAt' },
      { key: 'validity', header: 'validity' },
      { key: 'signer.name', header: 'signer' },
      { key: 'signer.title', header: 'signerTitle' },
      { key: 'fields.name', header: 'fields' },
      { key: 'url', header: 'url' },
      { key: 'updatedAt', header: 'updatedAt' },
    ],
  },
  check: (v) => notAfter(v.issuedFrom, v.issuedTo, 'issuedTo'),
})

/** GET /documents/{id}: one document by id or number-symbol. */
export const getDocument = defineEndpoint({
  id: 'getDocument',
  path: '/documents/{id}',
  summary: 'Một văn bản',
  description:
    'Văn bản theo mã `id` hoặc theo số ký hiệu, kèm mục lục, quan hệ hai chiều, tệp đính kèm và toàn văn. Số ký hiệu có dấu `/` nên mã hóa thành `%2F` (cũng chấp nhận `/` trực tiếp); cách viết khác (`ND-CP`, chữ thường) vẫn được nhận ra.',
  tags: [API_TAGS.documents],
  params: {
    id: {
      in: 'path',
      description: 'Mã văn bản hoặc số ký hiệu, ví dụ `43/2011/NĐ-CP`.',
      schema: { type: 'string', maxLength: 100 },
      example: '43/2011/NĐ-CP',
      greedy: true,
    },
  },
  response: DocumentDetail,
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
    q,
    state: {
      in: 'query',
      description: 'Giai đoạn lấy ý kiến.',
      schema: { type: 'string', enum: DRAFT_STATE_VALUES },
      example: 'open',
    },
    type: documentFilters.type,
    agency: {
      in: 'query',
      description: 'Mã cơ quan chủ trì soạn thảo (giá trị `agency.id`).',
      schema: { type: 'string', pattern: ID_PATTERN },
    },
    updatedSince,
    sort: {
      in: 'query',
      description: 'Thứ tự: `-opensAt` mới mở trước; `closesAt` sắp hết hạn trước.',
      schema: { type: 'string', enum: ['-opensAt', 'opensAt', 'closesAt', '-closesAt', '-updatedAt'], default: '-opensAt' },
    },
  },
  response: ListEnvelope(Draft),
  csv: {
    columns: [
      { key: 'id', header: 'id' },
      { key: 'slug', header: 'slug' },
      { key: 'title', header: 'title' },
      { key: 'documentType.name', header: 'documentType' },
      { key: 'agency.name', header: 'agency' },
      { key: 'state', header: 'state' },
      { key: 'opensAt', header: 'opensAt' },
      { key: 'closesAt', header: 'closesAt' },
      { key: 'reportPublishedAt', header: 'reportPublishedAt' },
      { key: 'commentCount', header: 'commentCount' },
      { key: 'url', header: 'url' },
      { key: 'updatedAt', header: 'updatedAt' },
    ],
  },
})

const draftSlug = {
  in: 'path',
  description: 'Định danh của dự thảo trong đường dẫn.',
  schema: { type: 'string', pattern: SLUG_PATTERN },
  example: 'du-thao-nghi-dinh-mau',
} as const satisfies ParamSpec

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
    article: {
      in: 'query',
      description: 'Neo của điều được góp ý, ví dụ `dieu-5`.',
      schema: { type: 'string', pattern: '^[a-z0-9-]{1,120}$' },
    },
    stance: {
      in: 'query',
      description: 'Ý kiến: tán thành, không tán thành, đồng ý một phần.',
      schema: { type: 'string', enum: STANCE_VALUES },
    },
    submitterCategory: {
      in: 'query',
      description: 'Người góp ý là.',
      schema: { type: 'string', enum: SUBMITTER_CATEGORY_VALUES },
    },
    version: {
      in: 'query',
      description: 'Phiên bản dự thảo được góp ý.',
      schema: { type: 'integer', minimum: 1, maximum: 1000 },
    },
    sort: {
      in: 'query',
      description: 'Thứ tự theo thời điểm gửi.',
      schema: { type: 'string', enum: ['createdAt', '-createdAt'], default: 'createdAt' },
    },
  },
  response: ListEnvelope(Comment),
  csv: {
    columns: [
      { key: 'id', header: 'id' },
      { key: 'version', header: 'version' },
      { key: 'article', header: 'article' },
      { key: 'stance', header: 'stance' },
      { key: 'submitterCategory', header: 'submitterCategory' },
      { key: 'name', header: 'name' },
      { key: 'organisation', header: 'organisation' },
      { key: 'body', header: 'body' },
      { key: 'createdAt', header: 'createdAt' },
      { key: 'status', header: 'status' },
      { key: 'hiddenReason', header: 'hiddenReason' },
      { key: 'hiddenAt', header: 'hiddenAt' },
      { key: 'response.kind', header: 'responseKind' },
      { key: 'response.text', header: 'responseText' },
    ],
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
    q,
    parent: {
      in: 'query',
      description: 'Chỉ các cơ quan trực thuộc cơ quan này (giá trị `parent.id`).',
      schema: { type: 'string', pattern: ID_PATTERN },
    },
    updatedSince,
    sort: {
      in: 'query',
      description: 'Thứ tự: theo tên, hoặc cập nhật gần nhất trước.',
      schema: { type: 'string', enum: ['name', '-updatedAt'], default: 'name' },
    },
  },
  response: ListEnvelope(Agency),
  csv: {
    columns: [
      { key: 'id', header: 'id' },
      { key: 'slug', header: 'slug' },
      { key: 'name', header: 'name' },
      { key: 'nameEn', header: 'nameEn' },
      { key: 'abbreviation', header: 'abbreviation' },
      { key: 'parent.name', header: 'parent' },
      { key: 'emails.address', header: 'emails' },
      { key: 'phone', header: 'phone' },
      { key: 'fax', header: 'fax' },
      { key: 'address', header: 'address' },
      { key: 'website', header: 'website' },
      { key: 'documentSystemUrl', header: 'documentSystemUrl' },
      { key: 'focalPoint.name', header: 'focalPointName' },
      { key: 'focalPoint.email', header: 'focalPointEmail' },
      { key: 'lastVerifiedAt', header: 'lastVerifiedAt' },
      { key: 'url', header: 'url' },
    ],
  },
})

/** GET /agencies/{slug}: one agency. */
export const getAgency = defineEndpoint({
  id: 'getAgency',
  path: '/agencies/{slug}',
  summary: 'Một cơ quan',
  description: 'Thông tin liên hệ chính thức của một cơ quan, kèm ngày xác minh gần nhất.',
  tags: [API_TAGS.agencies],
  params: {
    slug: {
      in: 'path',
      description: 'Định danh của cơ quan trong đường dẫn.',
      schema: { type: 'string', pattern: SLUG_PATTERN },
      example: 'bo-noi-vu',
    },
  },
  response: Agency,
})

/** GET /search: search over documents, drafts, agencies and pages, with facets. */
export const search = defineEndpoint({
  id: 'search',
  path: '/search',
  summary: 'Tìm kiếm',
  description:
    'Tìm trong văn bản, dự thảo, cơ quan và trang, không phân biệt dấu; một số ký hiệu được xếp đầu. Kết quả xếp theo mức liên quan, kèm số đếm theo từng bộ lọc.',
  tags: [API_TAGS.search],
  list: true,
  params: {
    q: { ...q, required: true, example: 'văn bản điện tử' },
    kind: {
      in: 'query',
      description: 'Chỉ một loại nội dung.',
      schema: { type: 'string', enum: SEARCH_KIND_VALUES },
    },
    ...documentFilters,
  },
  response: SearchResult,
  csv: {
    rows: 'results',
    columns: [
      { key: 'kind', header: 'kind' },
      { key: 'id', header: 'id' },
      { key: 'title', header: 'title' },
      { key: 'numberSymbol', header: 'numberSymbol' },
      { key: 'url', header: 'url' },
      { key: 'score', header: 'score' },
    ],
  },
})

/** Every endpoint by id, typed, for handlers (`API_ENDPOINT_BY_ID.listDocuments`). */
export const API_ENDPOINT_BY_ID = {
  listDocuments,
  getDocument,
  listDrafts,
  getDraft,
  listDraftComments,
  listAgencies,
  getAgency,
  search,
} as const

/** Every endpoint, in documentation order; the lead wires one handler to each. */
export const API_ENDPOINTS: readonly AnyEndpoint[] = Object.values(API_ENDPOINT_BY_ID) as readonly AnyEndpoint[]

/** Base path of the API. */
export const API_BASE_PATH = '/api/v1'
