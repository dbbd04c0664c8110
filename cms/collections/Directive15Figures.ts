import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { administrators, anyone, only } from '../access/policy'
import { auditReferenceChange, auditReferenceDelete } from '../audit/hooks'
import { fieldsInvalid, type FieldProblem } from '../lib/field-errors'
import { DIRECTIVE15_ITEMS, DIRECTIVE15_SECTIONS } from '../lib/stats/directive15'

export const DIRECTIVE15_FIGURES_SLUG = 'directive15-figures'

/** The items the portal cannot count itself: an administrator enters them per year. */
const ENTERED = DIRECTIVE15_ITEMS.filter((i) => !i.compute)

/**
 * One year's figure for an item of Directive 15/CT-TTg the portal cannot compute (internal
 * e-mail use, training, inspections…), with where it comes from. Public: the report
 * (/thong-ke/chi-thi-15) shows each figure with its source. One figure per item and year.
 */
const checkFigure: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as { id?: number | string; item?: string; year?: number; value?: number; total?: number | null; source?: string }
  const problems: FieldProblem[] = []
  if (!merged.source?.trim()) problems.push({ path: 'source', message: 'Nguồn số liệu: bắt buộc (ví dụ: báo cáo của Văn phòng, số liệu hệ thống quản lý văn bản).' })
  if (typeof merged.total === 'number' && typeof merged.value === 'number' && merged.total < merged.value) problems.push({ path: 'total', message: 'Tổng số: không được nhỏ hơn Số liệu.' })
  if (merged.item && typeof merged.year === 'number') {
    const { totalDocs } = await req.payload.count({
      collection: DIRECTIVE15_FIGURES_SLUG as never,
      where: { and: [{ item: { equals: merged.item } }, { year: { equals: merged.year } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) problems.push({ path: 'year', message: `Năm: đã có số liệu của mục này cho năm ${merged.year}; sửa bản ghi đó thay vì tạo thêm.` })
  }
  if (problems.length) throw fieldsInvalid(req, DIRECTIVE15_FIGURES_SLUG, problems)
  return { ...data, ...(typeof data.source === 'string' ? { source: data.source.trim().normalize('NFC') } : {}) }
}

export const Directive15Figures: CollectionConfig = {
  slug: DIRECTIVE15_FIGURES_SLUG,
  labels: { singular: 'Số liệu Chỉ thị 15', plural: 'Số liệu Chỉ thị 15 (nhập tay)' },
  admin: {
    useAsTitle: 'item',
    defaultColumns: ['item', 'year', 'value', 'total', 'source'],
    group: 'Quản trị',
    description: 'Số liệu các mục của Chỉ thị 15/CT-TTg mà cổng không tự tính được, mỗi mục một bản ghi cho một năm, kèm nguồn. Hiển thị công khai trong báo cáo tại /thong-ke/chi-thi-15.',
  },
  access: { read: anyone, create: only(administrators), update: only(administrators), delete: only(administrators) },
  defaultSort: '-year',
  hooks: { beforeChange: [checkFigure], afterChange: [auditReferenceChange], afterDelete: [auditReferenceDelete] },
  fields: [
    {
      name: 'item',
      type: 'select',
      label: 'Mục của Chỉ thị',
      required: true,
      index: true,
      options: ENTERED.map((i) => ({ label: `${DIRECTIVE15_SECTIONS[i.section].split(' — ')[0]}: ${i.label}`, value: i.code })),
    },
    { name: 'year', type: 'number', label: 'Năm', required: true, min: 2012, max: 2100, index: true },
    { name: 'value', type: 'number', label: 'Số liệu', required: true, min: 0, admin: { description: 'Số lượng (văn bản, người, đợt…) trong năm.' } },
    { name: 'total', type: 'number', label: 'Tổng số', min: 0, admin: { description: 'Nếu có: tổng số để tính tỷ lệ (ví dụ tổng số văn bản gửi, nhận trong năm).' } },
    { name: 'source', type: 'textarea', label: 'Nguồn số liệu', required: true, maxLength: 1000 },
    { name: 'note', type: 'textarea', label: 'Ghi chú', maxLength: 2000 },
  ],
}
