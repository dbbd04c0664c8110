import type { CollectionConfig } from 'payload'

import { publishers, writtenByServerReadBy } from '../access/policy'

export const AUDIT_LOG_SLUG = 'audit-log'

/**
 * Who changed what a reader relies on, when, from what to what and why: every publishing
 * transition of public content and every change of reference data that carries legal rules.
 * Written only by server hooks (in the transaction of the change); read by approvers and administrators.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: { singular: 'Nhật ký thay đổi', plural: 'Nhật ký thay đổi' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'summary',
    defaultColumns: ['at', 'collectionSlug', 'docId', 'action', 'from', 'to', 'by', 'reason'],
    description: 'Nhật ký công bố, gỡ bỏ, khôi phục nội dung và thay đổi danh mục (chỉ đọc).',
  },
  defaultSort: '-at',
  access: writtenByServerReadBy(publishers),
  fields: [
    { name: 'at', type: 'date', label: 'Lúc', required: true, index: true, admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'by', type: 'relationship', relationTo: 'users', label: 'Người thực hiện' },
    { name: 'collectionSlug', type: 'text', label: 'Loại nội dung', required: true, index: true },
    { name: 'docId', type: 'text', label: 'Mã bản ghi', required: true, index: true },
    { name: 'action', type: 'text', label: 'Thao tác', required: true },
    { name: 'from', type: 'text', label: 'Từ' },
    { name: 'to', type: 'text', label: 'Sang' },
    { name: 'reason', type: 'text', label: 'Lý do / ghi chú' },
    { name: 'summary', type: 'text', label: 'Tóm tắt' },
    { name: 'changes', type: 'json', label: 'Giá trị thay đổi' },
  ],
}
