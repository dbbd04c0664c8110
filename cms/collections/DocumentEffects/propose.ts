/**
 * "Đề xuất tác động": reads an amending document's full text, recognises its amending formulas
 * (cms/lib/effects/propose.ts) and stores each as a *proposed* effect on the amended document,
 * for a publisher to confirm. Runs as the signed-in user through the Local API with access
 * enforced, so it can do no more than that user could by hand; nothing the client sends but
 * the choice of target document is used. What cannot be placed comes back for manual entry.
 */
import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { isIn, writers } from '../../access/policy'
import { effectRecord, proposeEffects } from '../../lib/effects/propose'
import type { UnplacedInstruction } from '../../lib/effects/types'
import { parseLegalText } from '../../lib/legal-text'
import { fieldsInvalid } from '../../lib/field-errors'
import { findByNumberSymbol } from '../LegalDocuments/findByNumberSymbol'
import { DOCUMENT_EFFECTS_SLUG } from '.'

type Id = number | string

/** Relation types by which the amending document names what it changes. */
const CHANGING = new Set(['amends', 'replaces', 'repeals', 'suspends', 'stopsEffect'])
/** "… của Nghị định số 02/2025/NĐ-CP", "Thông tư 15/2020/TT-BTC": the document named in a title. */
const NAMED = /(?:số\s+)?(\d+[a-zđ]?\/(?:\d{4}\/)?[\p{Lu}Đ0-9][\p{L}0-9Đđ-]*(?:\/[\p{L}0-9Đđ-]+)?)/giu

/** The result the admin shows. */
export interface ProposeResult {
  target: { id: Id; numberSymbol: string }
  created: number
  /** Proposals already stored (same provision, operation and amending provision). */
  existing: number
  unplaced: UnplacedInstruction[]
}

const idOf = (v: unknown): Id | null => (v && typeof v === 'object' ? ((v as { id?: Id }).id ?? null) : ((v as Id | null | undefined) ?? null))

/** The amended document: the one asked for, else the only one the relations name, else the only one the summary names. */
async function findTarget(payload: Payload, req: PayloadRequest, amending: { id: Id; summary?: string | null; relations?: { type?: string | null; target?: unknown }[] | null }, asked: Id | null) {
  const load = (id: Id) => payload.findByID({ collection: 'legal-documents', id, depth: 0, draft: true, overrideAccess: false, user: req.user, req, select: { numberSymbol: true } }).catch(() => null)
  if (asked !== null) return load(asked)
  const related = [...new Set((amending.relations ?? []).filter((r) => CHANGING.has(String(r.type))).map((r) => idOf(r.target)).filter((v): v is Id => v !== null).map(String))]
  if (related.length === 1) return load(related[0]!)
  if (related.length > 1) return null
  const named = new Map<string, Id>()
  for (const m of String(amending.summary ?? '').matchAll(NAMED)) {
    const doc = await findByNumberSymbol(payload, m[1]!, { publicOnly: false })
    if (doc && String(doc.id) !== String(amending.id)) named.set(String(doc.id), doc.id)
  }
  return named.size === 1 ? load([...named.values()][0]!) : null
}

