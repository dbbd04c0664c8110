import type { Field } from 'payload'

import { administrators, moderators, nobody, only, publishedCommentOr, serverOwned, shownNameOr } from '../../access/policy'
import { RESPONSE_LABELS, STANCE_CODES, STANCE_LABELS, SUBMITTER_CATEGORY_CODES, SUBMITTER_CATEGORY_LABELS } from '../../consultation/comments/codes'
import { COMMENT_STATUS_LABELS, COMMENT_STATUSES } from '../../consultation/comments/public'
import { countSimilar } from './hooks/countSimilar'

/** What the commenter sent: frozen after intake (only an administrator's purge clears it). */
const frozen = { update: nobody }
const personal = { read: only(moderators), update: nobody }
const readOnly = { readOnly: true }
/** Derived on intake by the collection's hook (stampSubmission): no client value is taken, on create either. */
const derivedPersonal = { ...personal, ...serverOwned }

/** Where the comment belongs and its public code. */
export const placementFields: Field[] = [
  { name: 'trackingCode', type: 'text', label: 'Mã góp ý', required: true, unique: true, index: true, access: serverOwned, admin: readOnly },
  { name: 'trackingYear', type: 'number', index: true, access: derivedPersonal, admin: { hidden: true } },
  { name: 'trackingSequence', type: 'number', access: derivedPersonal, admin: { hidden: true } },
  {
    type: 'row',
    fields: [
      { name: 'draft', type: 'relationship', relationTo: 'drafts', label: 'Dự thảo', required: true, index: true, access: frozen, admin: readOnly },
      { name: 'draftVersion', type: 'number', label: 'Phiên bản dự thảo', access: frozen, admin: readOnly },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'article', type: 'text', label: 'Mã điều', index: true, access: frozen, admin: { ...readOnly, description: 'Để trống: góp ý chung cho toàn bộ dự thảo.' } },
      { name: 'articleLabel', type: 'text', label: 'Điều được góp ý', access: frozen, admin: readOnly },
    ],
  },
]

/** Moderation state; new comments are pending until a moderator acts. */
export const moderationFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    label: 'Trạng thái',
    required: true,
    defaultValue: 'pending',
    index: true,
    options: COMMENT_STATUSES.map((value) => ({ value, label: COMMENT_STATUS_LABELS[value] })),
    admin: { position: 'sidebar' },
  },
  {
    name: 'hiddenReason',
    type: 'textarea',
    label: 'Lý do ẩn (hiển thị công khai)',
    maxLength: 500,
    admin: { position: 'sidebar', condition: (_, sibling) => sibling?.status === 'hidden', description: 'Trang công khai hiện: "Ý kiến đã được ẩn ngày …: {lý do}".' },
  },
  { name: 'hiddenAt', type: 'date', label: 'Ngày ẩn', access: frozen, admin: { ...readOnly, position: 'sidebar', condition: (_, s) => Boolean(s?.hiddenAt) } },
  { name: 'moderatedAt', type: 'date', label: 'Kiểm duyệt lúc', access: personal, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
  { name: 'moderatedBy', type: 'relationship', relationTo: 'users', label: 'Người kiểm duyệt', access: personal, admin: { ...readOnly, position: 'sidebar' } },
  { name: 'similarityGroup', type: 'text', label: 'Nhóm ý kiến tương tự', index: true, access: personal, admin: { ...readOnly, position: 'sidebar' } },
  {
    name: 'similarCount',
    type: 'number',
    label: 'Số ý kiến tương tự',
    virtual: true,
    access: { read: only(moderators) },
    admin: { ...readOnly, position: 'sidebar', description: 'Ý kiến gần giống nhau của những người khác nhau (chiến dịch gửi hàng loạt).' },
    hooks: { afterRead: [countSimilar] },
  },
]

