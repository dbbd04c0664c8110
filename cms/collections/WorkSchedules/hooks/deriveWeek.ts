import { type CollectionBeforeValidateHook } from 'payload'

import { formatDateVN, vnDayNumber } from '../../../lib/dates'
import { describeWeek, mondayOf } from '../week'
import { fieldsInvalid } from '../../../lib/field-errors'

type Entry = { day?: string | null; time?: string | null }

/**
 * Moves `weekOf` to that week's Monday, derives the title and slug from it, refuses a second
 * schedule for the same week and any entry dated outside the week (messages name the field).
 */
export const deriveWeek: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const weekOf = data.weekOf ?? originalDoc?.weekOf
  const monday = mondayOf(weekOf)
  if (!monday) return data
  const { slug, title, sunday } = describeWeek(monday)
  const errors: { path: string; message: string }[] = []
  const existing = await req.payload.find({
    collection: collection.slug as 'work-schedules',
    where: { and: [{ slug: { equals: slug } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  if (existing.docs.length) errors.push({ path: 'weekOf', message: `Tuần: đã có lịch công tác của tuần từ ${formatDateVN(monday)}.` })
  const first = vnDayNumber(monday)!
  const entries: Entry[] = Array.isArray(data.entries) ? data.entries : []
  entries.forEach((e, i) => {
    const day = vnDayNumber(e.day)
    if (day !== null && (day < first || day > first + 6)) {
      errors.push({ path: `entries.${i}.day`, message: `Lịch — Ngày: ${formatDateVN(e.day)} không thuộc tuần từ ${formatDateVN(monday)} đến ${formatDateVN(sunday)}.` })
    }
  })
  if (errors.length) throw fieldsInvalid(req, collection.slug, errors)
  const sorted = [...entries].sort((a, b) => (vnDayNumber(a.day) ?? 0) - (vnDayNumber(b.day) ?? 0) || String(a.time ?? '').localeCompare(String(b.time ?? '')))
  return { ...data, weekOf: monday.toISOString(), slug, title, ...(Array.isArray(data.entries) ? { entries: sorted } : {}) }
}
