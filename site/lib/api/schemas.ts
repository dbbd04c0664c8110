/**
 * What the public API returns, in zod: the handlers' output types (`z.infer`), the JSON Schemas
 * of /api/v1/openapi.json and the tests' checks all come from here. Field names are the stable
 * English names of the glossary; every object is strict, so a field a mapper leaks by mistake
 * (an email on a comment, an internal flag) fails the tests instead of reaching the public.
 * Calendar days in law (issue, effect, expiry) are dates; instants are date-times with offset.
 */
import { SLUG } from '../../../cms/lib/slug'
import { z } from 'zod'

import { RESPONSE_LABELS, type ResponseKind, STANCE_CODES, SUBMITTER_CATEGORY_CODES } from '../../../cms/consultation/comments/codes'
import { CONSULTATION_STATE_LABELS, type ConsultationState } from '../../../cms/consultation/state'
import { RELATION_TYPES } from '../../../cms/lib/relations'
import { SIGNATURE_STATUS_LABELS } from '../../../cms/lib/signatures/labels'
import type { SignatureStatus } from '../../../cms/lib/signatures/verify'
import { VALIDITY_LABELS, type ValidityStatus } from '../../../cms/lib/validity'

/** Validity values, in the order of a document's life. */
export const VALIDITY_VALUES = Object.keys(VALIDITY_LABELS) as [ValidityStatus, ...ValidityStatus[]]
/** Consultation states of a draft, in order. */
export const DRAFT_STATE_VALUES = Object.keys(CONSULTATION_STATE_LABELS) as [ConsultationState, ...ConsultationState[]]
const SIGNATURE_STATUS_VALUES = Object.keys(SIGNATURE_STATUS_LABELS) as [SignatureStatus, ...SignatureStatus[]]
const RESPONSE_KIND_VALUES = Object.keys(RESPONSE_LABELS) as [ResponseKind, ...ResponseKind[]]
/** Kinds of search results. */
export const SEARCH_KIND_VALUES = ['document', 'draft', 'agency', 'page', 'news'] as const

const str = (description: string) => z.string().describe(description)
const int = (description: string, min = 0) => z.int().min(min).describe(description)
const date = (description: string) => z.iso.date().describe(description)
const dateTime = (description: string) => z.iso.datetime({ offset: true }).describe(description)
const uri = (description: string) => z.url().describe(description)
const email = (description: string) => z.email().describe(description)
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().describe(schema.description ?? '')
const object = <S extends z.ZodRawShape>(description: string, shape: S) => z.strictObject(shape).describe(description)
const list = <T extends z.ZodType>(item: T, description: string) => z.array(item).describe(description)
const id = z.string().min(1).describe('Mã định danh ổn định (chuỗi, kể cả khi là số).')
const slug = z.string().regex(SLUG).describe('Định danh trong đường dẫn.')

/** A file attached to a document or draft. */
export const File = object('Tệp đính kèm.', {
  label: str('Tên hiển thị của tệp.'),
  url: uri('Địa chỉ tải tệp.'),
  mimeType: str('Kiểu MIME, ví dụ `application/pdf`.'),
  size: int('Dung lượng (byte).'),
}).meta({ id: 'File' })

/** What the portal found when it verified a file's digital signatures (at upload, and again when its trust list changes). */
export const FileSignatures = object('Kết quả kiểm tra chữ ký số của tệp.', {
  status: z.enum(SIGNATURE_STATUS_VALUES).describe('`valid`: mọi chữ ký hợp lệ; `untrusted`: không xác định được nguồn tin cậy; `expired`: chứng thư số không có hiệu lực lúc ký; `appended`: có nội dung thêm sau khi ký; `modified`: tệp bị thay đổi sau khi ký; `error`: không đọc được; `none`: không có chữ ký.'),
  statusLabel: str('Kết quả bằng tiếng Việt.'),
  checkedAt: orNull(dateTime('Thời điểm kiểm tra.')),
  signatures: list(
    object('Một chữ ký.', {
      status: z.enum(SIGNATURE_STATUS_VALUES).describe('Kết quả của chữ ký này.'),
      message: str('Câu tóm tắt tiếng Việt, ví dụ `Đã ký số bởi … lúc … — chữ ký hợp lệ.`'),
      signerName: orNull(str('Tên người ký theo chứng thư số.')),
      organisation: orNull(str('Tổ chức theo chứng thư số.')),
      signedAt: orNull(dateTime('Thời điểm ký.')),
      intact: z.boolean().describe('Nội dung được ký còn nguyên vẹn.'),
      coversWholeFile: z.boolean().describe('Chữ ký bao trùm toàn bộ tệp.'),
      trusted: z.boolean().describe('Chứng thư số xác thực được đến chứng thư gốc trong danh sách tin cậy của cổng.'),
      validAtSigningTime: z.boolean().describe('Chứng thư số có hiệu lực lúc ký.'),
    }),
    'Các chữ ký, theo thứ tự ký.',
  ),
}).meta({ id: 'FileSignatures' })

