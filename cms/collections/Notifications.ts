import type { CollectionConfig } from 'payload'

import { administrators, hiddenUnless, writtenByServerReadBy } from '../access/policy'

export const NOTIFICATIONS_SLUG = 'notifications'

/** What a notification is about: a comment's moderation, a draft's report, a question's handling, the staff digest. */
export const NOTIFICATION_KINDS = [
  { value: 'comment', label: 'Góp ý' },
  { value: 'report', label: 'Báo cáo tiếp thu, giải trình' },
  { value: 'question', label: 'Câu hỏi' },
  { value: 'digest', label: 'Thư tổng hợp cho cán bộ' },
  { value: 'follow', label: 'Theo dõi: xác nhận, thay đổi' },
  { value: 'followDigest', label: 'Theo dõi: thư tổng hợp hằng ngày' },
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']

/** Where a notification is in its delivery. */
export const NOTIFICATION_STATES = [
  { value: 'queued', label: 'Chờ gửi' },
  { value: 'sending', label: 'Đang gửi' },
  { value: 'sent', label: 'Đã gửi' },
  { value: 'skipped', label: 'Không gửi' },
  { value: 'failed', label: 'Gửi không thành công' },
  { value: 'held', label: 'Chờ thư tổng hợp hằng ngày' },
  { value: 'digested', label: 'Đã gộp vào thư tổng hợp' },
] as const
export type NotificationState = (typeof NOTIFICATION_STATES)[number]['value']

/**
 * The outbox of e-mail notifications (issue #17): one row per message to send, written in the
 * transaction of the change that calls for it, with its job (cms/jobs/sendNotification.ts). Follow alerts
 * (cms/follow) use the same rows: kind `follow` for one event to one address, state `held` while
 * a daily subscriber's event waits for the digest (`followDigest`), which then marks it `digested`. The
 * unique key names the item and the event, so an event is never announced twice; the state says
 * whether the message went out. No address or text is kept here: the job reads the recipient and
 * the words from the item when it sends (a purge, an unsubscribe or a correction made meanwhile
 * wins). Written only by server code; administrators read it.
 */
export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS_SLUG,
  labels: { singular: 'Thư thông báo', plural: 'Thư thông báo' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'key',
    defaultColumns: ['createdAt', 'kind', 'event', 'state', 'attempts', 'sentAt', 'note'],
    description: 'Thư báo gửi người góp ý, người hỏi và thư tổng hợp gửi cán bộ (chỉ đọc). Không lưu địa chỉ hay nội dung thư.',
    hidden: hiddenUnless(administrators),
  },
  access: writtenByServerReadBy(administrators),
  defaultSort: '-createdAt',
  fields: [
    { name: 'key', type: 'text', label: 'Khóa sự kiện', required: true, unique: true, index: true },
    { name: 'kind', type: 'select', label: 'Loại', required: true, index: true, options: [...NOTIFICATION_KINDS] },
    { name: 'event', type: 'text', label: 'Sự kiện', required: true },
    { name: 'eventAt', type: 'date', label: 'Thời điểm sự kiện' },
    { name: 'comment', type: 'relationship', relationTo: 'comments', label: 'Góp ý', index: true },
    { name: 'draft', type: 'relationship', relationTo: 'drafts', label: 'Dự thảo' },
    { name: 'question', type: 'relationship', relationTo: 'questions', label: 'Câu hỏi', index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', label: 'Cán bộ nhận' },
    { name: 'subscription', type: 'relationship', relationTo: 'subscriptions', label: 'Đăng ký theo dõi', index: true },
    { name: 'document', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản được theo dõi' },
    { name: 'source', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản mới (sửa đổi, thay thế…)' },
    { name: 'digest', type: 'relationship', relationTo: 'notifications', label: 'Gộp vào thư tổng hợp', index: true },
    { name: 'state', type: 'select', label: 'Trạng thái', required: true, defaultValue: 'queued', index: true, options: [...NOTIFICATION_STATES] },
    { name: 'attempts', type: 'number', label: 'Số lần gửi', defaultValue: 0 },
    { name: 'claimedAt', type: 'date', label: 'Bắt đầu gửi lúc', admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'sentAt', type: 'date', label: 'Đã gửi lúc', admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'note', type: 'text', label: 'Ghi chú (lý do không gửi, lỗi lần gửi cuối)' },
  ],
}
