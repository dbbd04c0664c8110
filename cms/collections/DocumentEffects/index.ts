import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'

import { isIn, only, publishers, serverOwned, staff, writers } from '../../access/policy'
import { fieldsInvalid } from '../../lib/field-errors'
import { OPERATION_LABELS } from '../../lib/effects/types'

export const DOCUMENT_EFFECTS_SLUG = 'document-effects'

const ANCHOR = /^dieu-[0-9a-z]+(?:-khoan-[0-9a-z]+(?:-diem-[0-9a-z]+)?)?$/
const NAMES: Record<string, string> = { dieu: 'Điều', khoan: 'khoản', diem: 'điểm' }

/** 'dieu-1-khoan-2' → 'khoản 2 Điều 1' (derived on the server, never typed). */
export function anchorLabel(anchor: string): string {
  const parts = anchor.split('-')
  const out: string[] = []
  for (let i = 0; i + 1 < parts.length; i += 2) out.unshift(`${NAMES[parts[i]!] ?? parts[i]} ${parts[i + 1]!.replace(/dd/g, 'đ')}`)
  return out.join(' ')
}

/**
 * Checks the effect and derives its label. Rules hold for every door (admin, REST, GraphQL,
 * Local API): anchors in the parser's form, wording for what needs it, the phrase pair for a
 * substitution; `sourceLabel` is derived; `status` is guarded by field access (publishers).
 */
const checkEffect: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const problems: { path: string; message: string }[] = []
  if (!ANCHOR.test(String(merged.targetAnchor ?? ''))) problems.push({ path: 'targetAnchor', message: 'Dạng “dieu-5”, “dieu-5-khoan-2” hoặc “dieu-5-khoan-2-diem-a”.' })
  if (merged.after && !ANCHOR.test(String(merged.after))) problems.push({ path: 'after', message: 'Dạng “dieu-10”.' })
  if (!ANCHOR.test(String(merged.source ?? ''))) problems.push({ path: 'source', message: 'Dạng “dieu-1-khoan-2” (điều, khoản của văn bản sửa đổi).' })
  const op = merged.operation
  if ((op === 'amend' || op === 'replace' || op === 'insert') && !String(merged.wording ?? '').trim()) problems.push({ path: 'wording', message: 'Cần nội dung mới (phần trong ngoặc kép của văn bản sửa đổi).' })
  if (op === 'substitute' && (!merged.phraseFrom || !merged.phraseTo)) problems.push({ path: 'phraseFrom', message: 'Cần cụm từ bị thay và cụm từ thay thế.' })
  const amending = typeof merged.amending === 'object' ? merged.amending?.id : merged.amending
  const target = typeof merged.document === 'object' ? merged.document?.id : merged.document
  if (amending !== undefined && amending === target) problems.push({ path: 'amending', message: 'Văn bản sửa đổi phải khác văn bản bị sửa đổi.' })
  if (problems.length) throw fieldsInvalid(req, DOCUMENT_EFFECTS_SLUG, problems)
  data.sourceLabel = anchorLabel(String(merged.source))
  return data
}

const ref = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string | null | undefined))

/** When an effect is confirmed, unconfirmed, moved or deleted, the relations of its documents follow (./relations.ts). */
const followRelations: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const { syncEffectRelations } = await import('./relations')
  const pairs = new Map<string, [number | string, number | string]>()
  const add = (d: Record<string, unknown> | undefined) => {
    const a = ref(d?.amending)
    const t = ref(d?.document)
    if (a != null && t != null) pairs.set(`${a}|${t}`, [a, t])
  }
  if (doc.status === 'confirmed') add(doc)
  if (previousDoc?.status === 'confirmed') add(previousDoc)
  for (const [a, t] of pairs.values()) await syncEffectRelations(req.payload, req, a, t)
  return doc
}

const followRelationsOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const { syncEffectRelations } = await import('./relations')
  const a = ref(doc.amending)
  const t = ref(doc.document)
  if (doc.status === 'confirmed' && a != null && t != null) await syncEffectRelations(req.payload, req, a, t)
  return doc
}

