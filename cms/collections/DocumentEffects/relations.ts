/**
 * The document relations follow from the confirmed effects (issue 14): an amending document
 * whose effects on another are confirmed holds, towards it, "Sửa đổi, bổ sung" (for amendments,
 * insertions and phrase substitutions) and one "Bãi bỏ", "Thay thế", "Đình chỉ" or "Tạm ngưng hiệu
 * lực" per provision repealed, replaced, suspended or stopped. Validity, both documents' pages,
 * the API and feeds read those relations as before. Written through the adapter, like the
 * derived validity: no new version, no hooks, no pending draft published. Rows an editor typed
 * are kept; rows for a provision (anchor in the article column) are the effects', and go when
 * their effect is no longer confirmed.
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { appendChange } from '../../feed/append'
import type { LegalDocument } from '../../payload-types'
import { refreshValidity } from '../LegalDocuments/validity'
import { DOCUMENT_EFFECTS_SLUG } from '.'

type Id = number | string
type Relation = NonNullable<LegalDocument['relations']>[number]

/** The relation each operation implies; amendments of any kind make one document-wide "amends". */
const RELATION_OF: Record<string, string> = { amend: 'amends', insert: 'amends', substitute: 'amends', replace: 'replaces', repeal: 'repeals', suspend: 'suspends', cease: 'stopsEffect' }
const PROVISION_TYPES = new Set(['replaces', 'repeals', 'suspends', 'stopsEffect'])
const ANCHOR = /^dieu-[0-9a-z]+(?:-khoan-[0-9a-z]+(?:-diem-[0-9a-z]+)?)?$/

/** A new array row's id, in the form Payload gives them (24 hex digits, like a MongoDB ObjectId). */
const rowId = () => crypto.randomBytes(12).toString('hex')

const idOf = (v: unknown): string => String(v && typeof v === 'object' ? (v as { id?: Id }).id : v)

/** Returns the relations `current` should hold towards `target` given the confirmed effects. */
export function relationsWithEffects(current: Relation[], target: Id, confirmed: { operation: string; targetAnchor: string; effectiveAt: string }[]): Relation[] {
  const towards = (r: Relation) => idOf(r.target) === String(target)
  // Provision rows towards the target are the effects' own: recomputed below.
  const kept = current.filter((r) => !(towards(r) && PROVISION_TYPES.has(String(r.type)) && ANCHOR.test(String(r.article ?? ''))))
  const out: Relation[] = kept.map((r) => ({ ...r }))
  const amendments = confirmed.filter((e) => RELATION_OF[e.operation] === 'amends').map((e) => e.effectiveAt).sort()
  if (amendments.length && !kept.some((r) => towards(r) && r.type === 'amends')) {
    out.push({ id: rowId(), type: 'amends', target: target as number, article: null, effectiveAt: amendments[0] } as Relation)
  }
  const seen = new Set<string>()
  for (const e of confirmed) {
    const type = RELATION_OF[e.operation]
    if (!type || !PROVISION_TYPES.has(type) || seen.has(`${type}|${e.targetAnchor}`)) continue
    seen.add(`${type}|${e.targetAnchor}`)
    out.push({ id: rowId(), type, target: target as number, article: e.targetAnchor, effectiveAt: e.effectiveAt } as Relation)
  }
  return out
}

/** Comparable form of a relation list (ids and row ids aside). */
const shape = (rows: Relation[]) => JSON.stringify(rows.map((r) => [r.type, idOf(r.target), r.article ?? null, r.effectiveAt ? new Date(r.effectiveAt).toISOString() : null]))

/** Brings document `amending`'s relations towards `target` in line with their confirmed effects. */
export async function syncEffectRelations(payload: Payload, req: PayloadRequest, amending: Id, target: Id): Promise<void> {
  const { docs: confirmed } = await payload.find({
    collection: DOCUMENT_EFFECTS_SLUG,
    where: { and: [{ amending: { equals: amending } }, { document: { equals: target } }, { status: { equals: 'confirmed' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { operation: true, targetAnchor: true, effectiveAt: true },
  })
  const doc = await payload.db.findOne<LegalDocument>({ collection: 'legal-documents', where: { id: { equals: amending } }, req })
  if (!doc) return
  const current = (doc.relations ?? []) as Relation[]
  const next = relationsWithEffects(current, target, confirmed as { operation: string; targetAnchor: string; effectiveAt: string }[])
  if (shape(next) === shape(current)) return
  // Targets as the adapter stores them (numbers on SQL, strings on MongoDB), never populated.
  const asId = (v: unknown): Id => (payload.db.defaultIDType === 'number' ? Number(idOf(v)) : idOf(v))
  const rows = next.map((r) => ({ ...r, target: asId(r.target) }))
  await payload.db.updateOne({ collection: 'legal-documents', id: amending, data: { relations: rows }, req })
  // The admin shows the latest version: it carries the same relations.
  const { docs: latest } = await payload.db.findVersions({ collection: 'legal-documents', where: { and: [{ parent: { equals: amending } }, { latest: { equals: true } }] }, limit: 0, pagination: false, req })
  for (const row of latest) {
    const { id: versionId, ...rest } = row as typeof row & { _id?: unknown }
    delete (rest as { _id?: unknown })._id
    const version = row.version as Record<string, unknown>
    const merged = relationsWithEffects((version.relations ?? []) as Relation[], target, confirmed as { operation: string; targetAnchor: string; effectiveAt: string }[])
    const relations = merged.map((r) => ({ ...r, target: asId(r.target) }))
    await payload.db.updateVersion({ collection: 'legal-documents', id: versionId, versionData: { ...rest, version: { ...version, relations } } as never, req, returning: false })
  }
  await appendChange(req, 'legal-documents', amending, 'update')
  // The target's validity and its page ("Được sửa đổi, bổ sung bởi …") follow.
  await refreshValidity(payload, target, req)
  await appendChange(req, 'legal-documents', target, 'update')
}
