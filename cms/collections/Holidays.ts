import type { CollectionConfig } from 'payload'

import { administrators, anyone, only } from '../access/policy'
import { auditReferenceChange, auditReferenceDelete } from '../audit/hooks'

export const HOLIDAYS_SLUG = 'holidays'

/**
 * Days off for state agencies besides weekends (public holidays, Tết, substitute days). The
 * Decree 43 Art 17 deadline is counted in working days, and each year the government announces
 * the exact days, so administrators keep this table current; it is seeded from
 * content/holidays.json (DEFAULT_VN_HOLIDAYS, cms/lib/working-days.ts).
 */
export const Holidays: CollectionConfig = {
  slug: HOLIDAYS_SLUG,
  labels: { singular: 'Ngày nghỉ lễ', plural: 'Ngày nghỉ lễ, Tết' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['date', 'name'],
    group: 'Quản trị',
    description: 'Ngày nghỉ (ngoài thứ Bảy, Chủ nhật) dùng để tính hạn 2 ngày làm việc đăng văn bản (Nghị định 43/2011, Điều 17) trong trang Thống kê.',
  },
  access: { read: anyone, create: only(administrators), update: only(administrators), delete: only(administrators) },
  defaultSort: '-date',
  // The statistics cache refreshes when the table changes.
  hooks: { afterChange: [auditReferenceChange], afterDelete: [auditReferenceDelete] },
  fields: [
    {
      name: 'date',
      type: 'date',
      label: 'Ngày nghỉ',
      required: true,
      unique: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    { name: 'name', type: 'text', label: 'Tên ngày lễ', required: true, admin: { description: 'Ví dụ: Tết Nguyên đán, Nghỉ bù Quốc khánh.' } },
  ],
}
