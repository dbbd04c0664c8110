import type { Payload, PayloadRequest } from 'payload'

import type { LegalDocument } from '../../payload-types'
import { computeValidity, type IncomingRelation, type Validity, type ValidityStatus } from '../../lib/validity'

type Id = number | string

/**
 * Returns the relations other published documents hold towards `id`, as computeValidity wants
 * them (a relation without its own date takes effect with the acting document).
 */
export async function incomingRelations(payload: Payload, id: Id, req?: PayloadRequest): Promise<IncomingRelation[]> {
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ 'relations.target': { equals: id } }, { workflowState: { equals: 'published' } }] },
    depth: 0,
    limit: 1000,
    pagination: false,
    draft: false,
    overrideAccess: true,
    select: { numberSymbol: true, effectiveAt: true, issuedAt: true, relations: true },
    req,
  })
  return relationsTowards(docs, id)
}

type Source = Pick<LegalDocument, 'numberSymbol' | 'effectiveAt' | 'issuedAt' | 'relations'>

/** Returns the relations the given documents hold towards `id` (a relation without a date takes effect with its document). */
export function relationsTowards(sources: Source[], id: Id): IncomingRelation[] {
  const result: IncomingRelation[] = []
  for (const source of sources) {
    for (const r of source.relations ?? []) {
      const target = typeof r.target === 'object' && r.target ? r.target.id : r.target
      if (String(target) !== String(id)) continue
      result.push({ type: r.type, effectiveAt: r.effectiveAt ?? source.effectiveAt ?? source.issuedAt, article: r.article, fromNumber: source.numberSymbol })
    }
  }
  return result
}

/** Returns the computed validity of a document from its dates, incoming relations and any override. */
export function validityOf(doc: Pick<LegalDocument, 'effectiveAt' | 'expiresAt' | 'validityOverride'>, incoming: IncomingRelation[], today = new Date()): Validity {
  const o = doc.validityOverride
  return computeValidity(
    {
      effectiveAt: doc.effectiveAt,
      expiresAt: doc.expiresAt,
      incoming,
      override: o?.status ? { status: o.status as ValidityStatus, reason: o.reason } : null,
    },
    today,
  )
}

/**
 * Recomputes and stores one document's validity. Writes straight through the adapter: the value
 * is derived, so it must not create a version, re-run hooks or publish a pending draft.
 */
export async function refreshValidity(payload: Payload, id: Id, req?: PayloadRequest): Promise<Validity | null> {
  const doc = await payload.findByID({ collection: 'legal-documents', id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
  if (!doc) return null
  const v = validityOf(doc, await incomingRelations(payload, id, req))
  if (doc.validity !== v.status || doc.validityReason !== v.reason || doc.validitySince !== v.since) {
    await payload.db.updateOne({ collection: 'legal-documents', id, data: { validity: v.status, validityReason: v.reason, validitySince: v.since }, req })
  }
  return v
}

/** Recomputes every published document (the nightly job, and at start, as dates pass). */
export async function refreshAllValidity(payload: Payload): Promise<number> {
  let page = 1
  let changed = 0
  for (;;) {
    const batch = await payload.find({ collection: 'legal-documents', where: { workflowState: { equals: 'published' } }, depth: 0, limit: 200, page, draft: false, overrideAccess: true, select: { validity: true } })
    for (const doc of batch.docs) {
      const before = doc.validity
      const v = await refreshValidity(payload, doc.id)
      if (v && v.status !== before) changed++
    }
    if (!batch.hasNextPage) return changed
    page++
  }
}