/** A file of a legal document: with its fingerprint and what its signatures prove. */
export const DocumentFile = File.extend({
  kind: z.enum(['original', 'annex', 'other']).describe('`original`: bản gốc đã ký; `annex`: phụ lục; `other`: tệp khác.'),
  sha256: orNull(z.string().regex(/^[0-9a-f]{64}$/).describe('Mã băm SHA-256 của tệp, để đối chiếu bản sao (`POST /check`).')),
  signatures: FileSignatures.nullable(),
}).meta({ id: 'DocumentFile', description: 'Tệp của văn bản.' })

/** Entry of a table of contents (Phần, Chương, Mục, Điều…) with its stable anchor. */
export const TocEntry = object('Mục lục: một đơn vị của văn bản.', {
  anchor: z.string().regex(SLUG).describe('Neo ổn định trong trang, ví dụ `dieu-5`.'),
  label: str('Nhãn ngắn, ví dụ `Điều 5`.'),
  title: orNull(str('Tên của đơn vị, nếu có.')),
  level: int('Cấp trong mục lục, 1 là cấp ngoài cùng.', 1),
}).meta({ id: 'TocEntry' })

const documentTypeRef = object('Loại văn bản.', {
  id,
  name: str('Tên loại văn bản, ví dụ `Nghị định`.'),
  code: orNull(str('Ký hiệu loại, ví dụ `NĐ`; null với Công văn.')),
})
const agencyRef = object('Cơ quan.', { id, slug: str('Định danh trong đường dẫn.'), name: str('Tên cơ quan.') })

/** A legal document as listed. */
export const Document = object('Văn bản pháp luật.', {
  id,
  numberSymbol: str('Số ký hiệu như trên văn bản, ví dụ `43/2011/NĐ-CP`.'),
  documentType: documentTypeRef,
  issuer: object('Cơ quan ban hành.', {
    id,
    name: str('Tên cơ quan ban hành.'),
    abbreviation: orNull(str('Ký hiệu cơ quan, ví dụ `CP`.')),
  }),
  summary: str('Trích yếu.'),
  issuedAt: date('Ngày ban hành.'),
  effectiveAt: orNull(date('Ngày có hiệu lực.')),
  expiresAt: orNull(date('Ngày hết hiệu lực.')),
  validity: z.enum(VALIDITY_VALUES).describe('Tình trạng hiệu lực, tính từ các ngày và quan hệ văn bản.'),
  validityLabel: str('Tình trạng hiệu lực bằng tiếng Việt, ví dụ `Còn hiệu lực`.'),
  signer: orNull(object('Người ký.', { name: orNull(str('Họ tên người ký.')), title: orNull(str('Chức vụ người ký.')) })),
  fields: list(object('Lĩnh vực.', { id, name: str('Tên lĩnh vực.') }), 'Lĩnh vực.'),
  language: z.enum(['vi', 'en']).describe('Ngôn ngữ của văn bản.'),
  url: uri('Trang HTML của văn bản.'),
  apiUrl: uri('Địa chỉ API của văn bản.'),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
}).meta({ id: 'Document' })

