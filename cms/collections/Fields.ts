import type { CollectionConfig } from 'payload'

import { referenceData } from '../access/policy'
import { auditReferenceChange, auditReferenceDelete } from '../audit/hooks'

export const FIELDS_SLUG = 'fields'

/** Fields of law (lĩnh vực) used to file and filter documents. */
export const Fields: CollectionConfig = {
  slug: FIELDS_SLUG,
  labels: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' },
  admin: { useAsTitle: 'name', group: 'Danh mục' },
  access: referenceData,
  hooks: { afterChange: [auditReferenceChange], afterDelete: [auditReferenceDelete] },
  fields: [{ name: 'name', type: 'text', label: 'Tên lĩnh vực', required: true, unique: true }],
}
