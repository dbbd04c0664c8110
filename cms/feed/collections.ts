import type { CollectionConfig } from 'payload'

import { administrators, writtenByServerReadBy } from '../access/policy'

export const CHANGE_FEED_SLUG = 'change-feed'
export const PROCESSES_SLUG = 'portal-processes'

/**
 * The durable change feed: one entry per content change, written in the change's own
 * transaction, numbered by a sequence that follows commit order (cms/feed/append.ts). Every
 * server process tails it to keep its search index, stored pages and caches in step with the
 * database, whoever made the change (this process, another instance, the import). Written only
 * by server hooks; administrators may read it (Hệ thống).
 */
export const ChangeFeed: CollectionConfig = {
  slug: CHANGE_FEED_SLUG,
  labels: { singular: 'Thay đổi nội dung', plural: 'Dòng thay đổi nội dung' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'source',
    defaultColumns: ['seq', 'source', 'docId', 'operation', 'createdAt'],
    description: 'Mỗi thay đổi nội dung, theo thứ tự ghi vào cơ sở dữ liệu; mọi tiến trình máy chủ đọc theo để cập nhật tìm kiếm và trang lưu sẵn (chỉ đọc).',
  },
  defaultSort: '-seq',
  access: writtenByServerReadBy(administrators),
  fields: [
    { name: 'seq', type: 'number', label: 'Số thứ tự', required: true, unique: true, index: true },
    { name: 'source', type: 'text', label: 'Loại nội dung', required: true, index: true },
    { name: 'docId', type: 'text', label: 'Mã bản ghi', required: true },
    {
      name: 'operation',
      type: 'select',
      label: 'Thao tác',
      required: true,
      options: [
        { label: 'Tạo', value: 'create' },
        { label: 'Sửa', value: 'update' },
        { label: 'Xóa', value: 'delete' },
      ],
    },
  ],
}

/**
 * The server processes using this database: each records how far it has read the feed and when
 * it was last alive. Old feed entries are pruned once every live process has read them; the
 * oldest live process runs the scheduled jobs (one runner across instances).
 */
export const PortalProcesses: CollectionConfig = {
  slug: PROCESSES_SLUG,
  labels: { singular: 'Tiến trình máy chủ', plural: 'Tiến trình máy chủ' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'instance',
    defaultColumns: ['instance', 'host', 'pid', 'startedAt', 'seenAt', 'feedSeq'],
    description: 'Các tiến trình đang phục vụ cổng trên cơ sở dữ liệu này (chỉ đọc).',
  },
  access: writtenByServerReadBy(administrators),
  fields: [
    { name: 'instance', type: 'text', label: 'Mã tiến trình', required: true, unique: true, index: true },
    { name: 'host', type: 'text', label: 'Máy' },
    { name: 'pid', type: 'number', label: 'PID' },
    { name: 'role', type: 'text', label: 'Vai trò' },
    { name: 'startedAt', type: 'date', label: 'Khởi động lúc', required: true, admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'seenAt', type: 'date', label: 'Hoạt động lúc', required: true, index: true, admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'feedSeq', type: 'number', label: 'Đã đọc đến thay đổi số' },
  ],
}
