import type { CollectionConfig } from 'payload'

import { referenceData } from '../access/policy'
import { auditReferenceChange, auditReferenceDelete } from '../audit/hooks'

export const DOCUMENT_TYPES_SLUG = 'document-types'

/** Document types are data, not an enum: the list changes with the law (Decree 30/2020, Law 64/2025). */
export const DocumentTypes: CollectionConfig = {
  slug: DOCUMENT_TYPES_SLUG,
  labels: { singular: 'Loại văn bản', plural: 'Loại văn bản' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'normative'], group: 'Danh mục' },
  access: referenceData,
  hooks: { afterChange: [auditReferenceChange], afterDelete: [auditReferenceDelete] },
  fields: [
    { name: 'name', type: 'text', label: 'Tên loại', required: true, unique: true },
    {
      name: 'code',
      type: 'text',
      label: 'Mã viết tắt',
      admin: { description: 'Ví dụ: NĐ, TT, QĐ, CT. Để trống với Công văn.' },
    },
    { name: 'normative', type: 'checkbox', label: 'Là văn bản quy phạm pháp luật', defaultValue: false },
    {
      name: 'minimumConsultationDays',
      type: 'number',
      label: 'Thời hạn lấy ý kiến tối thiểu (ngày)',
      min: 0,
    },
    { name: 'consultationLegalBasis', type: 'text', label: 'Căn cứ pháp lý của thời hạn lấy ý kiến' },
  ],
}
