import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { foldAccents, nfc, slugify } from '../../../lib/vietnamese'

/** Returns the uniqueness key of a number-symbol. */
export function numberKeyOf(numberSymbol: string): string {
  return foldAccents(nfc(numberSymbol)).toUpperCase().replace(/\s+/g, '')
}

/**
 * Derives the URL slug, issue year and uniqueness key from the official number-symbol,
 * and refuses a second document with the same key with a message the editor can act on.
 */
export const deriveNumberSymbol: CollectionBeforeValidateHook = async ({ data, req, originalDoc, collection }) => {
  if (!data) return data
  const numberSymbol = nfc(String(data.numberSymbol ?? originalDoc?.numberSymbol ?? '')).trim()
  if (!numberSymbol) return data
  const issuedAt = data.issuedAt ?? originalDoc?.issuedAt
  // The issue year is the year in Vietnam (UTC+7), not in UTC.
  const year = issuedAt ? new Date(new Date(issuedAt).getTime() + 7 * 3600_000).getUTCFullYear() : null
  const numberKey = numberKeyOf(numberSymbol)
  const existing = await req.payload.find({
    collection: collection.slug as 'legal-documents',
    where: { numberKey: { equals: numberKey }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
    limit: 1,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
  })
  if (existing.docs.length > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'numberSymbol', message: `Số ký hiệu ${numberSymbol} đã có trong hệ thống (trùng văn bản ${existing.docs[0]!.numberSymbol}).` }],
    })
  }
  return { ...data, numberSymbol, numberKey, slug: slugify(numberSymbol), year }
}
