import type { CollectionConfig } from 'payload'

import { nobody, only, publishableContent, staff } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { deriveSlug } from '../../hooks/deriveSlug'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { sampleField } from '../../fields/sample'
import { SUCCESSION_KINDS } from '../../lib/agencies/succession'
import { checkSuccession } from './hooks/checkSuccession'
import { describeVerification } from './hooks/describeVerification'
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
    defaultColumns: ['name', 'level', 'parent', 'needsReview', 'verification', 'successor', '_status'],
    group: 'Danh bạ',
    listSearchableFields: ['name', 'nameEn', 'abbreviation'],
  },
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  access: publishableContent,
  defaultSort: 'name',
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normaliseText, normaliseEmails, deriveSlug('name'), preventParentLoop, checkSuccession],
    beforeChange: [guardPublishing, flagEmails],
    afterChange: [auditPublication],
    afterDelete: [],
  },
  fields: [
    ...identityFields,
    // Merged, renamed or split agencies stay listed, marked with the agency that took over.
    {
      type: 'collapsible',
      label: 'Hợp nhất, đổi tên, chia tách',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'successor',
              type: 'relationship',
              relationTo: 'agencies',
              label: 'Cơ quan kế thừa',
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
            },
            { name: 'successionKind', type: 'select', label: 'Hình thức', options: SUCCESSION_KINDS.map((k) => ({ label: k.vi, value: k.value })) },
            { name: 'succeededAt', type: 'date', label: 'Từ ngày', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
          ],
        },
      ],
    },
    ...emailFields,
    ...contactFields,
    ...officialFields,
    {
      name: 'lastVerifiedAt',
      type: 'date',
      label: 'Ngày xác minh gần nhất',
      admin: { position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' }, description: 'Ngày cơ quan xác nhận thông tin liên hệ còn đúng.' },
    },
    {
      name: 'verification',
      type: 'text',
      label: 'Xác minh thông tin liên hệ',
      virtual: true,
      access: { read: only(staff), create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'Tính từ ngày xác minh gần nhất và thời hạn xác minh lại trong Thông tin cổng.' },
      hooks: { afterRead: [describeVerification] },
    },
    { name: 'slug', type: 'text', label: 'Đường dẫn', index: true, admin: { position: 'sidebar', description: 'Tự tạo từ tên khi lưu lần đầu.' } },
    sampleField,
    { name: 'needsReview', type: 'checkbox', label: 'Có cảnh báo về thư điện tử', admin: { position: 'sidebar', readOnly: true } },
  ],
}
