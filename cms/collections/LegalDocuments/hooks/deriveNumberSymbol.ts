import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { parseNumberSymbol } from '../../../lib/number-symbol'
import { nfc } from '../../../lib/vietnamese'

/** Returns the issue year in Vietnam (UTC+7), not in UTC. */
export function issueYear(issuedAt: string | Date | null | undefined): number | null {
  if (!issuedAt) return null
  const t = new Date(issuedAt).getTime()
  return Number.isNaN(t) ? null : new Date(t + 7 * 3600_000).getUTCFullYear()
}

/** Returns the uniqueness key of a number-symbol: (number, year, type, issuer), variants folded. */
export function numberKeyOf(numberSymbol: string, issuedAt?: string | Date | null): string {
  const parsed = parseNumberSymbol(numberSymbol, { issuedYear: issueYear(issuedAt) })
  return parsed?.key ?? nfc(numberSymbol).toUpperCase().replace(/\s+/g, '')
}

/**
 * Context key: a map of the number keys that exist (key → the document's number-symbol), complete
 * for the keys being created. A bulk import fills it once per batch instead of one query per document.
 */
export const KNOWN_NUMBER_KEYS = 'knownNumberKeys'

function invalid(collection: string, message: string): never {
  const error = new ValidationError({ collection, errors: [{ path: 'numberSymbol', message }] })
  // The admin shows the error's message in its notice: make it the reason, in Vietnamese.
  error.message = message
  throw error
}

/**
 * Derives the parsed parts, URL slug, issue year and uniqueness key from the official
 * number-symbol, and refuses a second document with the same key with a message the editor can act on.
 */
export const deriveNumberSymbol: CollectionBeforeValidateHook = async ({ data, req, originalDoc, collection, context }) => {
  if (!data) return data
  const raw = nfc(String(data.numberSymbol ?? originalDoc?.numberSymbol ?? '')).trim()
  if (!raw) return data
  const issuedAt = data.issuedAt ?? originalDoc?.issuedAt
  const year = issueYear(issuedAt)
  const parsed = parseNumberSymbol(raw, { issuedYear: year })
  if (!parsed) invalid(collection.slug, `Số ký hiệu "${raw}" chưa đúng dạng: cần số và ký hiệu, ví dụ 43/2011/NĐ-CP hoặc 15/CT-TTg.`)
  if (parsed.year && year && parsed.year !== year)
    invalid(collection.slug, `Năm trong số ký hiệu (${parsed.year}) khác năm của ngày ban hành (${year}).`)
  // A bulk import that already looked up every key of its batch (in its transaction) passes them.
  const known = originalDoc?.id ? undefined : (context?.[KNOWN_NUMBER_KEYS] as ReadonlyMap<string, { numberSymbol: string }> | undefined)
  const duplicate = known
    ? known.get(parsed.key)
    : (
        await req.payload.find({
          collection: 'legal-documents',
          where: { numberKey: { equals: parsed.key }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
          limit: 1,
          depth: 0,
          // The main table holds every document, drafts included; only two columns are needed.
          select: { numberSymbol: true },
          pagination: false,
          req,
          overrideAccess: true,
        })
      ).docs[0]
  if (duplicate) invalid(collection.slug, `Số ký hiệu ${raw} đã có trong hệ thống (trùng văn bản ${duplicate.numberSymbol}).`)
  return {
    ...data,
    numberSymbol: raw,
    numberKey: parsed.key,
    slug: parsed.slug,
    year,
    numberParts: { number: parsed.number, year: parsed.year, typeCode: parsed.typeCode, issuerCode: parsed.issuerCode },
  }
}