/** One relation seen from this document, with the document on the other side. */
export const Relation = object('Quan hệ với một văn bản khác.', {
  type: z.enum(RELATION_TYPES.map((t) => t.value) as [string, ...string[]]).describe('Loại quan hệ (mã).'),
  label: str('Tên quan hệ tiếng Việt, theo chiều nhìn từ văn bản này, ví dụ `Bị thay thế bởi`.'),
  document: object('Văn bản ở đầu kia của quan hệ.', { id, numberSymbol: str('Số ký hiệu.'), url: uri('Trang HTML của văn bản.') }),
  article: orNull(str('Phần bị tác động (neo hoặc nhãn); không có = toàn văn bản.')).optional(),
  effectiveAt: orNull(date('Ngày quan hệ có hiệu lực.')).optional(),
}).meta({ id: 'Relation' })

/** A legal document with its table of contents, relations both ways, files and full text. */
export const DocumentDetail = Document.extend({
  structure: list(TocEntry, 'Mục lục, theo thứ tự trong văn bản.'),
  relations: object('Quan hệ văn bản, hai chiều.', {
    outgoing: list(Relation, 'Văn bản này tác động đến văn bản khác.'),
    incoming: list(Relation, 'Văn bản khác tác động đến văn bản này.'),
  }),
  files: list(DocumentFile, 'Tệp đính kèm (bản gốc đã ký, phụ lục…).'),
  bodyHtml: orNull(str('Toàn văn dạng HTML, các đơn vị mang `id` bằng neo trong mục lục.')),
}).meta({ id: 'DocumentDetail', description: 'Văn bản pháp luật, đầy đủ.' })

/** A draft put out for public comment. */
export const Draft = object('Dự thảo lấy ý kiến.', {
  id,
  slug,
  title: str('Tên dự thảo.'),
  summary: orNull(str('Tóm tắt.')),
  documentType: orNull(documentTypeRef),
  agency: orNull(agencyRef),
  state: z.enum(DRAFT_STATE_VALUES).describe('Giai đoạn lấy ý kiến, tính từ các ngày.'),
  stateLabel: str('Giai đoạn bằng tiếng Việt, ví dụ `Đang lấy ý kiến`.'),
  opensAt: dateTime('Thời điểm bắt đầu nhận góp ý.'),
  closesAt: dateTime('Thời điểm thôi nhận góp ý (không tính).'),
  reportPublishedAt: orNull(dateTime('Thời điểm công bố báo cáo tổng hợp, tiếp thu, giải trình.')),
  commentCount: int('Số góp ý đã công khai.'),
  versions: list(
    object('Phiên bản dự thảo.', {
      number: int('Số thứ tự phiên bản, từ 1.', 1),
      publishedAt: dateTime('Thời điểm đăng phiên bản.'),
      url: uri('Trang HTML của phiên bản.'),
    }),
    'Các phiên bản, cũ trước.',
  ),
  explanatoryNote: File.nullable(),
  consultationReport: File.nullable(),
  contact: orNull(
    object('Đơn vị tiếp nhận góp ý.', {
      unit: str('Tên đơn vị.'),
      address: orNull(str('Địa chỉ.')),
      email: orNull(email('Thư điện tử công vụ.')),
      phone: orNull(str('Điện thoại.')),
    }),
  ),
  url: uri('Trang HTML của dự thảo.'),
  commentsUrl: uri('Địa chỉ API danh sách góp ý đã công khai.'),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
}).meta({ id: 'Draft' })

/** A draft with the table of contents of its current version and its files. */
export const DraftDetail = Draft.extend({
  structure: list(TocEntry, 'Mục lục của phiên bản hiện hành, dùng để góp ý theo điều.'),
  files: list(File, 'Tệp đính kèm.'),
}).meta({ id: 'DraftDetail', description: 'Dự thảo lấy ý kiến, đầy đủ.' })

const commentPlacement = {
  id,
  draftId: z.string().min(1).describe('Mã của dự thảo được góp ý.'),
  version: int('Phiên bản dự thảo được góp ý.', 1),
  article: orNull(str('Neo của điều được góp ý; null = góp ý chung.')),
}
const createdAt = dateTime('Thời điểm gửi.')

