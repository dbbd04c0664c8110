import type { Field } from 'payload'

import { only, publishers, serverOwned, staffOnly } from '../../access/policy'
import { sampleField } from '../../fields/sample'
import { RELATION_TYPES } from '../../lib/relations'
import { VALIDITY_LABELS } from '../../lib/validity'
import { TEXT_ORIGIN_LABELS } from '../../lib/files/text-origin'
import { WORKFLOW_LABELS, WORKFLOW_STATES } from '../../lib/workflow'
import { DOCUMENT_TYPES_SLUG } from '../DocumentTypes'
import { FIELDS_SLUG } from '../Fields'
import { ISSUERS_SLUG } from '../Issuers'
import { MEDIA_SLUG } from '../Media'
import { renderFullTextForReading } from './hooks/renderFullText'

const dateField = (name: string, label: string, required = false): Field => ({
  name,
  type: 'date',
  label,
  required,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
})

const readOnlyText = (name: string, label: string): Field => ({ name, type: 'text', label, access: serverOwned, admin: { readOnly: true } })

const attributes: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'numberSymbol',
        type: 'text',
        label: 'Số ký hiệu',
        required: true,
        admin: { description: 'Như trên văn bản chính thức, ví dụ 43/2011/NĐ-CP hoặc 15/CT-TTg' },
      },
      { name: 'documentType', type: 'relationship', relationTo: DOCUMENT_TYPES_SLUG, label: 'Loại văn bản', required: true },
      { name: 'issuer', type: 'relationship', relationTo: ISSUERS_SLUG, label: 'Cơ quan ban hành', required: true },
    ],
  },
  { name: 'summary', type: 'textarea', label: 'Trích yếu', required: true },
  {
    type: 'row',
    // Indexed: "newest documents" (home page, feeds) reads the top of it instead of sorting the corpus.
    fields: [{ ...dateField('issuedAt', 'Ngày ban hành', true), index: true } as Field, dateField('effectiveAt', 'Ngày có hiệu lực'), dateField('expiresAt', 'Ngày hết hiệu lực')],
  },
  {
    type: 'row',
    fields: [
      { name: 'signerName', type: 'text', label: 'Người ký' },
      { name: 'signerTitle', type: 'text', label: 'Chức vụ người ký' },
    ],
  },
  { name: 'fields', type: 'relationship', relationTo: FIELDS_SLUG, hasMany: true, label: 'Lĩnh vực' },
  {
    type: 'row',
    fields: [
      { name: 'gazetteNumber', type: 'text', label: 'Số Công báo' },
      dateField('gazetteDate', 'Ngày đăng Công báo'),
      {
        name: 'language',
        type: 'select',
        label: 'Ngôn ngữ',
        defaultValue: 'vi',
        options: [
          { label: 'Tiếng Việt', value: 'vi' },
          { label: 'Tiếng Anh', value: 'en' },
        ],
      },
    ],
  },
  { name: 'notes', type: 'textarea', label: 'Ghi chú nội bộ (không công khai)', access: { read: staffOnly } },
  sampleField,
]

const fullText: Field[] = [
  {
    name: 'sourceDocx',
    type: 'upload',
    relationTo: MEDIA_SLUG,
    label: 'Tệp (Word hoặc PDF) để lấy toàn văn',
    admin: { description: 'Khi ô Toàn văn đang trống, hệ thống lấy toàn văn lúc lưu từ tệp này, hoặc từ tệp «Bản gốc đã ký» (PDF, DOCX). Tệp quét được nhận dạng chữ (OCR) sau khi lưu.' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'textOrigin',
        type: 'select',
        label: 'Nguồn toàn văn',
        access: serverOwned,
        options: Object.entries(TEXT_ORIGIN_LABELS).map(([value, label]) => ({ value, label })),
        admin: { readOnly: true, description: 'Hệ thống ghi lại toàn văn do người nhập hay lấy tự động từ tệp.' },
      },
      {
        name: 'textChecked',
        type: 'checkbox',
        label: 'Đã đối chiếu toàn văn với tệp gốc',
        defaultValue: false,
        admin: { description: 'Đánh dấu sau khi so toàn văn lấy tự động với tệp gốc. Khi chưa đánh dấu, trang công khai ghi rõ toàn văn chưa được đối chiếu.' },
      },
    ],
  },
  {
    name: 'fullText',
    type: 'textarea',
    label: 'Toàn văn',
    // Codes and laws run to several hundred thousand characters (Payload's default cap is 40,000).
    maxLength: 3_000_000,
    admin: { description: 'Dán toàn văn; hệ thống tự nhận diện Phần, Chương, Mục, Điều, Khoản, Điểm khi lưu.', rows: 24 },
  },
  {
    name: 'structureSummary',
    type: 'textarea',
    maxLength: 200_000,
    label: 'Cấu trúc nhận diện được',
    access: serverOwned,
    admin: { readOnly: true, description: 'Cập nhật mỗi lần lưu. Xem trước trang công khai bằng nút «Xem trước».' },
  },
]

