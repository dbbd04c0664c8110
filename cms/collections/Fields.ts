import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { canDeleteContent } from '../access/canDeleteContent'
import { canEditContent } from '../access/canEditContent'

export const FIELDS_SLUG = 'fields'

/** Fields of law (lĩnh vực) used to file and filter documents. */
export const Fields: CollectionConfig = {
  slug: FIELDS_SLUG,
  labels: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' },
  admin: { useAsTitle: 'name', group: 'Danh mục' },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canDeleteContent },
  fields: [{ name: 'name', type: 'text', label: 'Tên lĩnh vực', required: true, unique: true }],
}
