import type { CollectionConfig } from 'payload'

import { publishableCollection } from '../shared/publishable'

export const LAW_DISSEMINATION_SLUG = 'law-dissemination'

/** Dissemination of law (Decree 43 Art 10(1)(d)): articles, Q&A, explanations of new documents. */
export const LawDissemination: CollectionConfig = publishableCollection({
  slug: LAW_DISSEMINATION_SLUG,
  labels: { singular: 'Phổ biến pháp luật', plural: 'Phổ biến, giáo dục pháp luật' },
  admin: { defaultColumns: ['title', 'kind', 'publishedAt', '_status'] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Hình thức',
      required: true,
      defaultValue: 'article',
      options: [
        { label: 'Bài viết phổ biến', value: 'article' },
        { label: 'Hỏi – đáp pháp luật', value: 'qa' },
        { label: 'Giới thiệu văn bản mới', value: 'new-document' },
      ],
    },
    { name: 'relatedDocuments', type: 'relationship', relationTo: 'legal-documents', hasMany: true, label: 'Văn bản liên quan' },
  ],
})
