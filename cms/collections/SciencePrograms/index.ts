import type { CollectionConfig } from 'payload'

import { art17StartField } from '../../fields/art17Start'
import { headFields, publishableCollection } from '../shared/publishable'
import { SCIENCE_KINDS, SCIENCE_LEVELS, SCIENCE_STAGES, yearRule } from './options'

export const SCIENCE_PROGRAMMES_SLUG = 'science-programmes'

type Siblings = { siblingData: Record<string, unknown> }

/**
 * Science and technology programmes and research topics the agency manages or hosts (Decree
 * 43/2011/NĐ-CP Art 11): name, code, level, host organisation, leader, period, budget, results.
 */
export const SciencePrograms: CollectionConfig = publishableCollection({
  slug: SCIENCE_PROGRAMMES_SLUG,
  labels: { singular: 'Chương trình, đề tài khoa học', plural: 'Chương trình, đề tài khoa học' },
  admin: { defaultColumns: ['title', 'kind', 'level', 'stage', '_status'] },
  head: headFields({ titleLabel: 'Tên chương trình, đề tài' }),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: 'Loại', required: true, defaultValue: 'topic', options: [...SCIENCE_KINDS] },
        { name: 'code', type: 'text', label: 'Mã số', maxLength: 100 },
        { name: 'level', type: 'select', label: 'Cấp quản lý', options: [...SCIENCE_LEVELS] },
        { name: 'stage', type: 'select', label: 'Tình trạng', required: true, defaultValue: 'in-progress', options: [...SCIENCE_STAGES] },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'hostOrganisation', type: 'text', label: 'Tổ chức chủ trì', maxLength: 300 },
        { name: 'leader', type: 'text', label: 'Chủ nhiệm', maxLength: 200 },
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: 'Cơ quan quản lý' },
        art17StartField('approvedAt', 'Ngày phê duyệt hoặc nghiệm thu', 20),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', type: 'number', label: 'Thực hiện từ năm', validate: yearRule('Thực hiện từ năm') },
        {
          name: 'periodTo',
          type: 'number',
          label: 'Đến năm',
          validate: (value: unknown, { siblingData }: Siblings) => {
            const basic = yearRule('Thực hiện đến năm')(value)
            if (basic !== true) return basic
            const from = siblingData?.periodFrom
            return typeof value === 'number' && typeof from === 'number' && value < from ? `Thực hiện đến năm: ${value} sớm hơn năm bắt đầu ${from}.` : true
          },
        },
        {
          name: 'budget',
          type: 'number',
          label: 'Kinh phí (đồng)',
          validate: (value: unknown) =>
            value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0) ? true : 'Kinh phí: phải là số không âm (đơn vị: đồng).',
        },
      ],
    },
    { name: 'results', type: 'textarea', label: 'Kết quả, sản phẩm chính', maxLength: 5000 },
    { name: 'attachment', type: 'upload', relationTo: 'media', label: 'Tệp báo cáo kết quả' },
  ],
  bodyLabel: 'Mục tiêu, nội dung',
})
