import type { CollectionBeforeChangeHook } from 'payload'

import { fieldsInvalid } from '../../../lib/field-errors'

/** The fields a reposted item must name, with the label the message uses. */
const SOURCE_FIELDS = [
  { path: 'sourceName', label: 'Tên nguồn' },
  { path: 'sourceUrl', label: 'Địa chỉ bài gốc' },
  { path: 'author', label: 'Tác giả' },
] as const

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/**
 * A news item taken from another outlet names its source and author (Decree 43/2011 Art 5.3:
 * information reposted on a portal cites where it comes from). Checked on every save, drafts
 * included, so an item never reaches an approver without them; each missing field is named.
 */
export const requireRepostSource: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  if (merged.reposted !== true) return data
  const problems = SOURCE_FIELDS.filter((f) => !filled(merged[f.path])).map((f) => ({
    path: f.path,
    message: `${f.label}: bắt buộc khi tin được đăng lại từ nguồn khác (Nghị định 43/2011/NĐ-CP, Điều 5 khoản 3: ghi rõ nguồn và tác giả).`,
  }))
  if (problems.length) throw fieldsInvalid(req, collection.slug, problems)
  return data
}
