import type { Payload, Where } from 'payload'

import { parseNumberSymbol } from '../../lib/number-symbol'

/**
 * Finds a document by a number-symbol typed in any common variant. Symbols without a year
 * (`15/CT-TTg`) repeat across years: the most recently issued one wins.
 */
export async function findByNumberSymbol(payload: Payload, raw: string, options: { publicOnly: boolean }) {
  const parsed = parseNumberSymbol(raw)
  if (!parsed) return null
  const where: Where = parsed.year ? { numberKey: { equals: parsed.key } } : { slug: { equals: parsed.slug } }
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
