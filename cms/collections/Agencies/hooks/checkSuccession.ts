import { type CollectionBeforeValidateHook } from 'payload'

import { fieldsInvalid, type FieldProblem } from '../../../lib/field-errors'

const idOf = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : String(typeof v === 'object' ? (v as { id: unknown }).id : v)

/**
 * A merged or renamed agency names its successor, what happened and since when; the successor
 * is never the agency itself nor one that (through its own successors) leads back to it.
 */
export const checkSuccession: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  const self = idOf(originalDoc?.id)
  const successor = idOf(merged.successor)
  const problems: FieldProblem[] = []
  if (!successor) {
    if (merged.succeededAt) problems.push({ path: 'successor', message: 'Cơ quan kế thừa: bắt buộc khi đã nhập ngày hợp nhất, đổi tên.' })
  } else {
    if (!merged.succeededAt) problems.push({ path: 'succeededAt', message: 'Từ ngày (hợp nhất, đổi tên): bắt buộc khi có cơ quan kế thừa.' })
    if (!merged.successionKind) problems.push({ path: 'successionKind', message: 'Hình thức (hợp nhất, đổi tên, chia tách): bắt buộc khi có cơ quan kế thừa.' })
    if (self && (await leadsBack(req, successor, self))) {
      problems.push({ path: 'successor', message: 'Cơ quan kế thừa: không được chọn chính cơ quan này hoặc một cơ quan mà chuỗi kế thừa dẫn ngược về nó.' })
    }
  }
  if (problems.length) throw fieldsInvalid(req, collection.slug, problems)
  return data
}

async function leadsBack(req: Parameters<CollectionBeforeValidateHook>[0]['req'], start: string, self: string): Promise<boolean> {
  const seen = new Set<string>()
  let current: string | null = start
  while (current && !seen.has(current)) {
    if (current === self) return true
    seen.add(current)
    const next = await req.payload
      .findByID({ collection: 'agencies', id: current, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true, select: { successor: true } })
      .catch(() => null)
    current = idOf((next as { successor?: unknown } | null)?.successor)
  }
  return false
}
