import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'

import { idString as idOf } from '../../../lib/ids'
import { parseNumberSymbol } from '../../../lib/number-symbol'
import { slugify } from '../../../lib/slug'
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

/** A document holding a number key: what the uniqueness check and the URL need. */
export interface NumberKeyHolder {
  numberSymbol: string
  issuer: string
}

/**
 * Context key: a map from number key to the documents that hold it (any issuer), complete for
 * the keys being created. A bulk import fills it once per batch instead of one query per document.
 */
export const KNOWN_NUMBER_KEYS = 'knownNumberKeys'


function invalid(collection: string, message: string): never {
  const error = new ValidationError({ collection, errors: [{ path: 'numberSymbol', message }] })
  // The admin shows the error's message in its notice: make it the reason, in Vietnamese.
  error.message = message
  throw error
}

/**
 * Returns a URL slug no other document of the year has. Another issuer may publish the same
 * number-symbol (every province's People's Committee writes `…/QĐ-UBND`): the first keeps the
 * plain slug, later ones add their issuer's name; a document keeps the slug it already has.
 */
async function freeSlug(req: PayloadRequest, base: string, year: number | null, issuer: string, selfId: unknown, kept: string | undefined): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'legal-documents',
    where: { and: [{ slug: { like: base } }, ...(year ? [{ year: { equals: year } }] : []), ...(selfId ? [{ id: { not_equals: selfId } }] : [])] },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((d) => d.slug))
  if (kept && !taken.has(kept)) return kept
  if (!taken.has(base)) return base
  const found = await req.payload.findByID({ collection: 'issuers', id: issuer, depth: 0, overrideAccess: true, disableErrors: true, req })
  const named = `${base}-${slugify(found?.name ?? issuer)}`
  let candidate = named
  for (let n = 2; taken.has(candidate); n++) candidate = `${named}-${n}`
  return candidate
}

/**
 * Derives the parsed parts, URL slug, issue year and number key from the official number-symbol,
 * and refuses a second document with the same key from the same issuer (unique on issuer, type,
 * year and number) with a message the editor can act on.
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
  const issuer = idOf(data.issuer ?? originalDoc?.issuer)
  // A bulk import that already looked up every key of its batch (in its transaction) passes them.
  const known = originalDoc?.id ? undefined : (context?.[KNOWN_NUMBER_KEYS] as ReadonlyMap<string, readonly NumberKeyHolder[]> | undefined)
  const sameKey: NumberKeyHolder[] = known
    ? [...(known.get(parsed.key) ?? [])]
    : (
        await req.payload.find({
          collection: 'legal-documents',
          where: { numberKey: { equals: parsed.key }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
          depth: 0,
          // The main table holds every document, drafts included; only two columns are needed.
          select: { numberSymbol: true, issuer: true },
          pagination: false,
          req,
          overrideAccess: true,
        })
      ).docs.map((d) => ({ numberSymbol: d.numberSymbol, issuer: idOf(d.issuer) }))
  const duplicate = sameKey.find((d) => d.issuer === issuer)
  if (duplicate) invalid(collection.slug, `Số ký hiệu ${raw} đã có trong hệ thống (trùng văn bản ${duplicate.numberSymbol} của cùng cơ quan ban hành).`)
  // A document keeps its URL while its number does not change.
  const kept = originalDoc?.numberKey === parsed.key && typeof originalDoc?.slug === 'string' && originalDoc.slug.startsWith(parsed.slug) ? (originalDoc.slug as string) : undefined
  return {
    ...data,
    numberSymbol: raw,
    numberKey: parsed.key,
    // Only when another issuer holds the same number can the plain slug be taken.
    slug: sameKey.length ? await freeSlug(req, parsed.slug, year, issuer, originalDoc?.id, kept) : (kept ?? parsed.slug),
    year,
    numberParts: { number: parsed.number, year: parsed.year, typeCode: parsed.typeCode, issuerCode: parsed.issuerCode },
  }
}
