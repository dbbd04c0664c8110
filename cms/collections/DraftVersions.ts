import type { CollectionConfig } from 'payload'

import { anyone, nobody } from '../access/policy'
import { queueDraftVersionFollow } from '../follow/hooks'

export const DRAFT_VERSIONS_SLUG = 'draft-versions'

/**
 * The published texts of each draft, numbered 1, 2, 3… and kept forever: comments are pinned
 * to the version they were made on, and anyone may read an earlier version or compare two.
 * Only the drafts collection's hook writes here; no one edits or deletes history.
 */
export const DraftVersions: CollectionConfig = {
  slug: DRAFT_VERSIONS_SLUG,
  labels: { singular: 'Phiên bản dự thảo', plural: 'Phiên bản dự thảo' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['draft', 'number', 'publishedAt', 'changeNote'],
    group: 'Lấy ý kiến dự thảo',
    description: 'Tự tạo mỗi khi xuất bản văn bản dự thảo đã sửa; không sửa, không xóa.',
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-publishedAt',
  hooks: { afterChange: [queueDraftVersionFollow] },
  indexes: [{ fields: ['draft', 'number'], unique: true }],
  fields: [
    { name: 'draft', type: 'relationship', relationTo: 'drafts', label: 'Dự thảo', required: true, index: true },
    { name: 'number', type: 'number', label: 'Phiên bản', required: true, min: 1 },
    { name: 'title', type: 'text', label: 'Tên', admin: { readOnly: true } },
    { name: 'publishedAt', type: 'date', label: 'Ngày công bố', required: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
    { name: 'changeNote', type: 'text', label: 'Ghi chú' },
    { name: 'fullText', type: 'textarea', label: 'Toàn văn', required: true },
    // Rendered once at publication: escaped HTML with article slots, table of contents, articles.
    { name: 'bodyHtml', type: 'textarea', admin: { hidden: true } },
    { name: 'toc', type: 'json', admin: { hidden: true } },
    { name: 'articles', type: 'json', admin: { hidden: true } },
  ],
}
