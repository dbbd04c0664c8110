/**
 * JSON Schemas (2020-12) of what the public API returns. Field names are the stable English
 * names of the glossary; every object is closed (`additionalProperties: false`) so a field
 * the handlers leak by mistake (an email on a comment, an internal flag) fails validation in
 * tests instead of reaching the public. Dates that are calendar days in law (issue, effect,
 * expiry) are `date`; instants (consultation opening, updates) are `date-time`.
 */
import { RESPONSE_LABELS, type ResponseKind, STANCE_CODES, SUBMITTER_CATEGORY_CODES } from '../../consultation/comments/codes'
import { CONSULTATION_STATE_LABELS, type ConsultationState } from '../../consultation/state'
import { RELATION_TYPES } from '../relations'
import { VALIDITY_LABELS, type ValidityStatus } from '../validity'
import type { JSONSchema } from './define'

/** Validity values, in the order of a document's life. */
export const VALIDITY_VALUES = Object.keys(VALIDITY_LABELS) as ValidityStatus[]
/** Consultation states of a draft, in order. */
export const DRAFT_STATE_VALUES = Object.keys(CONSULTATION_STATE_LABELS) as ConsultationState[]
/** Relation type code names (the 13 vbpl.vn pairs). */
export const RELATION_TYPE_VALUES: string[] = RELATION_TYPES.map((t) => t.value)
// Comment codes come from the comment module itself, so the API cannot drift from what is stored.
/** Stances a commenter can take (tán thành / không tán thành / đồng ý một phần). */
export const STANCE_VALUES = STANCE_CODES
/** Who a commenter says they speak for (cá nhân / doanh nghiệp / cơ quan, tổ chức). */
export const SUBMITTER_CATEGORY_VALUES = SUBMITTER_CATEGORY_CODES
/** Kinds of the drafting agency's answer to a comment (tiếp thu / giải trình). */
export const RESPONSE_KIND_VALUES = Object.keys(RESPONSE_LABELS) as ResponseKind[]
/** Kinds of search results. */
export const SEARCH_KIND_VALUES = ['document', 'draft', 'agency', 'page', 'news'] as const

const str = (description: string, extra: JSONSchema = {}): JSONSchema => ({ type: 'string', description, ...extra })
const int = (description: string, extra: JSONSchema = {}): JSONSchema => ({ type: 'integer', description, ...extra })
/** Scalars get `type: [t, 'null']`; objects get `anyOf` so a named schema keeps its identity (and its `$ref`). */
const nullable = (schema: JSONSchema): JSONSchema => {
  if (schema.type === 'object') return { anyOf: [schema, { type: 'null' }] }
  const out: JSONSchema = { ...schema, type: [schema.type as string, 'null'] }
  // `enum` is checked on its own: without null in it, a null value would fail despite the type.
  if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null]
  return out
}
const date = (description: string): JSONSchema => str(description, { format: 'date' })
const dateTime = (description: string): JSONSchema => str(description, { format: 'date-time' })
const uri = (description: string): JSONSchema => str(description, { format: 'uri' })
const arrayOf = (items: JSONSchema, description: string): JSONSchema => ({ type: 'array', description, items })

/** Closed object; every property is required (possibly null) unless listed in `optional`. */
function object(description: string, properties: Record<string, JSONSchema>, optional: string[] = []): JSONSchema {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  }
}

const id = str('Mã định danh ổn định (chuỗi, kể cả khi là số).', { minLength: 1 })

/** A file attached to a document or draft. */
export const File: JSONSchema = object('Tệp đính kèm.', {
  label: str('Tên hiển thị của tệp.'),
  url: uri('Địa chỉ tải tệp.'),
  mimeType: str('Kiểu MIME, ví dụ `application/pdf`.'),
  size: int('Dung lượng (byte).', { minimum: 0 }),
})

/** Entry of a table of contents (Phần, Chương, Mục, Điều…) with its stable anchor. */
export const TocEntry: JSONSchema = object('Mục lục: một đơn vị của văn bản.', {
  anchor: str('Neo ổn định trong trang, ví dụ `dieu-5`.', { pattern: '^[a-z0-9-]+$' }),
  label: str('Nhãn ngắn, ví dụ `Điều 5`.'),
  title: nullable(str('Tên của đơn vị, nếu có.')),
  level: int('Cấp trong mục lục, 1 là cấp ngoài cùng.', { minimum: 1 }),
})

const documentTypeRef = object('Loại văn bản.', {
  id,
  name: str('Tên loại văn bản, ví dụ `Nghị định`.'),
  code: nullable(str('Ký hiệu loại, ví dụ `NĐ`; null với Công văn.')),
})

