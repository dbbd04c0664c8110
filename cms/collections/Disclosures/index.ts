import type { CollectionConfig } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { sampleField } from '../../fields/sample'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { checkWebAddress } from '../../lib/agencies/email'
import { DISCLOSURE_METHODS } from './options'

export const DISCLOSURES_SLUG = 'disclosures'

/** Returns true, or a Vietnamese message naming the field, for a site path (/…) or a web address. */
function checkPlace(value: unknown): true | string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text || /^\/[^\s/][^\s]*$|^\/$/.test(text)) return true
  return checkWebAddress(text, 'Địa chỉ xem thông tin')
}

/**
 * The list of information the agency discloses, with where, how and when (Law on Access to
 * Information 2016, Arts 17 and 19): what must be published, on which page of the portal (or
 * elsewhere), in what form, by when. Shown at /cong-khai-thong-tin.
 */
export const Disclosures: CollectionConfig = {
  slug: DISCLOSURES_SLUG,
  labels: { singular: 'Thông tin công khai', plural: 'Danh mục thông tin công khai' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'location', 'timing', 'order', '_status'], group: 'Thông tin' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: publishableContent,
  defaultSort: 'order',
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normaliseText],
    beforeChange: [guardPublishing],
    afterChange: [auditPublication],
    afterDelete: [],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Thông tin được công khai', required: true, maxLength: 500 },
    { name: 'basis', type: 'text', label: 'Căn cứ pháp lý', maxLength: 500, admin: { description: 'Ví dụ: Luật Tiếp cận thông tin 2016, Điều 17 khoản 1.' } },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text', label: 'Nơi công khai', required: true, maxLength: 300, admin: { description: 'Ví dụ: Mục “Văn bản” trên cổng; Công báo tỉnh.' } },
        { name: 'url', type: 'text', label: 'Địa chỉ xem thông tin', maxLength: 2000, validate: checkPlace, admin: { description: 'Đường dẫn trên cổng (bắt đầu bằng /) hoặc địa chỉ web đầy đủ.' } },
      ],
    },
    { name: 'methods', type: 'select', hasMany: true, label: 'Hình thức công khai', required: true, options: [...DISCLOSURE_METHODS] },
    { name: 'timing', type: 'text', label: 'Thời điểm, thời hạn công khai', required: true, maxLength: 500, admin: { description: 'Ví dụ: Trong 2 ngày làm việc kể từ ngày ban hành.' } },
    {
      type: 'row',
      fields: [
        { name: 'unit', type: 'relationship', relationTo: 'agencies', label: 'Đơn vị chịu trách nhiệm' },
        { name: 'order', type: 'number', label: 'Thứ tự', defaultValue: 100 },
      ],
    },
    sampleField,
  ],
}
