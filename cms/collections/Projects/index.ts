import type { CollectionConfig } from 'payload'

import { art17StartField } from '../../fields/art17Start'
import { headFields, publishableCollection } from '../shared/publishable'
import { FUNDING_SOURCES, PROJECT_STATUSES, PROJECT_TYPES } from './options'

export const PROJECTS_SLUG = 'projects'

type Siblings = { siblingData: Record<string, unknown> }

/** Projects, investment, tenders and public procurement (Decree 43 Art 10(1)(h)). */
export const Projects: CollectionConfig = publishableCollection({
  slug: PROJECTS_SLUG,
  labels: { singular: 'Dự án, đấu thầu', plural: 'Dự án, đầu tư, đấu thầu, mua sắm công' },
  admin: { defaultColumns: ['title', 'projectType', 'status', 'budget', '_status'] },
  head: headFields({ titleLabel: 'Tên dự án / gói thầu' }),
  fields: [
    { name: 'objective', type: 'textarea', label: 'Mục tiêu', maxLength: 2000 },
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'text', label: 'Lĩnh vực' },
        { name: 'projectType', type: 'select', label: 'Loại', required: true, defaultValue: 'public-investment', options: [...PROJECT_TYPES] },
        {
          name: 'status',
          type: 'select',
          label: 'Tình trạng',
          required: true,
          defaultValue: 'preparing',
          options: [...PROJECT_STATUSES],
          // Payload's drafts add `_status`, whose PostgreSQL enum would take this field's default name.
          enumName: 'enum_projects_project_status',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        art17StartField('approvedAt', 'Ngày phê duyệt', 10),
        { name: 'startDate', type: 'date', label: 'Thời gian bắt đầu', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        {
          name: 'endDate',
          type: 'date',
          label: 'Thời gian kết thúc',
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
          validate: (value: unknown, { siblingData }: Siblings) => {
            const start = siblingData?.startDate
            if (!value || !start) return true
            return new Date(String(value)).getTime() < new Date(String(start)).getTime()
              ? 'Thời gian kết thúc: sớm hơn thời gian bắt đầu.'
              : true
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'budget',
          type: 'number',
          label: 'Tổng mức đầu tư / giá gói thầu (đồng)',
          validate: (value: unknown) =>
            value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)
              ? true
              : 'Tổng mức đầu tư / giá gói thầu: phải là số không âm (đơn vị: đồng).',
        },
        { name: 'fundingSource', type: 'select', label: 'Nguồn vốn', options: [...FUNDING_SOURCES] },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'owner', type: 'relationship', relationTo: 'agencies', label: 'Chủ đầu tư / bên mời thầu' },
        { name: 'location', type: 'text', label: 'Địa điểm' },
      ],
    },
  ],
  bodyLabel: 'Thông tin chi tiết',
})
