import type { Field } from 'payload'

import { only, publishers } from '../../access/policy'
import { VN_TIME } from '../../lib/admin-dates'
import { AGENCIES_SLUG } from '../Agencies'
import { DOCUMENT_TYPES_SLUG } from '../DocumentTypes'
import { MEDIA_SLUG } from '../Media'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } }

/** What the draft is, who drafts it, and the text put out for comment. */
export const identityFields: Field[] = [
  { name: 'title', type: 'text', label: 'Tên dự thảo', required: true, maxLength: 400 },
  { name: 'summary', type: 'textarea', label: 'Tóm tắt', maxLength: 2000 },
  {
    type: 'row',
    fields: [
      { name: 'draftingAgency', type: 'relationship', relationTo: AGENCIES_SLUG, label: 'Cơ quan chủ trì soạn thảo', required: true },
      { name: 'documentType', type: 'relationship', relationTo: DOCUMENT_TYPES_SLUG, label: 'Loại văn bản sẽ ban hành', required: true },
    ],
  },
  { name: 'explanatoryNote', type: 'upload', relationTo: MEDIA_SLUG, label: 'Tờ trình' },
  {
    name: 'attachments',
    type: 'array',
    label: 'Tài liệu kèm theo',
    labels: { singular: 'Tài liệu', plural: 'Tài liệu' },
    fields: [
      { name: 'title', type: 'text', label: 'Tên tài liệu', required: true },
      { name: 'file', type: 'upload', relationTo: MEDIA_SLUG, label: 'Tệp', required: true },
    ],
  },
  {
    name: 'fullText',
    type: 'textarea',
    label: 'Toàn văn dự thảo',
    required: true,
    admin: {
      rows: 24,
      description: 'Dán toàn văn; hệ thống tự nhận diện Chương, Điều, Khoản, Điểm. Mỗi lần xuất bản văn bản đã sửa tạo một phiên bản mới (2, 3…).',
    },
  },
  {
    name: 'changeNote',
    type: 'text',
    label: 'Ghi chú về phiên bản mới',
    admin: { description: 'Ví dụ: "Dự thảo đã chỉnh lý sau khi tiếp thu ý kiến". Lưu cùng phiên bản khi xuất bản văn bản đã sửa.' },
  },
]

/** The unit that receives comments by post and email (Decree 43 Art 10.1.i). */
export const receivingUnitFields: Field[] = [
  {
    name: 'receivingUnit',
    type: 'group',
    label: 'Đơn vị tiếp nhận góp ý',
    fields: [
      { name: 'name', type: 'text', label: 'Tên đơn vị', required: true },
      {
        type: 'row',
        fields: [
          { name: 'email', type: 'email', label: 'Thư điện tử', required: true },
          { name: 'phone', type: 'text', label: 'Điện thoại' },
        ],
      },
      { name: 'address', type: 'textarea', label: 'Địa chỉ', required: true },
    ],
  },
]

/** The consultation window and, when it is shorter than the legal minimum, the public reason. */
export const windowFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'opensAt', type: 'date', label: 'Bắt đầu lấy ý kiến', required: true, index: true, timezone: VN_TIME, admin: dateTime },
      {
        name: 'closesAt',
        type: 'date',
        label: 'Hết hạn lấy ý kiến',
        required: true,
        index: true,
        timezone: VN_TIME,
        admin: { ...dateTime, description: 'Thời điểm không còn nhận góp ý, ví dụ "đến hết ngày 15/8" là 16/8 lúc 00:00.' },
      },
    ],
  },
  {
    name: 'shortPeriodReason',
    type: 'textarea',
    label: 'Lý do rút ngắn thời hạn lấy ý kiến',
    admin: { description: 'Bắt buộc khi thời hạn ngắn hơn mức tối thiểu của loại văn bản; được công khai trên trang dự thảo.' },
  },
  // Derived when saving, so pages and statistics need not look the document type up again.
  { name: 'periodDays', type: 'number', label: 'Số ngày lấy ý kiến', admin: { readOnly: true, position: 'sidebar' } },
  { name: 'minimumDays', type: 'number', label: 'Thời hạn tối thiểu (ngày)', admin: { readOnly: true, position: 'sidebar' } },
  { name: 'minimumLegalBasis', type: 'text', label: 'Căn cứ thời hạn tối thiểu', admin: { readOnly: true, position: 'sidebar' } },
]

/** The báo cáo tổng hợp, tiếp thu, giải trình; public from `publishedAt`, which only approvers set. */
export const reportFields: Field[] = [
  {
    name: 'report',
    type: 'group',
    label: 'Báo cáo tổng hợp, tiếp thu, giải trình',
    fields: [
      {
        name: 'publishedAt',
        type: 'date',
        label: 'Công bố báo cáo từ',
        timezone: VN_TIME,
        access: { create: only(publishers), update: only(publishers) },
        admin: { ...dateTime, description: 'Chỉ người phê duyệt đặt; từ thời điểm này trang báo cáo hiển thị công khai. Phải sau khi hết hạn lấy ý kiến.' },
      },
      { name: 'summary', type: 'textarea', label: 'Nội dung tổng hợp chung' },
      { name: 'file', type: 'upload', relationTo: MEDIA_SLUG, label: 'Tệp báo cáo (bản có chữ ký)' },
    ],
  },
]
