import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Returns a hook that stores the named date fields as UTC ISO strings. SQLite keeps dates as the
 * text it is given, so `…+07:00` and `…Z` values would sort and compare wrongly.
 */
export function normaliseDates(fields: string[]): CollectionBeforeValidateHook {
  return ({ data }) => {
    if (!data) return data
    const next = { ...data }
    for (const f of fields) {
      const v = next[f]
      if (typeof v === 'string' && v) {
        const d = new Date(v)
        if (!Number.isNaN(d.getTime())) next[f] = d.toISOString()
      }
    }
    if (Array.isArray(next.relations)) {
      next.relations = next.relations.map((r: { effectiveAt?: unknown }) =>
        typeof r?.effectiveAt === 'string' && r.effectiveAt && !Number.isNaN(Date.parse(r.effectiveAt)) ? { ...r, effectiveAt: new Date(r.effectiveAt).toISOString() } : r,
      )
    }
    return next
  }
}
