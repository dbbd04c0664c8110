import type { Payload, Where } from 'payload'

import { parseNumberSymbol } from '../../lib/number-symbol'

/**
 * Returns the condition matching a number-symbol typed in any common variant, or null when it is
 * not one: by number key when it carries a year, else by slug (`15/CT-TTg` repeats across years).
 */
export function numberSymbolWhere(raw: string): Where | null {
  const parsed = parseNumberSymbol(raw)
  if (!parsed) return null
  return parsed.year ? { numberKey: { equals: parsed.key } } : { slug: { equals: parsed.slug } }
}

/**
 * Finds a document by a number-symbol typed in any common variant. When several match (years,
 * or issuers sharing a number), the most recently issued one wins.
 */
export async function findByNumberSymbol(payload: Payload, raw: string, options: { publicOnly: boolean }) {
  const where = numberSymbolWhere(raw)
  if (!where) return null
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where,
    sort: '-issuedAt',
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: !options.publicOnly,
  })
  return docs[0] ?? null
}
