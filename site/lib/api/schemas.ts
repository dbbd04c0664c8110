/**
 * What the public API returns, in zod, and where each field comes from: the handlers' output
 * types (`z.infer`), the JSON Schemas of /api/v1/openapi.json, the tests' checks and the mapping
 * from stored records (read) all come from here. Field names are the stable English names of the
 * glossary; every object is strict and read field by field, so a field a mapper would leak by
 * mistake (an email on a comment, an internal flag) cannot reach the public. Calendar days in
 * law (issue, effect, expiry) are dates; instants are date-times with offset.
 */
import { SLUG, isSlug } from '../../../cms/lib/slug'
import { z } from 'zod'

import { isStanceCode, isSubmitterCategory, RESPONSE_LABELS, type ResponseKind, STANCE_CODES, SUBMITTER_CATEGORY_CODES } from '../../../cms/consultation/comments/codes'
import { hiddenReasonText, toPublicComment, type PublicComment, type StoredComment } from '../../../cms/consultation/comments/public'
import { CONSULTATION_STATE_LABELS, consultationState, type ConsultationState } from '../../../cms/consultation/state'
import { isGovVnAddress } from '../../../cms/lib/agencies/email'
import { toDate } from '../../../cms/lib/dates'
import { agencyPath, documentPath, draftPath } from '../../../cms/lib/paths'
import { RELATION_TYPES } from '../../../cms/lib/relations'
import { SIGNATURE_STATUS_LABELS } from '../../../cms/lib/signatures/labels'
import type { PublicFileSignatures } from '../../../cms/lib/signatures/public'
import type { SignatureStatus } from '../../../cms/lib/signatures/verify'
import { VALIDITY_LABELS, type ValidityStatus } from '../../../cms/lib/validity'
import type { Agency as AgencyRow, LegalDocument, Media } from '../../../cms/payload-types'
import type { DocumentContext, DocumentFile as DocumentFileRow } from '../cms/documents'
import type { ProvisionLink as ProvisionLinkRow, ProvisionView } from '../cms/provisions'
import type { CopyMatch } from '../cms/check-copy'
import type { ListedDocument } from '../cms/opendata'
import type { SearchHit as SearchHitRow } from '../../../cms/search/types'
import type { CommentTally, PublicDraftRow, VersionRow } from '../cms/opendata-consultation'
import { absoluteUrl, apiDate, apiDateTime, email as emailAddress, populated, refId, text, webUrl } from './format'

/** Validity values, in the order of a document's life. */
export const VALIDITY_VALUES = Object.keys(VALIDITY_LABELS) as [ValidityStatus, ...ValidityStatus[]]
/** Consultation states of a draft, in order. */
export const DRAFT_STATE_VALUES = Object.keys(CONSULTATION_STATE_LABELS) as [ConsultationState, ...ConsultationState[]]
const SIGNATURE_STATUS_VALUES = Object.keys(SIGNATURE_STATUS_LABELS) as [SignatureStatus, ...SignatureStatus[]]
const RESPONSE_KIND_VALUES = Object.keys(RESPONSE_LABELS) as [ResponseKind, ...ResponseKind[]]
/** Kinds of search results. */
export const SEARCH_KIND_VALUES = ['document', 'draft', 'agency', 'page', 'news', 'direction', 'schedule', 'dissemination', 'plan', 'project', 'question', 'science', 'statistics'] as const

/**
 * How a field is read from a stored record: `convert` turns the record's field of the same name
 * into the API value; `get` computes it from the whole record and the request. A field with
 * neither is read by name as its type says (text trimmed and NFC, objects and lists field by field).
 */
const READERS = z.registry<{ convert?: (value: unknown) => unknown; get?: (row: any, ctx: any) => unknown }, z.ZodType>()
function converted<T extends z.ZodType>(schema: T, convert: (value: unknown) => unknown): T {
  READERS.add(schema, { convert })
  return schema
}

/** Returns a field declaration computed by `get` from a record of type R for a request C. */
export const from =
  <R, C = undefined>() =>
  <T extends z.ZodType>(schema: T, get: (row: R, ctx: C) => z.output<T>): T => {
    const field = schema.clone()
    READERS.add(field, { get })
    return field
  }

