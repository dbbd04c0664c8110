import { type CollectionBeforeValidateHook } from 'payload'
import { fieldsInvalid } from '../../../lib/field-errors'

const idOf = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : String(typeof v === 'object' ? (v as { id: unknown }).id : v)

/** Refuses a parent that is the agency itself or one of its subordinates (the tree would loop). */
export const preventParentLoop: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const self = idOf(originalDoc?.id)
  let current = idOf(data?.parent)
  if (!self || !current) return data
  const seen = new Set<string>()
  while (current && !seen.has(current)) {
    if (current === self) {
      throw fieldsInvalid(req, collection.slug, [{ path: 'parent', message: 'Cơ quan cấp trên: không được chọn chính cơ quan này hoặc một cơ quan cấp dưới của nó.' }])
    }
    seen.add(current)
    const parent = await req.payload
      .findByID({ collection: 'agencies', id: current, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    current = idOf(parent?.parent)
  }
  return data
}
