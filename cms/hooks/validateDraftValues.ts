import { type CollectionBeforeChangeHook, type FlattenedField, type PayloadRequest } from 'payload'
import { fieldsInvalid } from '../lib/field-errors'

/**
 * Payload skips field validation when it saves a draft (drafts may be incomplete). What a draft
 * holds must still be valid values: an option that exists, a date that exists, a number, text
 * within its length, a related record that exists. This checks every value present in a draft
 * save and refuses the save with 400 naming each field; missing values stay allowed.
 */

/** Marks, for the rest of this request, that saves of this collection write drafts. */
export function markDraftSave(req: PayloadRequest, collection: string): void {
  const ctx = req.context as { draftValueChecks?: Set<string> }
  ctx.draftValueChecks ??= new Set()
  ctx.draftValueChecks.add(collection)
}

type Problem = { path: string; message: string }

function labelOf(field: FlattenedField): string {
  const label = (field as { label?: unknown }).label
  return typeof label === 'string' ? label : field.name
}

function realDate(value: unknown): boolean {
  if (value instanceof Date) return Number.isFinite(value.getTime())
  if (typeof value !== 'string') return false
  const time = Date.parse(value)
  if (!Number.isFinite(time)) return false
  const year = new Date(time).getUTCFullYear()
  if (year < 1 || year > 9999) return false
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  return !m || new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDate() === +m[3]!
}

function idsOf(value: unknown): (string | number)[] {
  const list = Array.isArray(value) ? value : [value]
  return list
    .map((v) => (v && typeof v === 'object' ? ((v as { id?: unknown; value?: unknown }).id ?? (v as { value?: unknown }).value) : v))
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
}

async function walk(req: PayloadRequest, fields: FlattenedField[], data: Record<string, unknown>, prefix: string, problems: Problem[]): Promise<void> {
  for (const field of fields) {
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    const label = labelOf(field)
    const f = field as FlattenedField & { options?: ({ value: string } | string)[]; hasMany?: boolean; maxLength?: number; min?: number; max?: number; required?: boolean; relationTo?: string | string[]; flattenedFields?: FlattenedField[] }
    switch (field.type) {
      case 'select':
      case 'radio': {
        const allowed = new Set((f.options ?? []).map((o) => (typeof o === 'string' ? o : o.value)))
        const values = Array.isArray(value) ? value : [value]
        for (const v of values) if (!allowed.has(String(v))) problems.push({ path, message: `${label}: giá trị “${String(v).slice(0, 40)}” không có trong danh sách.` })
        break
      }
      case 'date':
        if (!realDate(value)) problems.push({ path, message: `${label}: “${String(value).slice(0, 40)}” không phải ngày có thật.` })
        break
      case 'number': {
        const values = Array.isArray(value) ? value : [value]
        for (const v of values) {
          const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN
          if (!Number.isFinite(n)) problems.push({ path, message: `${label}: cần một số.` })
          else if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) problems.push({ path, message: `${label}: ngoài khoảng cho phép.` })
        }
        break
      }
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        if (typeof value !== 'string' && !(Array.isArray(value) && f.hasMany)) problems.push({ path, message: `${label}: cần một đoạn văn bản.` })
        else if (typeof value === 'string' && f.maxLength && value.length > f.maxLength) problems.push({ path, message: `${label}: dài quá ${f.maxLength} ký tự.` })
        else if (typeof value === 'string' && f.required && !value.trim()) problems.push({ path, message: `${label}: không được để trống.` })
        break
      case 'checkbox':
        if (typeof value !== 'boolean') problems.push({ path, message: `${label}: cần đúng hoặc sai.` })
        break
      case 'relationship':
      case 'upload': {
        if (Array.isArray(f.relationTo)) break
        for (const id of idsOf(value)) {
          const found = await req.payload.db.findOne({ collection: f.relationTo! as never, where: { id: { equals: id } }, req }).catch(() => null)
          if (!found) problems.push({ path, message: `${label}: không có bản ghi mã ${String(id).slice(0, 24)}.` })
        }
        break
      }
      case 'array':
        if (!Array.isArray(value)) problems.push({ path, message: `${label}: cần một danh sách.` })
        else for (const [i, row] of value.entries()) if (row && typeof row === 'object') await walk(req, f.flattenedFields ?? [], row as Record<string, unknown>, `${path}.${i}.`, problems)
        break
      case 'group':
        if (typeof value !== 'object' || Array.isArray(value)) problems.push({ path, message: `${label}: giá trị không hợp lệ.` })
        else await walk(req, f.flattenedFields ?? [], value as Record<string, unknown>, `${path}.`, problems)
        break
      default:
        break
    }
  }
}

/** beforeChange hook of every collection with drafts: checks the values of a draft save. */
export const validateDraftValues: CollectionBeforeChangeHook = async ({ data, req, collection }) => {
  const marked = (req.context as { draftValueChecks?: Set<string> }).draftValueChecks?.has(collection.slug)
  if (!marked || !data) return data
  const problems: Problem[] = []
  if (data._status !== undefined && data._status !== 'draft' && data._status !== 'published') problems.push({ path: '_status', message: `Trạng thái: “${String(data._status).slice(0, 20)}” không hợp lệ.` })
  await walk(req, collection.flattenedFields.filter((f) => f.name !== '_status'), data, '', problems)
  if (problems.length) throw fieldsInvalid(req, collection.slug, problems)
  return data
}