/**
 * A published comment. Public fields only: contact details never leave the CMS (privacy), and
 * `name`/`organisation` are null unless the commenter allowed publishing them. A hidden comment
 * is a stub (status, reason, date): no text, author, stance, category or answer.
 */
export const Comment = z
  .discriminatedUnion('status', [
    z.strictObject({
      ...commentPlacement,
      stance: orNull(z.enum(STANCE_CODES).describe('Ý kiến.')),
      submitterCategory: orNull(z.enum(SUBMITTER_CATEGORY_CODES).describe('Người góp ý là; null khi góp ý bị ẩn.')),
      name: orNull(str('Họ tên, chỉ khi người góp ý đồng ý công khai.')),
      organisation: orNull(str('Tổ chức, chỉ khi người góp ý đồng ý công khai.')),
      body: orNull(str('Nội dung; null khi góp ý bị ẩn.')),
      createdAt,
      status: z.literal('published').describe('Trạng thái hiển thị.'),
      hiddenReason: z.null().describe('Lý do ẩn.'),
      hiddenAt: z.null().describe('Thời điểm ẩn.'),
      response: orNull(
        object('Tiếp thu, giải trình của cơ quan soạn thảo.', {
          kind: z.enum(RESPONSE_KIND_VALUES).describe('Hình thức trả lời.'),
          text: str('Nội dung trả lời.'),
        }),
      ),
    }),
    z.strictObject({
      ...commentPlacement,
      stance: z.null(),
      submitterCategory: z.null(),
      name: z.null(),
      organisation: z.null(),
      body: z.null(),
      createdAt,
      status: z.literal('hidden'),
      hiddenReason: z.string(),
      hiddenAt: dateTime('Thời điểm ẩn.'),
      response: z.null(),
    }),
  ])
  .meta({ id: 'Comment', description: 'Góp ý đã công khai.' })

/** An agency of the directory, with its official contacts (Decree 43/2011 Art 10.1.k; Directive 15). */
export const Agency = object('Cơ quan trong danh bạ.', {
  id,
  slug,
  name: str('Tên cơ quan.'),
  nameEn: orNull(str('Tên tiếng Anh.')),
  abbreviation: orNull(str('Tên viết tắt.')),
  level: orNull(str('Cấp của cơ quan (trung ương, tỉnh, sở, xã…).')),
  parent: orNull(agencyRef),
  emails: list(
    object('Hộp thư chính thức.', {
      address: email('Địa chỉ thư.'),
      purpose: orNull(str('Mục đích, ví dụ nhận gửi văn bản điện tử.')),
      isGovVn: z.boolean().describe('Thuộc tên miền `.gov.vn`.'),
    }),
    'Thư điện tử chính thức.',
  ),
  phone: orNull(str('Điện thoại.')),
  fax: orNull(str('Fax.')),
  address: orNull(str('Địa chỉ trụ sở.')),
  website: orNull(uri('Cổng thông tin.')),
  documentSystemUrl: orNull(uri('Hệ thống gửi, nhận văn bản điện tử.')),
  focalPoint: orNull(
    object('Đầu mối cung cấp thông tin (Luật Tiếp cận thông tin).', {
      name: orNull(str('Họ tên.')),
      title: orNull(str('Chức vụ.')),
      phone: orNull(str('Điện thoại công vụ.')),
      email: orNull(email('Thư điện tử công vụ.')),
    }),
  ),
  officials: list(
    object('Cán bộ có thẩm quyền.', {
      name: str('Họ tên.'),
      position: str('Chức vụ.'),
      unit: orNull(str('Đơn vị.')),
      phone: orNull(str('Điện thoại công vụ.')),
      email: orNull(email('Thư điện tử công vụ.')),
    }),
    'Cán bộ có thẩm quyền và thư công vụ (Luật CNTT Điều 28).',
  ),
  lastVerifiedAt: orNull(date('Ngày xác minh thông tin liên hệ gần nhất.')),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
  url: uri('Trang HTML của cơ quan.'),
}).meta({ id: 'Agency' })

const facet = (description: string) => z.record(z.string(), z.int().min(0)).describe(description)
const next = orNull(uri('Trang tiếp theo (giữ nguyên bộ lọc); null ở trang cuối.'))
const limit = int('Số mục tối đa mỗi trang.', 1).max(100)

