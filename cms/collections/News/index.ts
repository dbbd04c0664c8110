import type { CollectionConfig } from 'payload'

import { publishableCollection } from '../shared/publishable'

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
  ],
})