const issuerRef = object('Cơ quan ban hành.', {
  id,
  name: str('Tên cơ quan ban hành.'),
  abbreviation: nullable(str('Ký hiệu cơ quan, ví dụ `CP`.')),
})

const agencyRef = object('Cơ quan.', {
  id,
  slug: str('Định danh trong đường dẫn.'),
  name: str('Tên cơ quan.'),
})

const documentProperties: Record<string, JSONSchema> = {
  id,
  numberSymbol: str('Số ký hiệu như trên văn bản, ví dụ `43/2011/NĐ-CP`.'),
  documentType: documentTypeRef,
  issuer: issuerRef,
  summary: str('Trích yếu.'),
  issuedAt: date('Ngày ban hành.'),
  effectiveAt: nullable(date('Ngày có hiệu lực.')),
  expiresAt: nullable(date('Ngày hết hiệu lực.')),
  validity: str('Tình trạng hiệu lực, tính từ các ngày và quan hệ văn bản.', { enum: VALIDITY_VALUES }),
  validityLabel: str('Tình trạng hiệu lực bằng tiếng Việt, ví dụ `Còn hiệu lực`.'),
  signer: nullable(
    object('Người ký.', {
      name: nullable(str('Họ tên người ký.')),
      title: nullable(str('Chức vụ người ký.')),
    }),
  ),
  fields: arrayOf(object('Lĩnh vực.', { id, name: str('Tên lĩnh vực.') }), 'Lĩnh vực.'),
  language: str('Ngôn ngữ của văn bản.', { enum: ['vi', 'en'] }),
  url: uri('Trang HTML của văn bản.'),
  apiUrl: uri('Địa chỉ API của văn bản.'),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
}

/** A legal document as listed. */
export const Document: JSONSchema = object('Văn bản pháp luật.', documentProperties)

/** One relation seen from this document, with the document on the other side. */
export const Relation: JSONSchema = object(
  'Quan hệ với một văn bản khác.',
  {
    type: str('Loại quan hệ (mã).', { enum: RELATION_TYPE_VALUES }),
    label: str('Tên quan hệ tiếng Việt, theo chiều nhìn từ văn bản này, ví dụ `Bị thay thế bởi`.'),
    document: object('Văn bản ở đầu kia của quan hệ.', {
      id,
      numberSymbol: str('Số ký hiệu.'),
      url: uri('Trang HTML của văn bản.'),
    }),
    article: nullable(str('Phần bị tác động (neo hoặc nhãn); không có = toàn văn bản.')),
    effectiveAt: nullable(date('Ngày quan hệ có hiệu lực.')),
  },
  ['article', 'effectiveAt'],
)

/** A legal document with its table of contents, relations both ways, files and full text. */
export const DocumentDetail: JSONSchema = object('Văn bản pháp luật, đầy đủ.', {
  ...documentProperties,
  structure: arrayOf(TocEntry, 'Mục lục, theo thứ tự trong văn bản.'),
  relations: object('Quan hệ văn bản, hai chiều.', {
    outgoing: arrayOf(Relation, 'Văn bản này tác động đến văn bản khác.'),
    incoming: arrayOf(Relation, 'Văn bản khác tác động đến văn bản này.'),
  }),
  files: arrayOf(File, 'Tệp đính kèm (bản ký số, phụ lục…).'),
  bodyHtml: nullable(str('Toàn văn dạng HTML, các đơn vị mang `id` bằng neo trong mục lục.')),
})

const draftProperties: Record<string, JSONSchema> = {
  id,
  slug: str('Định danh trong đường dẫn.', { pattern: '^[a-z0-9-]+$' }),
  title: str('Tên dự thảo.'),
  summary: nullable(str('Tóm tắt.')),
  documentType: nullable(documentTypeRef),
  agency: nullable(agencyRef),
  state: str('Giai đoạn lấy ý kiến, tính từ các ngày.', { enum: DRAFT_STATE_VALUES }),
  stateLabel: str('Giai đoạn bằng tiếng Việt, ví dụ `Đang lấy ý kiến`.'),
  opensAt: dateTime('Thời điểm bắt đầu nhận góp ý.'),
  closesAt: dateTime('Thời điểm thôi nhận góp ý (không tính).'),
  reportPublishedAt: nullable(dateTime('Thời điểm công bố báo cáo tổng hợp, tiếp thu, giải trình.')),
  commentCount: int('Số góp ý đã công khai.', { minimum: 0 }),
  versions: arrayOf(
    object('Phiên bản dự thảo.', {
      number: int('Số thứ tự phiên bản, từ 1.', { minimum: 1 }),
      publishedAt: dateTime('Thời điểm đăng phiên bản.'),
      url: uri('Trang HTML của phiên bản.'),
    }),
    'Các phiên bản, cũ trước.',
  ),
  explanatoryNote: nullable(File),
  consultationReport: nullable(File),
  contact: nullable(
    object('Đơn vị tiếp nhận góp ý.', {
      unit: str('Tên đơn vị.'),
      address: nullable(str('Địa chỉ.')),
      email: nullable(str('Thư điện tử công vụ.', { format: 'email' })),
      phone: nullable(str('Điện thoại.')),
    }),
  ),
  url: uri('Trang HTML của dự thảo.'),
  commentsUrl: uri('Địa chỉ API danh sách góp ý đã công khai.'),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
}

