import type { CollectionConfig } from 'payload'

import { art17StartField } from '../../fields/art17Start'
import { publishableCollection } from '../shared/publishable'

export const PLANS_SLUG = 'plans'

const year = (label: string) => (value: unknown) =>
  value === null || value === undefined || (Number.isInteger(value) && (value as number) >= 1945 && (value as number) <= 2100)
    ? true
    : `${label}: phải là năm có 4 chữ số (1945–2100).`

/** Strategies, orientations, master plans and plans (Decree 43 Art 10(1)(đ)). */
export const Plans: CollectionConfig = publishableCollection({
  slug: PLANS_SLUG,
  labels: { singular: 'Chiến lược, kế hoạch', plural: 'Chiến lược, quy hoạch, kế hoạch' },
  admin: { defaultColumns: ['title', 'kind', 'periodFrom', 'periodTo', '_status'] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Loại',
      required: true,
      defaultValue: 'plan',
      options: [
        { label: 'Chiến lược', value: 'strategy' },
        { label: 'Định hướng', value: 'orientation' },
        { label: 'Quy hoạch', value: 'master-plan' },
        { label: 'Kế hoạch', value: 'plan' },
        { label: 'Chương trình', value: 'programme' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'numberSymbol', type: 'text', label: 'Số ký hiệu văn bản phê duyệt' },
        art17StartField('approvedAt', 'Ngày phê duyệt', 10),
        { name: 'periodFrom', type: 'number', label: 'Giai đoạn từ năm', validate: year('Giai đoạn từ năm') },
        {
          name: 'periodTo',
          type: 'number',
          label: 'Đến năm',
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const basic = year('Giai đoạn đến năm')(value)
            if (basic !== true) return basic
            const from = siblingData?.periodFrom
            return typeof value === 'number' && typeof from === 'number' && value < from
              ? `Giai đoạn đến năm: ${value} sớm hơn năm bắt đầu ${from}.`
              : true
          },
        },
      ],
    },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: 'Cơ quan ban hành' },
    { name: 'attachment', type: 'upload', relationTo: 'media', label: 'Tệp toàn văn' },
  ],
})