const attachments: Field[] = [
  {
    name: 'attachments',
    type: 'array',
    label: 'Tệp đính kèm',
    labels: { singular: 'Tệp', plural: 'Tệp' },
    admin: { description: 'Chữ ký số của tệp PDF được hệ thống kiểm tra khi tải lên; kết quả hiện ở trang của tệp và trên trang văn bản.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'file', type: 'upload', relationTo: MEDIA_SLUG, required: true, label: 'Tệp (PDF, DOC, DOCX)' },
          { name: 'label', type: 'text', label: 'Tên hiển thị', required: true },
          {
            name: 'kind',
            type: 'select',
            label: 'Loại',
            defaultValue: 'original',
            options: [
              { label: 'Bản gốc đã ký', value: 'original' },
              { label: 'Phụ lục', value: 'annex' },
              { label: 'Khác', value: 'other' },
            ],
          },
        ],
      },
    ],
  },
]

const relations: Field[] = [
  // The amending formulas in the full text, proposed as effects per provision (issue 14).
  { name: 'proposeEffects', type: 'ui', admin: { components: { Field: '/admin/ProposeEffects#ProposeEffects' } } },
  // The consolidated text published as a document of type "Văn bản hợp nhất" (issue 14 item 3).
  { name: 'consolidate', type: 'ui', admin: { components: { Field: '/admin/Consolidate#Consolidate' } } },
  {
    name: 'relations',
    type: 'array',
    label: 'Văn bản liên quan',
    labels: { singular: 'Quan hệ', plural: 'Quan hệ' },
    admin: { description: 'Nhập một lần ở văn bản tác động; văn bản kia tự hiển thị chiều ngược lại.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'type', type: 'select', label: 'Quan hệ', required: true, options: RELATION_TYPES.map((t) => ({ label: t.label, value: t.value })) },
          { name: 'target', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản', required: true },
          { name: 'article', type: 'text', label: 'Điều, khoản bị tác động', admin: { description: 'Ví dụ: dieu-5 hoặc Điều 5; để trống nếu cả văn bản' } },
          dateField('effectiveAt', 'Từ ngày'),
        ],
      },
    ],
  },
]

