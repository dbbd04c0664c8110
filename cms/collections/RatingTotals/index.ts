import type { CollectionConfig } from 'payload'

import { administrators, nobody, only } from '../../access/policy'

export const RATING_TOTALS_SLUG = 'rating-totals'

/** Totals per page, recounted after every rating, so administrators read them as a sortable list. */
export const RatingTotals: CollectionConfig = {
  slug: RATING_TOTALS_SLUG,
  labels: { singular: 'Tổng hợp đánh giá', plural: 'Tổng hợp đánh giá theo trang' },
  admin: {
    useAsTitle: 'path',
    defaultColumns: ['path', 'title', 'total', 'verySatisfied', 'satisfied', 'unsatisfied', 'satisfactionRate', 'lastRatedAt'],
    group: 'Đánh giá hài lòng',
    description: 'Số lượt đánh giá mức độ hài lòng theo từng trang (Nghị định 224/2026, Điều 10). Chỉ quản trị viên xem được.',
  },
  access: { read: only(administrators), create: nobody, update: nobody, delete: only(administrators) },
  defaultSort: '-total',
  fields: [
    { name: 'path', type: 'text', label: 'Trang', required: true, unique: true },
    { name: 'title', type: 'text', label: 'Tiêu đề trang' },
    { name: 'total', type: 'number', label: 'Tổng số lượt', defaultValue: 0 },
    { name: 'verySatisfied', type: 'number', label: 'Rất hài lòng', defaultValue: 0 },
    { name: 'satisfied', type: 'number', label: 'Hài lòng', defaultValue: 0 },
    { name: 'unsatisfied', type: 'number', label: 'Chưa hài lòng', defaultValue: 0 },
    { name: 'satisfactionRate', type: 'number', label: 'Tỷ lệ hài lòng (%)', defaultValue: 0 },
    { name: 'lastRatedAt', type: 'date', label: 'Lần đánh giá gần nhất', admin: { date: { displayFormat: 'dd/MM/yyyy HH:mm' } } },
  ],
}
