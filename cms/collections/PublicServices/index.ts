import type { CollectionConfig } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { sampleField } from '../../fields/sample'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { checkWebAddress } from '../../lib/agencies/email'
import { SERVICE_LEVELS, SERVICE_PORTALS } from './options'

export const PUBLIC_SERVICES_SLUG = 'public-services'

/**
 * The online public services the agency offers (Decree 43/2011/NĐ-CP Art 18; Circular 32/2017/TT-BTTTT
 * Art 16.4.b): each with its procedure code, level, field, the agency that handles it and the
 * link where citizens file it. Listed at /dich-vu-cong, filterable by field.
 */
export const PublicServices: CollectionConfig = {
  slug: PUBLIC_SERVICES_SLUG,
  labels: { singular: 'Dịch vụ công trực tuyến', plural: 'Dịch vụ công trực tuyến' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'procedureCode', 'level', 'field', 'agency', '_status'], group: 'Thông tin', listSearchableFields: ['name', 'procedureCode'] },
  versions: { drafts: true, maxPerDoc: 50 },
  access: publishableContent,
  defaultSort: 'name',
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normaliseText],
    beforeChange: [guardPublishing],
    afterChange: [auditPublication],
    afterDelete: [],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Tên dịch vụ công (thủ tục hành chính)', required: true, maxLength: 500 },
    {
      type: 'row',
      fields: [
        { name: 'procedureCode', type: 'text', label: 'Mã thủ tục', maxLength: 50, index: true, admin: { description: 'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.' } },
        { name: 'level', type: 'select', label: 'Mức độ', required: true, defaultValue: 'full', options: [...SERVICE_LEVELS] },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'relationship', relationTo: 'fields', label: 'Lĩnh vực', required: true, index: true },
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: 'Cơ quan giải quyết' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'portal', type: 'select', label: 'Nộp hồ sơ tại', required: true, defaultValue: 'national', options: [...SERVICE_PORTALS] },
        {
          name: 'url',
          type: 'text',
          label: 'Địa chỉ nộp hồ sơ trực tuyến',
          required: true,
          maxLength: 2000,
          validate: (v: unknown) => (typeof v === 'string' && v.trim() ? checkWebAddress(v, 'Địa chỉ nộp hồ sơ trực tuyến') : 'Địa chỉ nộp hồ sơ trực tuyến: bắt buộc, chưa nhập.'),
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: 'Mô tả ngắn (đối tượng, kết quả)', maxLength: 1000 },
    sampleField,
  ],
}