/** One search result. */
export const SearchHit = object('Một kết quả.', {
  kind: z.enum(SEARCH_KIND_VALUES).describe('Loại nội dung.'),
  id,
  url: uri('Trang HTML, kèm `#neo` khi khớp trong một điều.'),
  title: str('Tiêu đề.'),
  numberSymbol: orNull(str('Số ký hiệu, với văn bản.')),
  snippet: str('Đoạn trích HTML: văn bản đã thoát ký tự, từ khớp bọc trong `<mark>`.'),
  score: z.number().describe('Điểm liên quan; cao hơn là liên quan hơn.'),
})

/** One page of search results with facet counts. */
export const SearchResult = object('Kết quả tìm kiếm.', {
  total: int('Tổng số kết quả.'),
  results: list(SearchHit, 'Kết quả, liên quan nhất trước.'),
  facets: object('Số kết quả theo từng giá trị bộ lọc.', {
    documentType: facet('Theo loại văn bản.'),
    issuer: facet('Theo cơ quan ban hành.'),
    field: facet('Theo lĩnh vực.'),
    year: facet('Theo năm ban hành.'),
    validity: facet('Theo tình trạng hiệu lực.'),
    kind: facet('Theo loại nội dung.'),
  }),
  next: orNull(uri('Trang tiếp theo; null ở trang cuối.')),
  limit,
}).meta({ id: 'SearchResult' })

/** Returns the list envelope of an item schema: `{ data, next, limit }`. */
export function ListEnvelope<T extends z.ZodType>(item: T) {
  return object('Một trang của danh sách.', { data: list(item, 'Các mục của trang.'), next, limit })
}

/** Every error answer: a code, an English message, its Vietnamese text, the parameter to blame. */
export const ApiError = object('Lỗi.', {
  error: object('Chi tiết lỗi.', {
    code: str('Mã lỗi ổn định, ví dụ `invalid_parameter`, `unknown_parameter`, `not_found`, `rate_limited`.'),
    message: str('Thông báo tiếng Anh.'),
    messageVi: str('Thông báo tiếng Việt.').optional(),
    parameter: str('Tham số gây lỗi.').optional(),
  }),
}).meta({ id: 'Error' })

/** The answer of POST /check. */
export const CheckResult = object('Kết quả kiểm tra bản sao.', {
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('Mã băm SHA-256 của tệp gửi lên.'),
  size: int('Dung lượng (byte).'),
  matches: list(
    object('Văn bản đang đăng có tệp trùng khớp từng byte.', {
      documentId: id,
      numberSymbol: str('Số ký hiệu.'),
      summary: str('Trích yếu.'),
      url: uri('Trang HTML của văn bản.'),
      apiUrl: uri('Địa chỉ API của văn bản.'),
      fileLabel: str('Tên tệp trên cổng.'),
      fileKind: z.enum(['original', 'annex', 'other']).describe('Loại tệp.'),
    }),
    'Các văn bản đang đăng có tệp trùng khớp; rỗng khi không trùng.',
  ),
  signatures: FileSignatures,
}).meta({ id: 'CheckResult' })

/** The named schemas, in the order of `components.schemas`; anything else is written inline. */
export const SCHEMAS = { Document, DocumentDetail, Relation, TocEntry, File, DocumentFile, FileSignatures, Draft, DraftDetail, Comment, Agency, SearchResult, CheckResult, Error: ApiError }

export type ApiFile = z.infer<typeof File>
export type ApiTocEntry = z.infer<typeof TocEntry>
export type ApiDocument = z.infer<typeof Document>
export type ApiDocumentDetail = z.infer<typeof DocumentDetail>
export type ApiDraft = z.infer<typeof Draft>
export type ApiDraftDetail = z.infer<typeof DraftDetail>
export type ApiComment = z.infer<typeof Comment>
export type ApiAgency = z.infer<typeof Agency>
export type ApiSearchHit = z.infer<typeof SearchHit>
export type ApiFileSignatures = z.infer<typeof FileSignatures>
export type ApiCheckResult = z.infer<typeof CheckResult>
