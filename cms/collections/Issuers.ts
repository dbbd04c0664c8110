import type { CollectionConfig } from 'payload'

import { referenceData } from '../access/policy'
import { auditReferenceChange, auditReferenceDelete } from '../audit/hooks'

export const ISSUERS_SLUG = 'issuers'

/** Issuing authorities as data: ministries merge and rename (2025). */
export const Issuers: CollectionConfig = {
  slug: ISSUERS_SLUG,
  labels: { singular: 'Cơ quan ban hành', plural: 'Cơ quan ban hành' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'abbreviation'], group: 'Danh mục' },
  access: referenceData,
  hooks: { afterChange: [auditReferenceChange], afterDelete: [auditReferenceDelete] },
  fields: [
    { name: 'name', type: 'text', label: 'Tên cơ quan', required: true, unique: true },
    {
      name: 'abbreviation',
      type: 'text',
      label: 'Viết tắt trong số ký hiệu',
      admin: { description: 'Ví dụ: CP, TTg, BNV, UBND' },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      label: 'Cơ quan trong danh bạ',
      admin: { description: 'Để trang của cơ quan liệt kê các văn bản do cơ quan này ban hành.' },
    },
  ],
}
