/**
 * "Tạo văn bản hợp nhất": from a published document with confirmed effects, creates a draft
 * legal document of type "Văn bản hợp nhất" (Law on Promulgation of Legal Documents 2025 Art 65)
 * whose full text is generated here — the text in force on the chosen day with a footnote per
 * change — and which "hợp nhất" the base document (the relation shows on both pages once it
 * is published). The client gives only the new document's number-symbol and dates; it goes
 * through the usual review and publication, as the signed-in user, with access enforced.
 */
import { APIError, type Endpoint, type PayloadRequest, type TypedUser } from 'payload'

import { isIn, writers } from '../../access/policy'
import { vnDayKey } from '../../lib/dates'
import { textOnDate } from '../../lib/effects/apply'
import { consolidatedPlainText } from '../../lib/effects/consolidated-docx'
import { readDateParam } from '../../lib/effects/date-param'
import { fieldsInvalid } from '../../lib/field-errors'
import { parseLegalText } from '../../lib/legal-text'
import { confirmedEffectsOf } from '../DocumentEffects/applied'

type Id = number | string

/** Creates the draft VBHN of document `baseId`; returns its id. */
export async function createConsolidated(req: PayloadRequest, baseId: Id, input: { numberSymbol?: unknown; ngay?: unknown }): Promise<{ id: Id; numberSymbol: string; day: string }> {
  const { payload } = req
  const numberSymbol = typeof input.numberSymbol === 'string' ? input.numberSymbol.normalize('NFC').trim() : ''
  const today = vnDayKey(new Date())
  const day = readDateParam(typeof input.ngay === 'string' && input.ngay.trim() ? input.ngay : null, today)
  const problems: { path: string; message: string }[] = []
  if (!numberSymbol) problems.push({ path: 'numberSymbol', message: 'Cần số, ký hiệu của văn bản hợp nhất (ví dụ 05/VBHN-BTP).' })
  if (!day.ok) problems.push({ path: 'effectiveAt', message: day.message })
  if (problems.length) throw fieldsInvalid(req, 'legal-documents', problems)
  const base = await payload.findByID({ collection: 'legal-documents', id: baseId, depth: 0, draft: false, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!base || base.workflowState !== 'published' || !base.fullText) throw new APIError('Chỉ hợp nhất được văn bản đã công bố có toàn văn.', 404, undefined, true)
  const effects = await confirmedEffectsOf(payload, base.id, req)
  if (!effects.length) throw fieldsInvalid(req, 'legal-documents', [{ path: 'relations', message: 'Văn bản chưa có tác động sửa đổi nào đã được xác nhận: chưa có gì để hợp nhất.' }])
  const { docs: types } = await payload.find({ collection: 'document-types', where: { code: { equals: 'VBHN' } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (!types[0]) throw new APIError('Chưa có loại văn bản “Văn bản hợp nhất” (mã VBHN) trong danh mục.', 409, undefined, true)
  const pit = textOnDate(parseLegalText(base.fullText), effects, day.ok ? day.day : today)
  const created = await payload.create({
    collection: 'legal-documents',
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
    data: {
      documentType: types[0].id,
      issuer: typeof base.issuer === 'object' ? base.issuer.id : base.issuer,
      numberSymbol,
      issuedAt: new Date().toISOString(),
      summary: base.summary,
      fields: (base.fields ?? []).map((f) => (typeof f === 'object' ? f.id : f)),
      fullText: consolidatedPlainText(pit),
      relations: [{ type: 'consolidates', target: base.id }],
      workflowState: 'draft',
    } as never,
  })
  return { id: created.id, numberSymbol, day: day.ok ? day.day : today }
}

/** POST /api/legal-documents/:id/van-ban-hop-nhat `{ numberSymbol, ngay? }`: writers only. */
export const consolidateEndpoint: Endpoint = {
  path: '/:id/van-ban-hop-nhat',
  method: 'post',
  handler: async (req) => {
    const user = req.user as TypedUser | null
    if (!user || !isIn(user, writers)) return Response.json({ errors: [{ message: 'Chỉ biên tập viên, người phê duyệt hoặc quản trị viên được tạo văn bản hợp nhất.' }] }, { status: user ? 403 : 401 })
    let body: Record<string, unknown> = {}
    try {
      body = ((req.json ? await req.json() : {}) as Record<string, unknown>) ?? {}
    } catch {
      body = {}
    }
    const raw = String(req.routeParams?.id ?? '')
    const id = req.payload.db.defaultIDType === 'number' && /^\d+$/.test(raw) ? Number(raw) : raw
    const result = await createConsolidated(req, id, body && typeof body === 'object' ? body : {})
    return Response.json(result, { status: 201 })
  },
}
