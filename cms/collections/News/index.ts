import type { CollectionConfig } from 'payload'

import { checkWebAddress } from '../../lib/agencies/email'
import { publishableCollection } from '../shared/publishable'
import { requireRepostSource } from './hooks/requireRepostSource'

export const NEWS_SLUG = 'news'

/** News and events (Decree 43 Art 10(1)(b)). */
export const News: CollectionConfig = publishableCollection({
  slug: NEWS_SLUG,
  labels: { singular: 'Tin tức, sự kiện', plural: 'Tin tức, sự kiện' },
  admin: { defaultColumns: ['title', 'category', 'publishedAt', '_status'] },
  fields: [
    {
      name: 'category',
      type: 'select',
      label: 'Loại tin',
      required: true,
      defaultValue: 'news',
      options: [
        { label: 'Tin tức', value: 'news' },
        { label: 'Sự kiện', value: 'event' },
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.category === 'event' },
      fields: [
        { name: 'eventAt', type: 'date', label: 'Thời gian diễn ra', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
        { name: 'eventLocation', type: 'text', label: 'Địa điểm' },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Ảnh minh họa' },
    // Decree 43/2011 Art 5.3: information taken from elsewhere names its source and author.
    {
      name: 'reposted',
      type: 'checkbox',
      label: 'Tin đăng lại từ nguồn khác',
      admin: { description: 'Khi đánh dấu, phải ghi tên nguồn, địa chỉ bài gốc và tác giả; trang tin hiển thị các thông tin này.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'sourceName', type: 'text', label: 'Tên nguồn', maxLength: 300, admin: { description: 'Ví dụ: Báo Điện tử Chính phủ.' } },
        { name: 'sourceUrl', type: 'text', label: 'Địa chỉ bài gốc', maxLength: 2000, validate: (v: unknown) => checkWebAddress(v, 'Địa chỉ bài gốc') },
        { name: 'author', type: 'text', label: 'Tác giả', maxLength: 300 },
      ],
    },
  ],
  hooks: { beforeChange: [requireRepostSource] },
})