/** A draft put out for public comment. */
export const Draft: JSONSchema = object('Dự thảo lấy ý kiến.', draftProperties)

/** A draft with the table of contents of its current version and its files. */
export const DraftDetail: JSONSchema = object('Dự thảo lấy ý kiến, đầy đủ.', {
  ...draftProperties,
  structure: arrayOf(TocEntry, 'Mục lục của phiên bản hiện hành, dùng để góp ý theo điều.'),
  files: arrayOf(File, 'Tệp đính kèm.'),
})

/**
 * A published comment. Public fields only: contact details never leave the CMS (privacy),
 * and `name`/`organisation` are null unless the commenter allowed publishing them. A hidden
 * comment keeps a stub (status, reason, date) with no body or identity.
 */
export const Comment: JSONSchema = {
  ...object('Góp ý đã công khai.', {
    id,
    draftId: str('Mã của dự thảo được góp ý.', { minLength: 1 }),
    version: int('Phiên bản dự thảo được góp ý.', { minimum: 1 }),
    article: nullable(str('Neo của điều được góp ý; null = góp ý chung.')),
    stance: nullable(str('Ý kiến.', { enum: [...STANCE_VALUES] })),
    submitterCategory: nullable(str('Người góp ý là; null khi góp ý bị ẩn.', { enum: [...SUBMITTER_CATEGORY_VALUES] })),
    name: nullable(str('Họ tên, chỉ khi người góp ý đồng ý công khai.')),
    organisation: nullable(str('Tổ chức, chỉ khi người góp ý đồng ý công khai.')),
    body: nullable(str('Nội dung; null khi góp ý bị ẩn.')),
    createdAt: dateTime('Thời điểm gửi.'),
    status: str('Trạng thái hiển thị.', { enum: ['published', 'hidden'] }),
    hiddenReason: nullable(str('Lý do ẩn.')),
    hiddenAt: nullable(dateTime('Thời điểm ẩn.')),
    response: nullable(
      object('Tiếp thu, giải trình của cơ quan soạn thảo.', {
        kind: str('Hình thức trả lời.', { enum: [...RESPONSE_KIND_VALUES] }),
        text: str('Nội dung trả lời.'),
      }),
    ),
  }),
  // A hidden comment is a stub: no text, no author, no stance or category, no answer.
  if: { properties: { status: { const: 'hidden' } }, required: ['status'] },
  then: {
    properties: {
      body: { type: 'null' },
      stance: { type: 'null' },
      submitterCategory: { type: 'null' },
      response: { type: 'null' },
      name: { type: 'null' },
      organisation: { type: 'null' },
      hiddenReason: { type: 'string' },
      hiddenAt: { type: 'string' },
    },
  },
  else: { properties: { hiddenReason: { type: 'null' }, hiddenAt: { type: 'null' } } },
}

