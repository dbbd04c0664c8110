import { type CollectionBeforeValidateHook } from 'payload'

import { shortSlug } from '../lib/slug'
import { fieldsInvalid } from '../lib/field-errors'

/** Words in these paths are sub-pages of a section, so no item may take them as its slug. */
const RESERVED = new Set(['lich-cong-tac', 'danh-ba', 'in', 'en', 'rss', 'atom'])

/**
 * Returns a hook that fills `slug` from `source` on first save (adding -2, -3… when taken), and
 * keeps a slug once set so published links stay stable. An editor may change it: the value is
 * slugified and refused, naming the field, if another item already has it.
 */
export function deriveSlug(source: string): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req, collection }) => {
    if (!data) return data
    const typed = typeof data.slug === 'string' ? data.slug.trim() : ''
    const current = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
    const sourceText = String(data[source] ?? originalDoc?.[source] ?? '').trim()
    if (!typed && current) return { ...data, slug: current }
    const base = shortSlug(typed || sourceText)
    if (!base) return data
    const taken = async (slug: string) => {
      const found = await req.payload.find({
        collection: collection.slug as 'agencies',
        where: { and: [{ slug: { equals: slug } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      return found.docs.length > 0 || RESERVED.has(slug)
    }
    if (typed && typed !== current) {
      if (await taken(base)) {
        throw fieldsInvalid(req, collection.slug, [{ path: 'slug', message: `Đường dẫn: "${base}" đã được dùng cho một mục khác; hãy chọn đường dẫn khác.` }])
      }
      return { ...data, slug: base }
    }
    if (typed && typed === current) return data
    let slug = base
    for (let n = 2; await taken(slug); n++) slug = `${base}-${n}`
    return { ...data, slug }
  }
}
