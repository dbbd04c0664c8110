import type { CollectionConfig } from 'payload'

import { administrators, hiddenUnless, writtenByServerReadBy } from '../access/policy'

export const MODERATION_LOG_SLUG = 'moderation-log'

/** Moderation actions, as recorded in the log. */
export const MODERATION_ACTIONS = [
  { value: 'publish', label: 'Công bố' },
  { value: 'hide', label: 'Ẩn' },
  { value: 'unpublish', label: 'Đưa về chờ kiểm duyệt' },
  { value: 'respond', label: 'Trả lời (tiếp thu/giải trình)' },
  { value: 'respondGroup', label: 'Trả lời theo nhóm ý kiến tương tự' },
  { value: 'purge', label: 'Xóa dữ liệu cá nhân theo yêu cầu' },
] as const

/**
 * Every moderation action: who, when (createdAt), what, on which comment, and why. Written only
 * by the comments collection's hooks; administrators read it; nobody edits or deletes it.
 */
export const ModerationLog: CollectionConfig = {
  slug: MODERATION_LOG_SLUG,
  labels: { singular: 'Nhật ký kiểm duyệt', plural: 'Nhật ký kiểm duyệt' },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['createdAt', 'action', 'trackingCode', 'user', 'reason'],
    group: 'Lấy ý kiến dự thảo',
    hidden: hiddenUnless(administrators),
  },
  access: writtenByServerReadBy(administrators),
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', type: 'select', label: 'Thao tác', required: true, options: [...MODERATION_ACTIONS], index: true },
    { name: 'comment', type: 'relationship', relationTo: 'comments', label: 'Góp ý', index: true },
    { name: 'trackingCode', type: 'text', label: 'Mã góp ý', index: true },
    { name: 'draft', type: 'relationship', relationTo: 'drafts', label: 'Dự thảo' },
    { name: 'user', type: 'relationship', relationTo: 'users', label: 'Người thực hiện' },
    { name: 'reason', type: 'textarea', label: 'Lý do / nội dung' },
    { name: 'detail', type: 'text', label: 'Chi tiết' },
  ],
}