/** Returns the API object of a stored record for a request: every field of the schema read as declared, and nothing else. */
export function read<S extends z.ZodObject>(schema: S, row: object, ctx?: unknown): z.output<S> {
  const fields = Object.entries(schema.shape).map(([key, field]) => {
    const get = READERS.get(field)?.get
    return [key, get ? get(row, ctx) : readValue(field, (row as Record<string, unknown>)[key], ctx)]
  })
  return Object.fromEntries(fields) as z.output<S>
}

function readValue(schema: z.ZodType, value: unknown, ctx: unknown): unknown {
  const convert = READERS.get(schema)?.convert
  if (convert) return convert(value)
  const def = schema._zod.def as { type: string; innerType: z.ZodType; element: z.ZodType; values: unknown[] }
  if (def.type === 'string') return text(value)
  if (def.type === 'null') return null
  if (def.type === 'literal') return def.values[0]
  if (def.type === 'nullable') return value === null || value === undefined ? null : readValue(def.innerType, value, ctx)
  // A relation not populated (a bare id) is not readable by the public: null.
  if (def.type === 'object') return populated(value) && read(schema as z.ZodObject, value as object, ctx)
  // A list leaves out what cannot be read (relations the public cannot see).
  if (def.type === 'array') return ((value ?? []) as unknown[]).map((item) => readValue(def.element, item, ctx)).filter((item) => item !== null)
  return value
}

export const str = (description: string) => z.string().describe(description)
export const int = (description: string, min = 0) => z.int().min(min).describe(description)
export const date = (description: string) => converted(z.iso.date().describe(description), apiDate)
export const dateTime = (description: string) => converted(z.iso.datetime({ offset: true }).describe(description), apiDateTime)
export const uri = (description: string) => converted(z.url().describe(description), webUrl)
const email = (description: string) => converted(z.email().describe(description), emailAddress)
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().describe(schema.description ?? '')
export const object = <S extends z.ZodRawShape>(description: string, shape: S) => z.strictObject(shape).describe(description)
export const list = <T extends z.ZodType>(item: T, description: string) => z.array(item).describe(description)
export const id = converted(z.string().min(1).describe('Mã định danh ổn định (chuỗi, kể cả khi là số).'), refId)
export const slug = z.string().regex(SLUG).describe('Định danh trong đường dẫn.')
/** The kind of a file: anything stored but an annex or other file is the signed original. */
const fileKind = (description: string) =>
  converted(z.enum(['original', 'annex', 'other']).describe(description), (kind) => (kind === 'annex' || kind === 'other' ? kind : 'original'))
/** A number counted from 1 (a level, a version): 1 when the stored one is not. */
const fromOne = (n: unknown) => (Number.isInteger(n) && (n as number) >= 1 ? (n as number) : 1)

/** A file attached to a document or draft. */
export const File = object('Tệp đính kèm.', {
  label: str('Tên hiển thị của tệp.'),
  url: uri('Địa chỉ tải tệp.'),
  mimeType: str('Kiểu MIME, ví dụ `application/pdf`.'),
  size: int('Dung lượng (byte).'),
}).meta({ id: 'File' })

/** Returns the API File of an upload (when populated and reachable), with the label it is shown under. */
export function fileOf(value: unknown, label: string | null, origin: string): z.output<typeof File> | null {
  const media = populated<Media>(value)
  const url = absoluteUrl(origin, media?.url)
  if (!media || !url) return null
  return {
    label: label || text(media.alt) || media.filename || 'Tệp',
    url,
    mimeType: media.mimeType ?? 'application/octet-stream',
    size: Math.max(0, media.filesize ?? 0),
  }
}

