import type { Field } from 'payload'

import { answerers, nobody, only, serverOwned } from '../../access/policy'
import { QUESTION_STATUS_LABELS, QUESTION_STATUSES } from '../../questions/states'
import { ANSWER_WORKING_DAYS, WARNING_WORKING_DAYS } from '../../questions/deadline'
import { describeDeadline } from './hooks/describeDeadline'

/** What the asker sent: frozen after intake. */
const frozen = { update: nobody }
/** The asker's contact details and the handling staff: never public. */
const personal = { read: only(answerers), update: nobody }
/** Derived by the collection's hooks: no client value is taken, on create or update. */
const derived = serverOwned
const derivedPersonal = { ...personal, ...serverOwned }
const readOnly = { readOnly: true }
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/** The code, the receipt time and the deadline: set when the question arrives. */
export const intakeFields: Field[] = [
  { name: 'trackingCode', type: 'text', label: 'Mã câu hỏi', required: true, unique: true, index: true, access: derived, admin: readOnly },
  { name: 'trackingYear', type: 'number', index: true, access: derivedPersonal, admin: { hidden: true } },
  { name: 'trackingSequence', type: 'number', access: derivedPersonal, admin: { hidden: true } },
  { name: 'receivedAt', type: 'date', label: 'Nhận lúc', index: true, access: derived, admin: { ...readOnly, ...dayAndTime } },
]

/** The question as the asker wrote it. */
export const questionFields: Field[] = [
  { name: 'title', type: 'text', label: 'Tiêu đề câu hỏi', access: frozen, admin: readOnly },
  { name: 'body', type: 'textarea', label: 'Nội dung câu hỏi', access: frozen, admin: { ...readOnly, rows: 8 } },
  {
    name: 'field',
    type: 'relationship',
    relationTo: 'fields',
    label: 'Lĩnh vực',
    index: true,
    admin: { description: 'Người hỏi chọn khi gửi (có thể để trống); người trả lời có thể sửa cho đúng lĩnh vực.' },
  },
  { name: 'attachment', type: 'upload', relationTo: 'question-files', label: 'Tệp đính kèm (không công khai)', access: personal, admin: readOnly },
]

/** Who asked: contact details for the answer, never public (the name is not shown either). */
export const askerFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'askerName', type: 'text', label: 'Họ và tên người hỏi (không công khai)', access: personal, admin: readOnly },
      { name: 'email', type: 'text', label: 'Thư điện tử (không công khai)', index: true, access: personal, admin: readOnly },
      { name: 'phone', type: 'text', label: 'Điện thoại (không công khai)', access: personal, admin: readOnly },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'allowPublication', type: 'checkbox', label: 'Người hỏi đồng ý công khai câu hỏi và câu trả lời', access: frozen, admin: readOnly },
      { name: 'consentAt', type: 'date', label: 'Đồng ý thông báo xử lý dữ liệu cá nhân lúc', access: derivedPersonal, admin: { ...readOnly, ...dayAndTime } },
    ],
  },
  {
    name: 'notify',
    type: 'checkbox',
    label: 'Gửi thư thông báo cho người hỏi',
    defaultValue: true,
    // Every asker is told by e-mail (the form says so); only the signed unsubscribe link turns it off.
    access: personal,
    admin: { ...readOnly, description: 'Người hỏi nhận thư khi câu hỏi được trả lời, công khai hoặc bị từ chối; tắt khi họ bấm ngừng nhận trong thư.' },
  },
]

/** Where the question is in its handling: state, deadline, who answers it. */
export const handlingFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    label: 'Trạng thái',
    required: true,
    defaultValue: 'received',
    index: true,
    options: QUESTION_STATUSES.map((value) => ({ value, label: QUESTION_STATUS_LABELS[value] })),
    admin: {
      position: 'sidebar',
      description: 'Chỉ công khai được câu hỏi đã có trả lời và người hỏi đồng ý công khai. Công khai, gỡ công khai và từ chối: kiểm duyệt viên, người phê duyệt, quản trị viên.',
    },
  },
  {
    name: 'dueDate',
    type: 'date',
    label: 'Hạn trả lời',
    index: true,
    access: derived,
    admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }, description: `${ANSWER_WORKING_DAYS} ngày làm việc kể từ ngày nhận (không tính ngày nhận, thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết).` },
  },
  {
    name: 'deadline',
    type: 'text',
    label: 'Thời hạn',
    virtual: true,
    access: { read: only(answerers), create: nobody, update: nobody },
    admin: { ...readOnly, position: 'sidebar', description: `Cảnh báo khi còn ${WARNING_WORKING_DAYS} ngày làm việc trở xuống; tính theo lịch ngày nghỉ hiện hành.` },
    hooks: { afterRead: [describeDeadline] },
  },
  { name: 'assignedUnit', type: 'relationship', relationTo: 'agencies', label: 'Đơn vị được giao', admin: { position: 'sidebar' } },
  { name: 'assignedTo', type: 'relationship', relationTo: 'users', label: 'Người được giao', access: { read: only(answerers) }, admin: { position: 'sidebar' } },
]

/** The agency's answer, or its reason for not answering. */
export const answerFields: Field[] = [
  { name: 'answer', type: 'textarea', label: 'Nội dung trả lời', maxLength: 20000, admin: { rows: 12, description: 'Người hỏi xem được khi tra cứu bằng mã và thư điện tử; công chúng xem được khi câu hỏi được công khai.' } },
  {
    type: 'row',
    fields: [
      { name: 'answeredAt', type: 'date', label: 'Trả lời lúc', access: derived, admin: { ...readOnly, ...dayAndTime } },
      { name: 'answeredBy', type: 'relationship', relationTo: 'users', label: 'Người trả lời', access: derivedPersonal, admin: readOnly },
      { name: 'publishedAt', type: 'date', label: 'Công khai lúc', access: derived, admin: { ...readOnly, ...dayAndTime } },
    ],
  },
  {
    name: 'declineReason',
    type: 'textarea',
    label: 'Lý do từ chối trả lời (báo cho người hỏi)',
    maxLength: 2000,
    access: { read: only(answerers) },
    admin: { condition: (_, sibling) => sibling?.status === 'declined' || Boolean(sibling?.declineReason), description: 'Bắt buộc khi từ chối; người hỏi thấy lý do khi tra cứu.' },
  },
  { name: 'declinedAt', type: 'date', label: 'Từ chối lúc', access: derivedPersonal, admin: { ...readOnly, ...dayAndTime, condition: (_, s) => Boolean(s?.declinedAt) } },
]

/** The key that refuses an exact resubmission (same address, same words). */
export const internalFields: Field[] = [{ name: 'exactKey', type: 'text', unique: true, index: true, access: derivedPersonal, admin: { hidden: true } }]