/** An agency of the directory, with its official contacts (Decree 43/2011 Art 10.1.k; Directive 15). */
export const Agency: JSONSchema = object('Cơ quan trong danh bạ.', {
  id,
  slug: str('Định danh trong đường dẫn.', { pattern: '^[a-z0-9-]+$' }),
  name: str('Tên cơ quan.'),
  nameEn: nullable(str('Tên tiếng Anh.')),
  abbreviation: nullable(str('Tên viết tắt.')),
  level: nullable(str('Cấp của cơ quan (trung ương, tỉnh, sở, xã…).')),
  parent: nullable(agencyRef),
  emails: arrayOf(
    object('Hộp thư chính thức.', {
      address: str('Địa chỉ thư.', { format: 'email' }),
      purpose: nullable(str('Mục đích, ví dụ nhận gửi văn bản điện tử.')),
      isGovVn: { type: 'boolean', description: 'Thuộc tên miền `.gov.vn`.' },
    }),
    'Thư điện tử chính thức.',
  ),
  phone: nullable(str('Điện thoại.')),
  fax: nullable(str('Fax.')),
  address: nullable(str('Địa chỉ trụ sở.')),
  website: nullable(uri('Cổng thông tin.')),
  documentSystemUrl: nullable(uri('Hệ thống gửi, nhận văn bản điện tử.')),
  focalPoint: nullable(
    object('Đầu mối cung cấp thông tin (Luật Tiếp cận thông tin).', {
      name: nullable(str('Họ tên.')),
      title: nullable(str('Chức vụ.')),
      phone: nullable(str('Điện thoại công vụ.')),
      email: nullable(str('Thư điện tử công vụ.', { format: 'email' })),
    }),
  ),
  officials: arrayOf(
    object('Cán bộ có thẩm quyền.', {
      name: str('Họ tên.'),
      position: str('Chức vụ.'),
      unit: nullable(str('Đơn vị.')),
      phone: nullable(str('Điện thoại công vụ.')),
      email: nullable(str('Thư điện tử công vụ.', { format: 'email' })),
    }),
    'Cán bộ có thẩm quyền và thư công vụ (Luật CNTT Điều 28).',
  ),
  lastVerifiedAt: nullable(date('Ngày xác minh thông tin liên hệ gần nhất.')),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
  url: uri('Trang HTML của cơ quan.'),
})

const facet = (description: string): JSONSchema => ({
  type: 'object',
  description,
  additionalProperties: { type: 'integer', minimum: 0 },
})

/** One page of search results with facet counts. */
export const SearchResult: JSONSchema = object('Kết quả tìm kiếm.', {
  total: int('Tổng số kết quả.', { minimum: 0 }),
  results: arrayOf(
    object(
      'Một kết quả.',
      {
        kind: str('Loại nội dung.', { enum: [...SEARCH_KIND_VALUES] }),
        id,
        url: uri('Trang HTML, kèm `#neo` khi khớp trong một điều.'),
        title: str('Tiêu đề.'),
        numberSymbol: nullable(str('Số ký hiệu, với văn bản.')),
        snippet: str('Đoạn trích HTML: văn bản đã thoát ký tự, từ khớp bọc trong `<mark>`.'),
        score: { type: 'number', description: 'Điểm liên quan; cao hơn là liên quan hơn.' },
      },
    ),
    'Kết quả, liên quan nhất trước.',
  ),
  facets: object('Số kết quả theo từng giá trị bộ lọc.', {
    documentType: facet('Theo loại văn bản.'),
    issuer: facet('Theo cơ quan ban hành.'),
    field: facet('Theo lĩnh vực.'),
    year: facet('Theo năm ban hành.'),
    validity: facet('Theo tình trạng hiệu lực.'),
    kind: facet('Theo loại nội dung.'),
  }),
  next: nullable(uri('Trang tiếp theo; null ở trang cuối.')),
  limit: int('Số mục tối đa mỗi trang.', { minimum: 1, maximum: 100 }),
})

/** Returns the list envelope for an item schema: `{ data, next, limit }`. */
export function ListEnvelope(item: JSONSchema): JSONSchema {
  return object('Một trang của danh sách.', {
    data: arrayOf(item, 'Các mục của trang.'),
    next: nullable(uri('Trang tiếp theo (giữ nguyên bộ lọc); null ở trang cuối.')),
    limit: int('Số mục tối đa mỗi trang.', { minimum: 1, maximum: 100 }),
  })
}

/** Every error answer: a code, an English message, its Vietnamese text, the parameter to blame. */
export const ApiError: JSONSchema = object('Lỗi.', {
  error: object(
    'Chi tiết lỗi.',
    {
      code: str('Mã lỗi ổn định, ví dụ `invalid_parameter`, `unknown_parameter`, `not_found`, `rate_limited`.'),
      message: str('Thông báo tiếng Anh.'),
      messageVi: str('Thông báo tiếng Việt.'),
      parameter: str('Tham số gây lỗi.'),
    },
    ['messageVi', 'parameter'],
  ),
})

/**
 * The named schemas, as they appear in `components.schemas`. openapi.ts swaps any of these
 * objects (by identity) for a `$ref`, so each is described once.
 */
export const SCHEMAS: Readonly<Record<string, JSONSchema>> = Object.freeze({
  Document,
  DocumentDetail,
  Relation,
  TocEntry,
  File,
  Draft,
  DraftDetail,
  Comment,
  Agency,
  SearchResult,
  Error: ApiError,
})

// Exported under the name the API description uses; `ApiError` inside TS avoids shadowing the global.
export { ApiError as Error }
