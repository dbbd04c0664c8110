import type { CollectionConfig } from 'payload'

import { canDeleteContent } from '../../access/canDeleteContent'
import { canEditContent } from '../../access/canEditContent'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { DOCUMENT_TYPES_SLUG } from '../DocumentTypes'
import { FIELDS_SLUG } from '../Fields'
import { ISSUERS_SLUG } from '../Issuers'
import { deriveNumberSymbol } from './hooks/deriveNumberSymbol'
import { guardPublishing } from './hooks/guardPublishing'
import { renderFullText } from './hooks/renderFullText'

export const LEGAL_DOCUMENTS_SLUG = 'legal-documents'

export const LegalDocuments: CollectionConfig = {
  slug: LEGAL_DOCUMENTS_SLUG,
  labels: { singular: 'Văn bản', plural: 'Văn bản pháp luật' },
  admin: {
    useAsTitle: 'numberSymbol',
    defaultColumns: ['numberSymbol', 'summary', 'issuedAt', '_status'],
    group: 'Văn bản',
    listSearchableFields: ['numberSymbol', 'summary'],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    create: canEditContent,
    update: canEditContent,
    delete: canDeleteContent,
  },
  hooks: {
    beforeValidate: [deriveNumberSymbol],
    beforeChange: [guardPublishing, renderFullText],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'numberSymbol',
          type: 'text',
          label: 'Số ký hiệu',
          required: true,
          admin: { description: 'Như trên văn bản chính thức, ví dụ 43/2011/NĐ-CP hoặc 15/CT-TTg' },
        },
        { name: 'documentType', type: 'relationship', relationTo: DOCUMENT_TYPES_SLUG, label: 'Loại văn bản', required: true },
        { name: 'issuer', type: 'relationship', relationTo: ISSUERS_SLUG, label: 'Cơ quan ban hành', required: true },
      ],
    },
    { name: 'summary', type: 'textarea', label: 'Trích yếu', required: true },
    {
      type: 'row',
      fields: [
        { name: 'issuedAt', type: 'date', label: 'Ngày ban hành', required: true, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        { name: 'effectiveAt', type: 'date', label: 'Ngày có hiệu lực', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        { name: 'expiresAt', type: 'date', label: 'Ngày hết hiệu lực', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signerName', type: 'text', label: 'Người ký' },
        { name: 'signerTitle', type: 'text', label: 'Chức vụ người ký' },
      ],
    },
    { name: 'fields', type: 'relationship', relationTo: FIELDS_SLUG, hasMany: true, label: 'Lĩnh vực' },
    {
      name: 'fullText',
      type: 'textarea',
      label: 'Toàn văn',
      admin: { description: 'Dán toàn văn; hệ thống tự nhận diện Chương, Điều, Khoản, Điểm.', rows: 20 },
    },
    {
      name: 'language',
      type: 'select',
      label: 'Ngôn ngữ',
      defaultValue: 'vi',
      options: [
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'Tiếng Anh', value: 'en' },
      ],
    },
    { name: 'notes', type: 'textarea', label: 'Ghi chú' },
    // Derived at save time; never typed by hand.
    { name: 'slug', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar' }, label: 'Đường dẫn' },
    { name: 'year', type: 'number', index: true, admin: { readOnly: true, position: 'sidebar' }, label: 'Năm ban hành' },
    { name: 'numberKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
    { name: 'bodyHtml', type: 'textarea', admin: { hidden: true } },
  ],
}