/** Who sent the comment. Email and phone are never public; the name only if they chose so. */
export const commenterFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'fullName', type: 'text', label: 'Họ và tên', access: { read: shownNameOr(moderators), update: nobody }, admin: readOnly },
      { name: 'organisation', type: 'text', label: 'Cơ quan, tổ chức', access: { read: shownNameOr(moderators), update: nobody }, admin: readOnly },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'email', type: 'text', label: 'Thư điện tử (không công khai)', index: true, access: personal, admin: readOnly },
      { name: 'phone', type: 'text', label: 'Điện thoại (không công khai)', access: personal, admin: readOnly },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'submitterCategory',
        type: 'select',
        label: 'Đối tượng',
        options: SUBMITTER_CATEGORY_CODES.map((value) => ({ value, label: SUBMITTER_CATEGORY_LABELS[value] })),
        // A hidden comment is a stub to the public: who sent it and what stance it took stay internal.
        access: { read: publishedCommentOr(moderators), update: nobody },
        admin: readOnly,
      },
      { name: 'showName', type: 'checkbox', label: 'Đồng ý công khai họ tên', access: frozen, admin: readOnly },
      { name: 'consentAt', type: 'date', label: 'Đồng ý thông báo bảo vệ dữ liệu lúc', access: derivedPersonal, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    ],
  },
  {
    name: 'notify',
    type: 'checkbox',
    label: 'Nhận thư thông báo',
    // Chosen on the form (off unless ticked); only the signed unsubscribe link turns it off again.
    access: personal,
    admin: { ...readOnly, description: 'Người góp ý chọn nhận thư khi góp ý được công khai, bị ẩn, được trả lời và khi báo cáo tiếp thu, giải trình được công bố.' },
  },
]

/** What was said. */
export const contentFields: Field[] = [
  {
    name: 'stance',
    type: 'select',
    label: 'Quan điểm',
    options: STANCE_CODES.map((value) => ({ value, label: STANCE_LABELS[value] })),
    index: true,
    access: { read: publishedCommentOr(moderators), update: nobody },
    admin: readOnly,
  },
  { name: 'body', type: 'textarea', label: 'Nội dung góp ý', access: { read: publishedCommentOr(moderators), update: nobody }, admin: { ...readOnly, rows: 10 } },
  { name: 'attachment', type: 'upload', relationTo: 'comment-files', label: 'Tệp đính kèm (không công khai)', access: personal, admin: readOnly },
]

/** The drafting agency's answer, shown in the report (tiếp thu / giải trình). */
export const responseFields: Field[] = [
  {
    name: 'response',
    type: 'group',
    label: 'Trả lời của cơ quan chủ trì soạn thảo',
    access: { read: publishedCommentOr(moderators) },
    fields: [
      {
        name: 'kind',
        type: 'select',
        label: 'Hình thức',
        options: (['accepted', 'explained'] as const).map((value) => ({ value, label: RESPONSE_LABELS[value] })),
      },
      { name: 'text', type: 'textarea', label: 'Nội dung tiếp thu / giải trình', maxLength: 5000 },
      { name: 'respondedAt', type: 'date', label: 'Trả lời lúc', access: frozen, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'respondedBy', type: 'relationship', relationTo: 'users', label: 'Người trả lời', access: { read: only(moderators), update: nobody }, admin: readOnly },
    ],
  },
  {
    name: 'applyResponseToGroup',
    type: 'checkbox',
    label: 'Áp dụng trả lời này cho mọi ý kiến cùng nhóm tương tự',
    access: { read: only(moderators) },
    admin: { condition: (_, sibling) => Boolean(sibling?.similarityGroup) },
  },
]

/** Erasure on the commenter's request: personal data goes, an audit stub stays. */
export const purgeFields: Field[] = [
  {
    name: 'purgeRequested',
    type: 'checkbox',
    label: 'Xóa dữ liệu cá nhân theo yêu cầu của người góp ý',
    access: { read: only(moderators), create: only(administrators), update: only(administrators) },
    admin: { position: 'sidebar', description: 'Chỉ quản trị viên. Xóa họ tên, thư điện tử, điện thoại, nội dung và tệp; giữ mã, ngày, quan điểm để thống kê và nhật ký.' },
  },
  { name: 'purgeReason', type: 'text', label: 'Căn cứ yêu cầu xóa', access: { read: only(moderators), create: only(administrators), update: only(administrators) }, admin: { position: 'sidebar', condition: (_, s) => Boolean(s?.purgeRequested || s?.purgedAt) } },
  { name: 'purgedAt', type: 'date', label: 'Đã xóa dữ liệu cá nhân lúc', access: frozen, admin: { ...readOnly, position: 'sidebar', condition: (_, s) => Boolean(s?.purgedAt) } },
]

/** Keys the intake uses to refuse exact resubmissions and to group near-identical comments. */
export const internalFields: Field[] = [
  { name: 'exactKey', type: 'text', unique: true, index: true, access: derivedPersonal, admin: { hidden: true } },
  { name: 'simhash', type: 'text', access: derivedPersonal, admin: { hidden: true } },
  { name: 'groupedAt', type: 'date', index: true, access: derivedPersonal, admin: { hidden: true } },
]
