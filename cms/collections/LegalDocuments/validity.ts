import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { LegalDocument } from '../../payload-types'
import { appendChange } from '../../feed/append'
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

type Stored = Pick<LegalDocument, 'id' | 'validity' | 'validityReason' | 'validitySince' | 'validityExpires'>

/** The stored fields of a computed validity (what lists, feeds and the API read). */
export function validityFields(v: Validity) {
  return { validity: v.status, validityReason: v.reason, validitySince: v.since, validityExpires: v.expiresOn }
}

/**
 * Writes the derived validity onto the document's latest version row too. The admin list of a
 * collection with drafts reads the versions table (latest rows), not the main one: without
 * this, a document replaced after its last save stayed "Còn hiệu lực" there. The whole version is
 * written back (a partial `version` would replace the sub-document on MongoDB).
 */
async function storeOnLatestVersion(payload: Payload, id: Id, fields: ReturnType<typeof validityFields>, req: PayloadRequest): Promise<void> {
  const { docs } = await payload.db.findVersions({
    collection: 'legal-documents',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 0,
    pagination: false,
    req,
  })
  for (const row of docs) {
    // The row's own id stays out of the data (MongoDB refuses a write to `_id`).
    const { id: versionId, ...rest } = row as typeof row & { _id?: unknown }
    delete (rest as { _id?: unknown })._id
    await payload.db.updateVersion({
      collection: 'legal-documents',
      id: versionId,
      versionData: { ...rest, version: { ...(row.version as Record<string, unknown>), ...fields } } as never,
      req,
      returning: false,
    })
  }
}

/**
 * Stores a computed validity when it differs from the stored one; returns whether it did. Writes
 * straight through the adapter: the value is derived, so it must not create a version, re-run
 * hooks or publish a pending draft.
 */
async function storeValidity(payload: Payload, doc: Stored, v: Validity, req?: PayloadRequest): Promise<boolean> {
  if (doc.validity === v.status && doc.validityReason === v.reason && doc.validitySince === v.since && (doc.validityExpires ?? null) === v.expiresOn) return false
  // With its change-feed entry, in one transaction (the caller's, or one of its own): every
  // process's catalogue, search facets and pages learn the new validity.
  const r = req ?? (await createLocalReq({}, payload))
  const began = await initTransaction(r)
  try {
    const fields = validityFields(v)
    await payload.db.updateOne({ collection: 'legal-documents', id: doc.id, data: fields, req: r })
    await storeOnLatestVersion(payload, doc.id, fields, r)
    await appendChange(r, 'legal-documents', doc.id, 'update')
    if (began) await commitTransaction(r)
  } catch (err) {
    if (began) await killTransaction(r)
    throw err
  }
  return true
}

/** Recomputes and stores one document's validity. */
export async function refreshValidity(payload: Payload, id: Id, req?: PayloadRequest): Promise<Validity | null> {
  const doc = await payload.findByID({ collection: 'legal-documents', id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
  if (!doc) return null
  const v = validityOf(doc, await incomingRelations(payload, id, req))
  await storeValidity(payload, doc, v, req)
  return v
}

/**
 * Recomputes and stores the validity of many documents with two reads per 200 (the documents,
 * and the published documents acting on them) instead of two per document. Returns how many changed.
 */
export async function refreshValidityOf(payload: Payload, ids: Id[], today = new Date()): Promise<number> {
  let changed = 0
  for (let i = 0; i < ids.length; i += 200) {
    const chunk = ids.slice(i, i + 200)
    const [targets, sources] = await Promise.all([
      payload.find({
        collection: 'legal-documents',
        where: { id: { in: chunk } },
        depth: 0,
        pagination: false,
        draft: false,
        overrideAccess: true,
        select: { effectiveAt: true, expiresAt: true, validityOverride: true, validity: true, validityReason: true, validitySince: true, validityExpires: true },
      }),
      payload.find({
        collection: 'legal-documents',
        where: { and: [{ 'relations.target': { in: chunk } }, { workflowState: { equals: 'published' } }] },
        depth: 0,
        pagination: false,
        draft: false,
        overrideAccess: true,
        select: { numberSymbol: true, effectiveAt: true, issuedAt: true, relations: true },
      }),
    ])
    for (const doc of targets.docs) if (await storeValidity(payload, doc, validityOf(doc, relationsTowards(sources.docs, doc.id), today))) changed++
  }
  return changed
}

/** Recomputes every published document (the nightly job, and at start, as dates pass). */
export async function refreshAllValidity(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'legal-documents', where: { workflowState: { equals: 'published' } }, depth: 0, pagination: false, draft: false, overrideAccess: true, select: { validity: true } })
  return refreshValidityOf(payload, docs.map((d) => d.id))
}