/** Proposes the effects of document `amendingId` on its target as `req.user`. */
export async function proposeForDocument(req: PayloadRequest, amendingId: Id, askedTarget: Id | null): Promise<ProposeResult> {
  const { payload } = req
  const amending = await payload
    .findByID({ collection: 'legal-documents', id: amendingId, depth: 0, draft: true, overrideAccess: false, user: req.user, req, select: { numberSymbol: true, summary: true, fullText: true, effectiveAt: true, issuedAt: true, relations: true } })
    .catch(() => null)
  if (!amending) throw new APIError('Không tìm thấy văn bản.', 404, undefined, true)
  if (!amending.fullText?.trim()) throw fieldsInvalid(req, 'legal-documents', [{ path: 'fullText', message: 'Cần toàn văn của văn bản sửa đổi để đề xuất tác động.' }])
  const effectiveAt = amending.effectiveAt ?? amending.issuedAt
  if (!effectiveAt) throw fieldsInvalid(req, 'legal-documents', [{ path: 'effectiveAt', message: 'Cần ngày có hiệu lực (hoặc ngày ban hành) của văn bản sửa đổi.' }])
  const target = await findTarget(payload, req, amending, askedTarget)
  if (!target) {
    throw fieldsInvalid(req, 'legal-documents', [
      { path: 'relations', message: 'Không xác định được văn bản bị sửa đổi: thêm một quan hệ “Sửa đổi, bổ sung” (hoặc thay thế, bãi bỏ) tới đúng một văn bản, hoặc chọn văn bản khi đề xuất.' },
    ])
  }
  if (String(target.id) === String(amending.id)) throw fieldsInvalid(req, 'legal-documents', [{ path: 'relations', message: 'Văn bản sửa đổi phải khác văn bản bị sửa đổi.' }])
  const { effects, unplaced } = proposeEffects(parseLegalText(amending.fullText))
  const { docs: stored } = await payload.find({
    collection: DOCUMENT_EFFECTS_SLUG,
    where: { and: [{ amending: { equals: amending.id } }, { document: { equals: target.id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { targetAnchor: true, operation: true, source: true },
  })
  const key = (e: { targetAnchor?: string | null; operation?: string | null; source?: string | null }) => `${e.targetAnchor}|${e.operation}|${e.source}`
  const have = new Set(stored.map(key))
  let created = 0
  let existing = 0
  for (const e of effects) {
    if (have.has(key({ targetAnchor: e.target, operation: e.operation, source: e.source }))) {
      existing++
      continue
    }
    await payload.create({
      collection: DOCUMENT_EFFECTS_SLUG,
      overrideAccess: false,
      user: req.user,
      req,
      data: effectRecord(e, target.id, amending.id, effectiveAt),
    })
    have.add(key({ targetAnchor: e.target, operation: e.operation, source: e.source }))
    created++
  }
  return { target: { id: target.id, numberSymbol: target.numberSymbol ?? '' }, created, existing, unplaced }
}

/** POST /api/legal-documents/:id/de-xuat-tac-dong, body `{ "target": id }` optional: writers only. */
export const proposeEffectsEndpoint: Endpoint = {
  path: '/:id/de-xuat-tac-dong',
  method: 'post',
  handler: async (req) => {
    const user = req.user as TypedUser | null
    if (!user || !isIn(user, writers)) return Response.json({ errors: [{ message: 'Chỉ biên tập viên, người phê duyệt hoặc quản trị viên được đề xuất tác động.' }] }, { status: user ? 403 : 401 })
    const id = req.routeParams?.id as string | undefined
    let body: Record<string, unknown> = {}
    try {
      body = req.json ? ((await req.json()) as Record<string, unknown>) ?? {} : {}
    } catch {
      body = {}
    }
    const rawTarget = body?.target
    if (rawTarget !== undefined && rawTarget !== null && rawTarget !== '' && !/^[0-9a-f]{1,24}$/i.test(String(rawTarget))) {
      return Response.json({ errors: [{ message: 'Văn bản bị sửa đổi không hợp lệ.', field: 'target' }] }, { status: 400 })
    }
    const target = rawTarget === undefined || rawTarget === null || rawTarget === '' ? null : /^\d+$/.test(String(rawTarget)) && payloadUsesNumbers(req) ? Number(rawTarget) : String(rawTarget)
    const amendingId = id && /^\d+$/.test(id) && payloadUsesNumbers(req) ? Number(id) : String(id ?? '')
    // All the proposals or none: an interrupted run leaves nothing half-stored.
    const began = await initTransaction(req)
    try {
      const result = await proposeForDocument(req, amendingId, target)
      if (began) await commitTransaction(req)
      return Response.json(result, { status: 200 })
    } catch (err) {
      if (began) await killTransaction(req)
      throw err
    }
  },
}

/** SQL adapters number their ids; MongoDB uses strings. */
function payloadUsesNumbers(req: PayloadRequest): boolean {
  return req.payload.db.defaultIDType === 'number'
}
