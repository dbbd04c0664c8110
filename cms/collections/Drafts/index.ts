import type { CollectionConfig } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { deriveSlug } from '../../hooks/deriveSlug'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { sampleField } from '../../fields/sample'
import { queueDraftFollow } from '../../follow/hooks'
import { queueReportNotifications } from '../../notifications/hooks'
import { identityFields, receivingUnitFields, reportFields, windowFields } from './fields'
import { checkConsultationDates } from './hooks/checkConsultationDates'
import { recordVersion } from './hooks/recordVersion'

export const DRAFTS_SLUG = 'drafts'

/**
 * Drafts put out for public comment (Decree 43 Art 10.1.i; Directive 15: online instead of
 * paper). Editors prepare, approvers publish; the consultation state (upcoming, open, closed,
 * report published) is computed from the dates by cms/consultation/state.ts, never stored.
 */
export const Drafts: CollectionConfig = {
  slug: DRAFTS_SLUG,
  labels: { singular: 'Dự thảo', plural: 'Dự thảo lấy ý kiến' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'draftingAgency', 'opensAt', 'closesAt', '_status'],
    group: 'Lấy ý kiến dự thảo',
    listSearchableFields: ['title', 'summary'],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: publishableContent,
  defaultSort: '-opensAt',
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normaliseText, deriveSlug('title')],
    beforeChange: [guardPublishing, checkConsultationDates],
    afterChange: [auditPublication, recordVersion, queueReportNotifications, queueDraftFollow],
    afterDelete: [],
  },
  fields: [
    ...identityFields,
    ...windowFields,
    ...receivingUnitFields,
    ...reportFields,
    {
      name: 'slug',
      type: 'text',
      label: 'Đường dẫn',
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'Tự tạo từ tên dự thảo khi lưu lần đầu; giữ nguyên sau đó.' },
    },
    sampleField,
  ],
}
