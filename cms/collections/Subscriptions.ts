import type { CollectionConfig } from 'payload'

import { administrators, hiddenUnless, writtenByServerReadBy } from '../access/policy'
import { FOLLOW_FREQUENCIES, FOLLOW_TARGETS } from '../follow/targets'

export const SUBSCRIPTIONS_SLUG = 'subscriptions'

/**
 * Who follows what (issue #17, "Theo dõi"): one row per (address, thing followed). Written only by
 * the public commands of cms/follow (sign-up, confirmation, the manage page), whose credential is
 * a signed link; the address is personal data: never public, read by administrators only
 * (Decree 13/2023 Art 26: purpose-bound processing). Nothing is sent to an address until it is
 * confirmed (double opt-in), except the confirmation message itself.
 */
export const Subscriptions: CollectionConfig = {
  slug: SUBSCRIPTIONS_SLUG,
  labels: { singular: 'Đăng ký theo dõi', plural: 'Đăng ký theo dõi' },
  admin: {
    group: 'Hệ thống',
    useAsTitle: 'label',
    defaultColumns: ['createdAt', 'label', 'frequency', 'confirmed', 'stopped'],
    description: 'Người dân đăng ký nhận thư khi văn bản, dự thảo được cập nhật (chỉ đọc; địa chỉ thư là dữ liệu cá nhân).',
    hidden: hiddenUnless(administrators),
  },
  access: writtenByServerReadBy(administrators),
  defaultSort: '-createdAt',
  fields: [
    { name: 'email', type: 'email', label: 'Thư điện tử', required: true, index: true },
    { name: 'target', type: 'select', label: 'Theo dõi', required: true, index: true, options: FOLLOW_TARGETS.map(({ value, label }) => ({ value, label })) },
    { name: 'document', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản', index: true },
    { name: 'field', type: 'relationship', relationTo: 'fields', label: 'Lĩnh vực', index: true },
    { name: 'issuer', type: 'relationship', relationTo: 'issuers', label: 'Cơ quan ban hành', index: true },
    { name: 'documentType', type: 'relationship', relationTo: 'document-types', label: 'Loại văn bản', index: true },
    { name: 'draft', type: 'relationship', relationTo: 'drafts', label: 'Dự thảo', index: true },
    { name: 'query', type: 'text', label: 'Từ khóa tìm kiếm', maxLength: 200 },
    { name: 'label', type: 'text', label: 'Nội dung theo dõi' },
    { name: 'frequency', type: 'select', label: 'Tần suất', required: true, defaultValue: 'immediate', options: [...FOLLOW_FREQUENCIES] },
    { name: 'confirmed', type: 'checkbox', label: 'Đã xác nhận', defaultValue: false, index: true },
    { name: 'confirmedAt', type: 'date', label: 'Xác nhận lúc' },
    { name: 'stopped', type: 'checkbox', label: 'Đã ngừng', defaultValue: false, index: true },
    // HMAC of the address and the thing followed: one row per pair (a second sign-up reuses it).
    { name: 'pairKey', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
  ],
}