const sidebar: Field[] = [
  {
    name: 'workflowState',
    type: 'select',
    label: 'Trạng thái',
    defaultValue: 'draft',
    // Every public read filters on it: without an index each one read every row to its end (the
    // column sits after the full text, so SQLite walked each text's overflow pages to reach it).
    index: true,
    options: WORKFLOW_STATES.map((s) => ({ label: WORKFLOW_LABELS[s], value: s })),
    admin: { position: 'sidebar', description: 'Biên tập viên: Bản nháp → Chờ phê duyệt. Người phê duyệt: bấm «Công bố», hoặc Gỡ bỏ (nêu lý do).' },
  },
  {
    name: 'withdrawnReason',
    type: 'textarea',
    label: 'Lý do gỡ bỏ',
    admin: { position: 'sidebar', condition: (data) => data?.workflowState === 'withdrawn' },
  },
  { name: 'validity', type: 'select', label: 'Tình trạng hiệu lực (tự tính)', index: true, access: serverOwned, options: Object.entries(VALIDITY_LABELS).map(([value, label]) => ({ value, label })), admin: { position: 'sidebar', readOnly: true } },
  { name: 'validityReason', type: 'text', label: 'Căn cứ tình trạng hiệu lực', access: serverOwned, admin: { position: 'sidebar', readOnly: true } },
  { name: 'validitySince', type: 'text', access: serverOwned, admin: { hidden: true } },
  // yyyy-mm-dd from the same computation as `validity` (cms/lib/validity.ts expiryDay): the expiry
  // date lists, feeds and the API show, never typed (the editor's own date is `expiresAt`).
  { name: 'validityExpires', type: 'text', label: 'Ngày hết hiệu lực (tự tính)', access: serverOwned, admin: { position: 'sidebar', readOnly: true } },
  {
    name: 'validityOverride',
    type: 'group',
    label: 'Điều chỉnh tình trạng hiệu lực',
    access: { create: only(publishers), update: only(publishers) },
    admin: { position: 'sidebar', description: 'Chỉ dùng khi tình trạng tự tính sai (ví dụ chưa nhập văn bản tác động). Bắt buộc nêu lý do.' },
    fields: [
      { name: 'status', type: 'select', label: 'Tình trạng', options: Object.entries(VALIDITY_LABELS).map(([value, label]) => ({ value, label })) },
      { name: 'reason', type: 'text', label: 'Lý do' },
    ],
  },
  { name: 'publishedAt', type: 'date', label: 'Công bố lần đầu', access: serverOwned, admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
  { name: 'slug', type: 'text', index: true, label: 'Đường dẫn', access: serverOwned, admin: { position: 'sidebar', readOnly: true } },
  { name: 'year', type: 'number', index: true, label: 'Năm ban hành', access: serverOwned, admin: { position: 'sidebar', readOnly: true } },
  {
    name: 'numberParts',
    type: 'group',
    label: 'Thành phần số ký hiệu',
    access: serverOwned,
    admin: { position: 'sidebar', readOnly: true },
    fields: [readOnlyText('number', 'Số'), { name: 'year', type: 'number', label: 'Năm', admin: { readOnly: true } }, readOnlyText('typeCode', 'Mã loại'), readOnlyText('issuerCode', 'Mã cơ quan')],
  },
  {
    name: 'workflowLog',
    type: 'array',
    label: 'Nhật ký xử lý',
    access: { ...serverOwned, read: staffOnly },
    admin: { position: 'sidebar', readOnly: true, initCollapsed: true },
    fields: [
      { name: 'at', type: 'date', label: 'Lúc', admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: 'Người thực hiện' },
      { name: 'from', type: 'text', label: 'Từ' },
      { name: 'to', type: 'text', label: 'Sang' },
      { name: 'note', type: 'text', label: 'Ghi chú' },
    ],
  },
  // Derived at save time, never typed.
  // Unique together with the issuer (the collection's compound index): another province's
  // People's Committee may write the same number-symbol.
  { name: 'numberKey', type: 'text', index: true, access: serverOwned, admin: { hidden: true } },
  // Read-time fields (virtual: no column, no version copy): rendered from the stored full text
  // whenever a read asks for them (issue 19). The fullText field comes first, so it is read first.
  { name: 'bodyHtml', type: 'textarea', virtual: true, access: serverOwned, admin: { hidden: true }, hooks: { afterRead: [({ siblingData }) => renderFullTextForReading(siblingData?.fullText).bodyHtml] } },
  { name: 'toc', type: 'json', virtual: true, access: serverOwned, admin: { hidden: true }, hooks: { afterRead: [({ siblingData }) => renderFullTextForReading(siblingData?.fullText).toc] } },
  { name: 'hasStructure', type: 'checkbox', access: serverOwned, admin: { hidden: true } },
]

/** The fields of a legal document, grouped in tabs for the editor. */
export const legalDocumentFields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      { label: 'Thuộc tính', fields: attributes },
      { label: 'Toàn văn', fields: fullText },
      { label: 'Tệp đính kèm', fields: attachments },
      { label: 'Văn bản liên quan', fields: relations },
    ],
  },
  ...sidebar,
]
