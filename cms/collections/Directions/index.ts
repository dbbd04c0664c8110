import type { CollectionConfig } from 'payload'

import { headFields, publishableCollection } from '../shared/publishable'

export const DIRECTIONS_SLUG = 'directions'

/** Official directions and replies to petitions (Decree 43 Art 10(1)(c)); the work schedule is its own collection. */
export const Directions: CollectionConfig = publishableCollection({
  slug: DIRECTIONS_SLUG,
  labels: { singular: 'Chỉ đạo, điều hành', plural: 'Chỉ đạo, điều hành' },
  admin: { defaultColumns: ['title', 'kind', 'publishedAt', '_status'] },
  head: headFields({ titleLabel: 'Tiêu đề / trích yếu', dateLabel: 'Ngày ban hành' }),
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Loại',
      required: true,
      defaultValue: 'direction',
      options: [
        { label: 'Ý kiến chỉ đạo, điều hành', value: 'direction' },
        { label: 'Trả lời kiến nghị, phản ánh', value: 'petition-reply' },
        { label: 'Thông báo kết luận', value: 'conclusion' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'numberSymbol', type: 'text', label: 'Số ký hiệu (nếu có)' },
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: 'Cơ quan ban hành / trả lời' },
      ],
    },
    {
      name: 'petition',
      type: 'textarea',
      label: 'Nội dung kiến nghị, phản ánh',
      admin: { condition: (data) => data?.kind === 'petition-reply', description: 'Không ghi họ tên, địa chỉ của người kiến nghị là cá nhân.' },
    },
  ],
  bodyLabel: 'Nội dung chỉ đạo / trả lời',
})