/** Anyone reads confirmed effects (they shape the public text); staff read proposals too. */
const readEffects = ({ req }: { req: { user?: { role?: string | null } | null } }): boolean | Where =>
  isIn(req.user, staff) || { status: { equals: 'confirmed' } }

/**
 * A confirmed effect is part of the public text: changing or deleting it is the same right as
 * confirming it. Writers change and delete only effects not yet confirmed (for every door: the
 * constraint is the collection's own access).
 */
const changeEffects = ({ req }: { req: { user?: { role?: string | null } | null } }): boolean | Where =>
  isIn(req.user, publishers) || (isIn(req.user, writers) && { status: { not_equals: 'confirmed' } })

/**
 * Effects of an amending document on another, per provision (issue 14): proposed from the
 * amending text (cms/lib/effects/propose.ts), confirmed by a publisher; only confirmed effects
 * change the point-in-time and consolidated texts.
 */
export const DocumentEffects: CollectionConfig = {
  slug: DOCUMENT_EFFECTS_SLUG,
  labels: { singular: 'Tác động đến điều khoản', plural: 'Tác động đến điều khoản' },
  admin: {
    useAsTitle: 'sourceLabel',
    defaultColumns: ['document', 'targetAnchor', 'operation', 'amending', 'sourceLabel', 'effectiveAt', 'status'],
    group: 'Văn bản',
    description: 'Mỗi dòng: một điều, khoản, điểm bị sửa đổi, bổ sung, thay thế, bãi bỏ… Chỉ tác động đã xác nhận mới được áp dụng vào văn bản theo thời điểm và văn bản hợp nhất.',
  },
  access: { read: readEffects, create: only(writers), update: changeEffects, delete: changeEffects },
  defaultSort: 'effectiveAt',
  hooks: { beforeChange: [checkEffect], afterChange: [followRelations], afterDelete: [followRelationsOnDelete] },
  fields: [
    { name: 'document', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản bị tác động', required: true, index: true },
    { name: 'targetAnchor', type: 'text', label: 'Điều, khoản, điểm bị tác động', required: true, admin: { description: 'Ví dụ: dieu-5-khoan-2 (khoản 2 Điều 5).' } },
    { name: 'operation', type: 'select', label: 'Hình thức tác động', required: true, options: Object.entries(OPERATION_LABELS).map(([value, label]) => ({ value, label })) },
    { name: 'after', type: 'text', label: 'Bổ sung vào sau', admin: { condition: (d) => d?.operation === 'insert', description: 'Ví dụ: dieu-10 (bổ sung Điều 10a vào sau Điều 10). Để trống: thêm vào cuối.' } },
    { name: 'wording', type: 'textarea', label: 'Nội dung mới', maxLength: 200_000, admin: { description: 'Phần trong ngoặc kép của văn bản sửa đổi, mỗi đoạn một dòng.' } },
    { name: 'phraseFrom', type: 'text', label: 'Cụm từ bị thay', admin: { condition: (d) => d?.operation === 'substitute' } },
    { name: 'phraseTo', type: 'text', label: 'Cụm từ thay thế', admin: { condition: (d) => d?.operation === 'substitute' } },
    { name: 'amending', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản sửa đổi', required: true, index: true },
    { name: 'source', type: 'text', label: 'Quy định sửa đổi', required: true, admin: { description: 'Ví dụ: dieu-1-khoan-2 (khoản 2 Điều 1 của văn bản sửa đổi).' } },
    { name: 'sourceLabel', type: 'text', label: 'Quy định sửa đổi (tự tính)', access: serverOwned, admin: { readOnly: true } },
    { name: 'effectiveAt', type: 'date', label: 'Ngày có hiệu lực', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    {
      name: 'status',
      type: 'select',
      label: 'Trạng thái',
      defaultValue: 'proposed',
      index: true,
      // Confirming changes the public text: the same right as publishing.
      access: { create: only(publishers), update: only(publishers) },
      options: [
        { label: 'Đề xuất (chưa áp dụng)', value: 'proposed' },
        { label: 'Đã xác nhận', value: 'confirmed' },
        { label: 'Loại bỏ', value: 'rejected' },
      ],
      admin: { position: 'sidebar', description: 'Chỉ người có quyền phê duyệt xác nhận được tác động.' },
    },
  ],
}
