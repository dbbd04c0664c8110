import type { CollectionConfig } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { sampleField } from '../../fields/sample'
import { deriveWeek } from './hooks/deriveWeek'

export const WORK_SCHEDULES_SLUG = 'work-schedules'

const TIME = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/

/** The leaders' work schedule, one item per week (Decree 43 Art 10(1)(c)). */
export const WorkSchedules: CollectionConfig = {
  slug: WORK_SCHEDULES_SLUG,
  labels: { singular: 'Lịch công tác', plural: 'Lịch công tác của lãnh đạo' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status'], group: 'Thông tin' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: publishableContent,
  defaultSort: '-weekOf',
  hooks: { beforeOperation: [guardPublication], beforeValidate: [normaliseText, deriveWeek], beforeChange: [guardPublishing], afterChange: [auditPublication], afterDelete: [] },
  fields: [
    {
      name: 'weekOf',
      type: 'date',
      label: 'Tuần (chọn một ngày bất kỳ trong tuần)',
      required: true,
      index: true,
      admin: { date: { displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'entries',
      type: 'array',
      label: 'Lịch',
      labels: { singular: 'Hoạt động', plural: 'Hoạt động' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'date', label: 'Ngày', required: true, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
            {
              name: 'time',
              type: 'text',
              label: 'Giờ (HH:mm)',
              validate: (v: unknown) => (!v || TIME.test(String(v).trim()) ? true : `Lịch — Giờ: "${String(v)}" không đúng dạng giờ HH:mm (ví dụ 08:00).`),
            },
            { name: 'leader', type: 'text', label: 'Lãnh đạo chủ trì', required: true },
          ],
        },
        { name: 'content', type: 'textarea', label: 'Nội dung', required: true },
        {
          type: 'row',
          fields: [
            { name: 'location', type: 'text', label: 'Địa điểm' },
            { name: 'participants', type: 'text', label: 'Thành phần' },
          ],
        },
      ],
    },
    { name: 'note', type: 'textarea', label: 'Ghi chú' },
    { name: 'title', type: 'text', admin: { readOnly: true, position: 'sidebar' }, label: 'Tiêu đề (tự tạo)' },
    { name: 'slug', type: 'text', index: true, admin: { readOnly: true, position: 'sidebar' }, label: 'Đường dẫn (tự tạo)' },
    sampleField,
  ],
}
