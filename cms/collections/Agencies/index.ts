import type { CollectionConfig } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { deriveSlug } from '../../hooks/deriveSlug'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { contactFields, emailFields, identityFields, officialFields } from './fields'
import { flagEmails } from './hooks/flagEmails'
import { normaliseEmails } from './hooks/normaliseEmails'
import { preventParentLoop } from './hooks/preventParentLoop'

export const AGENCIES_SLUG = 'agencies'

/**
 * The directory of agencies with their official addresses and competent officials (Directive
 * 15/CT-TTg item 3b; Law on IT Art 28(2)(đ); Decree 43 Art 10(1)(k), 13). Every change is a
 * version; drafts are validated too, so a mistyped address is caught before anyone approves it.
 */
export const Agencies: CollectionConfig = {
  slug: AGENCIES_SLUG,
  labels: { singular: 'Cơ quan', plural: 'Danh bạ cơ quan' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'needsReview', 'lastVerifiedAt', '_status'],
    group: 'Danh bạ',
    listSearchableFields: ['name', 'nameEn', 'abbreviation'],
  },
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  access: publishableContent,
  defaultSort: 'name',
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normaliseText, normaliseEmails, deriveSlug('name'), preventParentLoop],
    beforeChange: [guardPublishing, flagEmails],
    afterChange: [auditPublication],
    afterDelete: [],
  },
  fields: [
    ...identityFields,
    ...emailFields,
    ...contactFields,
    ...officialFields,
    {
      name: 'lastVerifiedAt',
      type: 'date',
      label: 'Ngày xác minh gần nhất',
      admin: { position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' }, description: 'Ngày cơ quan xác nhận thông tin liên hệ còn đúng.' },
    },
    { name: 'slug', type: 'text', label: 'Đường dẫn', index: true, admin: { position: 'sidebar', description: 'Tự tạo từ tên khi lưu lần đầu.' } },
    { name: 'isSample', type: 'checkbox', label: 'Dữ liệu mẫu (hiện nhãn cảnh báo trên trang công khai)', admin: { position: 'sidebar' } },
    { name: 'needsReview', type: 'checkbox', label: 'Có cảnh báo về thư điện tử', admin: { position: 'sidebar', readOnly: true } },
  ],
}
