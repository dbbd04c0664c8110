import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { canChangeReferenceData } from '../access/publication'
import { auditReferenceChange, auditReferenceDelete } from '../audit/hooks'

export const FIELDS_SLUG = 'fields'

/** Fields of law (lĩnh vực) used to file and filter documents. */
export const Fields: CollectionConfig = {
  slug: FIELDS_SLUG,
  labels: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' },
  admin: { useAsTitle: 'name', group: 'Danh mục' },
  access: { read: anyone, create: canChangeReferenceData, update: canChangeReferenceData, delete: canChangeReferenceData },
  hooks: { afterChange: [auditReferenceChange], afterDelete: [auditReferenceDelete] },
  fields: [{ name: 'name', type: 'text', label: 'Tên lĩnh vực', required: true, unique: true }],
}