/** What the portal found when it verified a file's digital signatures (at upload, and again when its trust list changes). */
export const FileSignatures = object('Kết quả kiểm tra chữ ký số của tệp.', {
  status: z.enum(SIGNATURE_STATUS_VALUES).describe('`valid`: mọi chữ ký hợp lệ; `untrusted`: không xác định được nguồn tin cậy; `expired`: chứng thư số không có hiệu lực lúc ký; `appended`: có nội dung thêm sau khi ký; `modified`: tệp bị thay đổi sau khi ký; `error`: không đọc được; `none`: không có chữ ký.'),
  statusLabel: from<PublicFileSignatures>()(str('Kết quả bằng tiếng Việt.'), (s) => s.label),
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

const fromFile = from<DocumentFileRow, string>()

/** A file of a legal document: with its fingerprint and what its signatures prove. */
export const DocumentFile = File.extend({
  url: fromFile(File.shape.url, (f, origin) => absoluteUrl(origin, f.url)!),
  kind: fileKind('`original`: bản gốc đã ký; `annex`: phụ lục; `other`: tệp khác.'),
  sha256: orNull(z.string().regex(/^[0-9a-f]{64}$/).describe('Mã băm SHA-256 của tệp, để đối chiếu bản sao (`POST /check`).')),
  signatures: fromFile(FileSignatures.nullable(), (f) => f.signature && read(FileSignatures, f.signature)),
}).meta({ id: 'DocumentFile', description: 'Tệp của văn bản.' })

type TocRow = { anchor?: unknown; label?: unknown; level?: unknown }

/** Entry of a table of contents (Phần, Chương, Mục, Điều…) with its stable anchor. */
export const TocEntry = object('Mục lục: một đơn vị của văn bản.', {
  anchor: z.string().regex(SLUG).describe('Neo ổn định trong trang, ví dụ `dieu-5`.'),
  label: str('Nhãn ngắn, ví dụ `Điều 5`.'),
  title: orNull(str('Tên của đơn vị, nếu có.')),
  level: from<TocRow>()(int('Cấp trong mục lục, 1 là cấp ngoài cùng.', 1), (e) => fromOne(e.level)),
}).meta({ id: 'TocEntry' })

/** Returns the table of contents entries that have a usable anchor. */
const tocOf = (toc: unknown) =>
  (Array.isArray(toc) ? (toc as TocRow[]) : [])
    .filter((e) => typeof e?.anchor === 'string' && isSlug(e.anchor) && typeof e.label === 'string')
    .map((e) => read(TocEntry, e))

const documentTypeRef = object('Loại văn bản.', {
  id,
  name: str('Tên loại văn bản, ví dụ `Nghị định`.'),
  code: orNull(str('Ký hiệu loại, ví dụ `NĐ`; null với Công văn.')),
})
const issuerRef = object('Cơ quan ban hành.', {
  id,
  name: str('Tên cơ quan ban hành.'),
  abbreviation: orNull(str('Ký hiệu cơ quan, ví dụ `CP`.')),
})
export const agencyRef = object('Cơ quan.', { id, slug: str('Định danh trong đường dẫn.'), name: str('Tên cơ quan.') })
/** Returns the reference of a relation a document always has: its id even when the public cannot read it (then no name). */
function namedRef<S extends typeof documentTypeRef | typeof issuerRef>(schema: S, value: unknown): z.output<S> {
  const ref = read(schema, populated(value) ?? {})
  return { ...ref, id: refId(value) ?? '', name: ref.name ?? '' }
}
/** Returns the reference to an agency that has a public address, else null. */
export const agencyRefOf = (value: unknown) => (populated<AgencyRow>(value)?.slug ? read(agencyRef, value as object) : null)

/** Returns the API address of a document. */
export const documentApiUrl = (origin: string, id: number | string) => `${origin}/api/v1/documents/${encodeURIComponent(String(id))}`

/** The request a document is read for: the public origin and, for the detail, its context with the validity computed now. */
type DocumentRequest = { origin: string; context?: DocumentContext }
const fromDocument = from<ListedDocument, DocumentRequest>()
const validityOf = (d: ListedDocument, { context }: DocumentRequest): ValidityStatus =>
  context?.validity.status ?? (typeof d.validity === 'string' && d.validity in VALIDITY_LABELS ? (d.validity as ValidityStatus) : 'inForce')

/** A legal document as listed. */
export const Document = object('Văn bản pháp luật.', {
  id,
  numberSymbol: str('Số ký hiệu như trên văn bản, ví dụ `43/2011/NĐ-CP`.'),
  documentType: fromDocument(documentTypeRef, (d) => namedRef(documentTypeRef, d.documentType)),
  issuer: fromDocument(issuerRef, (d) => namedRef(issuerRef, d.issuer)),
  summary: str('Trích yếu.'),
  // Stored published documents always carry it; the tests check the schema's promise.
  issuedAt: date('Ngày ban hành.'),
  effectiveAt: orNull(date('Ngày có hiệu lực.')),
  // The same computation as `validity` (the page's banner and table): the document's own term, or
  // the effective date of the document replacing or repealing it.
  expiresAt: fromDocument(orNull(date('Ngày hết hiệu lực: hết thời hạn, hoặc ngày có hiệu lực của văn bản thay thế/bãi bỏ toàn bộ.')), (d, { context }) =>
    context ? context.validity.expiresOn : apiDate(d.validityExpires),
  ),
  validity: fromDocument(z.enum(VALIDITY_VALUES).describe('Tình trạng hiệu lực, tính từ các ngày và quan hệ văn bản.'), validityOf),
  validityLabel: fromDocument(str('Tình trạng hiệu lực bằng tiếng Việt, ví dụ `Còn hiệu lực`.'), (d, r) => VALIDITY_LABELS[validityOf(d, r)]),
  signer: fromDocument(orNull(object('Người ký.', { name: orNull(str('Họ tên người ký.')), title: orNull(str('Chức vụ người ký.')) })), (d) => {
    const signer = { name: text(d.signerName), title: text(d.signerTitle) }
    return signer.name || signer.title ? signer : null
  }),
  fields: list(object('Lĩnh vực.', { id, name: str('Tên lĩnh vực.') }), 'Lĩnh vực.'),
  language: fromDocument(z.enum(['vi', 'en']).describe('Ngôn ngữ của văn bản.'), (d) => (d.language === 'en' ? 'en' : 'vi')),
  url: fromDocument(uri('Trang HTML của văn bản.'), (d, r) => absoluteUrl(r.origin, documentPath(d))!),
  apiUrl: fromDocument(uri('Địa chỉ API của văn bản.'), (d, r) => documentApiUrl(r.origin, d.id)),
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

/** A relation as the document page and the provision page hold it. */
type RelationRow = { type: string; label: string; document: { id: number | string; numberSymbol: string; url: string }; article?: unknown; effectiveAt?: unknown }
/** Returns the API Relation of a relation row, with absolute links. */
const relationOf = (origin: string, r: RelationRow): z.output<typeof Relation> => ({
  type: r.type,
  label: r.label,
  document: { id: String(r.document.id), numberSymbol: r.document.numberSymbol, url: absoluteUrl(origin, r.document.url)! },
  article: text(r.article),
  effectiveAt: apiDate(r.effectiveAt),
})

const fromDetail = from<LegalDocument, Required<DocumentRequest>>()
/** Returns the relations of one direction, each with the document on the other side. */
const relationsOf = ({ context, origin }: Required<DocumentRequest>, direction: 'outgoing' | 'incoming') =>
  context.relations.filter((g) => g.direction === direction).flatMap((g) => g.items.map((item) => relationOf(origin, { type: g.type, label: g.label, document: item, article: item.article, effectiveAt: item.effectiveAt })))

/** A legal document with its table of contents, relations both ways, files and full text. */
export const DocumentDetail = Document.extend({
  structure: fromDetail(list(TocEntry, 'Mục lục, theo thứ tự trong văn bản.'), (d) => tocOf(d.toc)),
  relations: fromDetail(
    object('Quan hệ văn bản, hai chiều.', {
      outgoing: list(Relation, 'Văn bản này tác động đến văn bản khác.'),
      incoming: list(Relation, 'Văn bản khác tác động đến văn bản này.'),
    }),
    (_, r) => ({ outgoing: relationsOf(r, 'outgoing'), incoming: relationsOf(r, 'incoming') }),
  ),
  files: fromDetail(list(DocumentFile, 'Tệp đính kèm (bản gốc đã ký, phụ lục…).'), (_, { context, origin }) =>
    context.files.filter((f) => absoluteUrl(origin, f.url)).map((f) => read(DocumentFile, f, origin)),
  ),
  bodyHtml: orNull(str('Toàn văn dạng HTML, các đơn vị mang `id` bằng neo trong mục lục.')),
}).meta({ id: 'DocumentDetail', description: 'Văn bản pháp luật, đầy đủ.' })

/** A provision's neighbour or enclosing unit, as a link. */
const ProvisionLink = object('Một điều, khoản, điểm khác của văn bản.', {
  anchor: z.string().regex(SLUG).describe('Neo, ví dụ `dieu-4`.'),
  label: str('Cách trích dẫn, ví dụ `Khoản 2 Điều 5`.'),
  url: uri('Trang HTML của điều, khoản.'),
  apiUrl: uri('Địa chỉ API của điều, khoản.'),
})

type ProvisionRequest = { origin: string; view: ProvisionView; doc: Pick<LegalDocument, 'id' | 'numberSymbol' | 'slug' | 'year'> }
const fromProvision = from<ProvisionView, ProvisionRequest>()
/** Returns the API address of a provision. */
export const provisionApiUrl = (origin: string, id: number | string, anchor: string) => `${documentApiUrl(origin, id)}/provisions/${encodeURIComponent(anchor)}`
const provisionLinkOf = (l: ProvisionLinkRow, { origin, doc }: ProvisionRequest) => ({ anchor: l.anchor, label: l.label, url: absoluteUrl(origin, l.path)!, apiUrl: provisionApiUrl(origin, doc.id, l.anchor) })

/** One provision (điều, khoản, điểm) of a document: its text, neighbours and the relations touching it. */
export const Provision = object('Một điều, khoản, điểm của văn bản.', {
  anchor: z.string().regex(SLUG).describe('Neo, như trong mục lục và trang văn bản, ví dụ `dieu-5-khoan-2`.'),
  kind: z.enum(['part', 'chapter', 'section', 'article', 'clause', 'point', 'item']).describe('Loại đơn vị: phần, chương, mục, điều, khoản, điểm, ý.'),
  label: str('Cách trích dẫn, ví dụ `Khoản 2 Điều 5`.'),
  title: orNull(str('Tên điều, nếu có.')),
  document: fromProvision(object('Văn bản chứa điều, khoản này.', { id, numberSymbol: str('Số ký hiệu.'), url: uri('Trang HTML của văn bản.'), apiUrl: uri('Địa chỉ API của văn bản.') }), (_, { origin, doc }) => ({
    id: String(doc.id),
    numberSymbol: doc.numberSymbol,
    url: absoluteUrl(origin, documentPath(doc))!,
    apiUrl: documentApiUrl(origin, doc.id),
  })),
  url: fromProvision(uri('Trang HTML của điều, khoản.'), (v, { origin }) => absoluteUrl(origin, v.path)!),
  validity: fromProvision(z.enum(VALIDITY_VALUES).describe('Tình trạng hiệu lực của văn bản.'), (v) => v.context.validity.status),
  validityLabel: fromProvision(str('Tình trạng hiệu lực bằng tiếng Việt.'), (v) => v.context.validity.label),
  text: str('Nội dung dạng văn bản thuần, mỗi đoạn một dòng.'),
  html: str('Nội dung dạng HTML, các đơn vị mang `id` bằng neo.'),
  ancestors: fromProvision(list(ProvisionLink, 'Các đơn vị chứa nó, từ ngoài vào.'), (v, r) => v.ancestors.map((a) => provisionLinkOf(a, r))),
  previous: fromProvision(orNull(ProvisionLink), (v, r) => (v.previous ? provisionLinkOf(v.previous, r) : null)),
  next: fromProvision(orNull(ProvisionLink), (v, r) => (v.next ? provisionLinkOf(v.next, r) : null)),
  relations: fromProvision(list(Relation, 'Văn bản khác sửa đổi, thay thế, bãi bỏ, đình chỉ hoặc dẫn chiếu điều, khoản này (hoặc một phần của nó, hoặc điều chứa nó).'), (v, { origin }) =>
    v.relations.map((r) => relationOf(origin, r)),
  ),
}).meta({ id: 'Provision' })

/** Returns the report publication instant when it has passed, else null (a scheduled report is not out yet). */
export function reportPublishedAt(draft: Pick<PublicDraftRow, 'report'>, now: Date): string | null {
  const at = toDate(draft.report?.publishedAt ?? null)
  return at && at.getTime() <= now.getTime() ? draft.report!.publishedAt! : null
}

/** Returns the consultation state of a draft now. */
export const draftState = (d: PublicDraftRow, now: Date) =>
  consultationState({ opensAt: d.opensAt, closesAt: d.closesAt, reportPublishedAt: reportPublishedAt(d, now) }, now)

/**
 * What a draft is read with: versions and comment tallies by draft id, the origin, the time of
 * the request; for the detail, the current version's table of contents.
 */
export interface DraftRequest {
  versions: Map<string, VersionRow[]>
  tallies: Map<string, CommentTally>
  origin: string
  now: Date
  toc?: unknown
}
const fromDraft = from<PublicDraftRow, DraftRequest>()
const draftSlug = (d: PublicDraftRow) => d.slug ?? String(d.id)

const contact = object('Đơn vị tiếp nhận góp ý.', {
  unit: str('Tên đơn vị.'),
  address: orNull(str('Địa chỉ.')),
  email: orNull(email('Thư điện tử công vụ.')),
  phone: orNull(str('Điện thoại.')),
})

/** A draft put out for public comment. */
export const Draft = object('Dự thảo lấy ý kiến.', {
  id,
  slug: fromDraft(slug, draftSlug),
  title: str('Tên dự thảo.'),
  summary: orNull(str('Tóm tắt.')),
  documentType: orNull(documentTypeRef),
  agency: fromDraft(orNull(agencyRef), (d) => agencyRefOf(d.draftingAgency)),
  state: fromDraft(z.enum(DRAFT_STATE_VALUES).describe('Giai đoạn lấy ý kiến, tính từ các ngày.'), (d, r) => draftState(d, r.now)),
  stateLabel: fromDraft(str('Giai đoạn bằng tiếng Việt, ví dụ `Đang lấy ý kiến`.'), (d, r) => CONSULTATION_STATE_LABELS[draftState(d, r.now)]),
  // A published draft always has its window; the tests check the schema's promise.
  opensAt: dateTime('Thời điểm bắt đầu nhận góp ý.'),
  closesAt: dateTime('Thời điểm thôi nhận góp ý (không tính).'),
  reportPublishedAt: fromDraft(orNull(dateTime('Thời điểm công bố báo cáo tổng hợp, tiếp thu, giải trình.')), (d, r) => apiDateTime(reportPublishedAt(d, r.now))),
  commentCount: fromDraft(int('Số góp ý đã công khai.'), (d, r) => r.tallies.get(String(d.id))?.count ?? 0),
  versions: fromDraft(
    list(
      object('Phiên bản dự thảo.', {
        number: int('Số thứ tự phiên bản, từ 1.', 1),
        publishedAt: dateTime('Thời điểm đăng phiên bản.'),
        url: uri('Trang HTML của phiên bản.'),
      }),
      'Các phiên bản, cũ trước.',
    ),
    (d, r) =>
      (r.versions.get(String(d.id)) ?? []).map((v) => ({
        number: v.number,
        publishedAt: apiDateTime(v.publishedAt)!,
        url: absoluteUrl(r.origin, `${draftPath(draftSlug(d))}/phien-ban/${v.number}`)!,
      })),
  ),
  explanatoryNote: fromDraft(File.nullable(), (d, r) => fileOf(d.explanatoryNote, 'Tờ trình', r.origin)),
  consultationReport: fromDraft(File.nullable(), (d, r) => (reportPublishedAt(d, r.now) ? fileOf(d.report?.file, 'Báo cáo tổng hợp, tiếp thu, giải trình', r.origin) : null)),
  contact: fromDraft(orNull(contact), ({ receivingUnit: unit }) => (unit?.name ? read(contact, { ...unit, unit: unit.name }) : null)),
  url: fromDraft(uri('Trang HTML của dự thảo.'), (d, r) => absoluteUrl(r.origin, draftPath(draftSlug(d)))!),
  commentsUrl: fromDraft(uri('Địa chỉ API danh sách góp ý đã công khai.'), (d, r) => `${r.origin}/api/v1/drafts/${draftSlug(d)}/comments`),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
}).meta({ id: 'Draft' })

/** A draft with the table of contents of its current version and its files. */
export const DraftDetail = Draft.extend({
  structure: fromDraft(list(TocEntry, 'Mục lục của phiên bản hiện hành, dùng để góp ý theo điều.'), (_, r) => tocOf(r.toc)),
  files: fromDraft(list(File, 'Tệp đính kèm.'), (d, r) => (d.attachments ?? []).map((a) => fileOf(a.file, a.title, r.origin)).filter((f) => f !== null)),
}).meta({ id: 'DraftDetail', description: 'Dự thảo lấy ý kiến, đầy đủ.' })

/** A comment is read from its one public projection (cms/consultation/comments/public.ts), so the API words it as the pages do. */
const fromComment = from<PublicComment, StoredComment & { updatedAt?: string | null }>()
const createdAt = fromComment(dateTime('Thời điểm gửi.'), (c) => apiDateTime(c.submittedAt)!)

/**
 * A published comment. Public fields only: contact details never leave the CMS (privacy), and
 * `name`/`organisation` are null unless the commenter allowed publishing them (Decree 13/2023 on
 * personal data; the form's promise).
 */
const PublishedComment = z.strictObject({
  id,
  draftId: z.string().min(1).describe('Mã của dự thảo được góp ý.'),
  version: fromComment(int('Phiên bản dự thảo được góp ý.', 1), (c) => fromOne(c.version)),
  article: orNull(str('Neo của điều được góp ý; null = góp ý chung.')),
  stance: fromComment(orNull(z.enum(STANCE_CODES).describe('Ý kiến.')), (c) => (isStanceCode(c.stance) ? c.stance : null)),
  submitterCategory: fromComment(orNull(z.enum(SUBMITTER_CATEGORY_CODES).describe('Người góp ý là; null khi góp ý bị ẩn.')), (c) => (isSubmitterCategory(c.category) ? c.category : null)),
  name: orNull(str('Họ tên, chỉ khi người góp ý đồng ý công khai.')),
  organisation: orNull(str('Tổ chức, chỉ khi người góp ý đồng ý công khai.')),
  body: fromComment(orNull(str('Nội dung; null khi góp ý bị ẩn.')), (c) => text(c.bodyText)),
  createdAt,
  status: z.literal('published').describe('Trạng thái hiển thị.'),
  hiddenReason: z.null().describe('Lý do ẩn.'),
  hiddenAt: z.null().describe('Thời điểm ẩn.'),
  response: fromComment(
    orNull(
      object('Tiếp thu, giải trình của cơ quan soạn thảo.', {
        kind: z.enum(RESPONSE_KIND_VALUES).describe('Hình thức trả lời.'),
        text: str('Nội dung trả lời.'),
      }),
    ),
    (c) => (c.response && text(c.response.text) ? { kind: c.response.kind, text: text(c.response.text)! } : null),
  ),
})

/** A hidden (or purged) comment is a stub with its date and reason: no text, author, stance, category or answer. */
const HiddenComment = PublishedComment.extend({
  stance: z.null(),
  submitterCategory: z.null(),
  name: z.null(),
  organisation: z.null(),
  body: z.null(),
  status: z.literal('hidden'),
  hiddenReason: fromComment(z.string(), (c) => c.hiddenReason ?? hiddenReasonText(null)),
  hiddenAt: fromComment(dateTime('Thời điểm ẩn.'), (c, row) => apiDateTime(c.hiddenAt ?? row.updatedAt) ?? apiDateTime(c.submittedAt)!),
  response: z.null(),
})

/** A comment as published: the comment itself or its stub. */
export const Comment = z.discriminatedUnion('status', [PublishedComment, HiddenComment]).meta({ id: 'Comment', description: 'Góp ý đã công khai.' })

/** Returns the API Comment, or null for anything not public (pending or unknown status). */
export function toApiComment(row: StoredComment & { updatedAt?: string | null }): z.output<typeof Comment> | null {
  const c = toPublicComment(row)
  return c && (c.kind === 'published' ? read(PublishedComment, c, row) : read(HiddenComment, c, row))
}

const fromAgency = from<AgencyRow, string>()
const focalPoint = object('Đầu mối cung cấp thông tin (Luật Tiếp cận thông tin).', {
  name: orNull(str('Họ tên.')),
  title: orNull(str('Chức vụ.')),
  phone: orNull(str('Điện thoại công vụ.')),
  email: orNull(email('Thư điện tử công vụ.')),
})

const official = object('Cán bộ có thẩm quyền.', {
  name: str('Họ tên.'),
  position: str('Chức vụ.'),
  unit: orNull(str('Đơn vị.')),
  phone: orNull(str('Điện thoại công vụ.')),
  email: orNull(email('Thư điện tử công vụ.')),
})

/**
 * An agency of the directory, with its official contacts only (Decree 43/2011 Art 10.1.k;
 * Directive 15 item 3b; Law on IT Art 28): addresses that are not well formed are left out
 * rather than published wrong, and the internal review flags stay in the CMS.
 */
export const Agency = object('Cơ quan trong danh bạ.', {
  id,
  slug: fromAgency(slug, (a) => a.slug ?? String(a.id)),
  name: str('Tên cơ quan.'),
  nameEn: orNull(str('Tên tiếng Anh.')),
  abbreviation: orNull(str('Tên viết tắt.')),
  level: orNull(str('Cấp của cơ quan (trung ương, tỉnh, sở, xã…).')),
  parent: fromAgency(orNull(agencyRef), (a) => agencyRefOf(a.parent)),
  emails: fromAgency(
    list(
      object('Hộp thư chính thức.', {
        address: email('Địa chỉ thư.'),
        purpose: orNull(str('Mục đích, ví dụ nhận gửi văn bản điện tử.')),
        isGovVn: z.boolean().describe('Thuộc tên miền `.gov.vn`.'),
      }),
      'Thư điện tử chính thức.',
    ),
    (a) =>
      (a.emails ?? []).flatMap((e) => {
        const address = emailAddress(e.address)
        return address ? [{ address, purpose: text(e.purpose), isGovVn: isGovVnAddress(address) }] : []
      }),
  ),
  phone: orNull(str('Điện thoại.')),
  fax: orNull(str('Fax.')),
  address: orNull(str('Địa chỉ trụ sở.')),
  website: orNull(uri('Cổng thông tin.')),
  documentSystemUrl: orNull(uri('Hệ thống gửi, nhận văn bản điện tử.')),
  focalPoint: fromAgency(orNull(focalPoint), (a) => {
    const contact = read(focalPoint, a.focalPoint ?? {})
    return Object.values(contact).some((v) => v !== null) ? contact : null
  }),
  officials: fromAgency(list(official, 'Cán bộ có thẩm quyền và thư công vụ (Luật CNTT Điều 28).'), (a) =>
    // An official is listed with a name and a position, or not at all.
    (a.officials ?? []).map((o) => read(official, o)).filter((o) => o.name !== null && o.position !== null),
  ),
  lastVerifiedAt: orNull(date('Ngày xác minh thông tin liên hệ gần nhất.')),
  updatedAt: dateTime('Lần cập nhật gần nhất.'),
  url: fromAgency(uri('Trang HTML của cơ quan.'), (a, origin) => absoluteUrl(origin, agencyPath(a.slug ?? String(a.id)))!),
}).meta({ id: 'Agency' })

const facet = (description: string) => z.record(z.string(), z.int().min(0)).describe(description)
const next = orNull(uri('Trang tiếp theo (giữ nguyên bộ lọc); null ở trang cuối.'))
const limit = int('Số mục tối đa mỗi trang.', 1).max(100)

/** One search result. */
export const SearchHit = object('Một kết quả.', {
  kind: z.enum(SEARCH_KIND_VALUES).describe('Loại nội dung.'),
  id,
  url: from<SearchHitRow, string>()(uri('Trang HTML; khi khớp trong một điều của văn bản: trang riêng của điều đó (`/van-ban/{năm}/{đường dẫn}/{neo}`), với dự thảo: kèm `#neo`.'), (h, origin) => absoluteUrl(origin, h.url)!),
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

const fromMatch = from<CopyMatch, string>()

/** The answer of POST /check. */
export const CheckResult = object('Kết quả kiểm tra bản sao.', {
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('Mã băm SHA-256 của tệp gửi lên.'),
  size: int('Dung lượng (byte).'),
  matches: list(
    object('Văn bản đang đăng có tệp trùng khớp từng byte.', {
      documentId: id,
      numberSymbol: str('Số ký hiệu.'),
      summary: str('Trích yếu.'),
      url: fromMatch(uri('Trang HTML của văn bản.'), (m, origin) => absoluteUrl(origin, m.url)!),
      apiUrl: fromMatch(uri('Địa chỉ API của văn bản.'), (m, origin) => documentApiUrl(origin, m.documentId)),
      fileLabel: str('Tên tệp trên cổng.'),
      fileKind: fileKind('Loại tệp.'),
    }),
    'Các văn bản đang đăng có tệp trùng khớp; rỗng khi không trùng.',
  ),
  signatures: FileSignatures,
}).meta({ id: 'CheckResult' })

/** The named schemas, in the order of `components.schemas`; anything else is written inline. */
export const SCHEMAS = { Document, DocumentDetail, Provision, Relation, TocEntry, File, DocumentFile, FileSignatures, Draft, DraftDetail, Comment, Agency, SearchResult, CheckResult, Error: ApiError }
