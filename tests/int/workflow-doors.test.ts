/**
 * The publishing rule at every door: what the public reads is exactly what an approver
 * published. Each case is tried as the role would try it — through Payload's REST API (the
 * same handler as /api/*), the Local API with a user, version restore and bulk update — and
 * judged by what an anonymous reader then sees.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'

let t: TestPayload
let rest: ReturnType<typeof restClient>
const tokens: Record<string, { id: number | string; token: string }> = {}

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  rest = restClient(t.payload, t.key)
  for (const role of ['admin', 'editor', 'approver', 'moderator'] as const) tokens[role] = await staffToken(t.payload, role)
})
afterAll(async () => {
  await t?.cleanup()
})

type Slug = 'legal-documents' | 'news'

/** What an anonymous reader gets: the live document, or null when it is not public. */
async function publicView(payload: Payload, collection: Slug, id: number | string) {
  const { docs } = await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })
  return (docs[0] as unknown as Record<string, unknown> | undefined) ?? null
}

async function auditOf(collection: string, id: number | string) {
  const { docs } = await t.payload.find({ collection: 'audit-log' as never, where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(id) } }] }, sort: 'at', limit: 100, overrideAccess: true })
  return docs as unknown as { action: string; from: string; to: string; by: number | { id: number } | null; reason: string; changes: Record<string, unknown> | null }[]
}

let serial = 0
async function liveDocument() {
  serial += 1
  const doc = await publishDoc(t.payload, { numberSymbol: `${100 + serial}/2026/NĐ-CP`, issuedAt: '2026-03-01T00:00:00.000Z', summary: 'Trích yếu đã công bố', fullText: 'Điều 1. Nội dung gốc\nNội dung đã được phê duyệt.' })
  return doc.id
}

async function liveNews() {
  serial += 1
  const doc = await t.payload.create({ collection: 'news', data: { title: `Tin đã công bố ${serial}`, category: 'news', _status: 'published' } as never, overrideAccess: true })
  return doc.id
}

describe('an editor never changes what the public reads', () => {
  it('REST save with _status published is refused (403, Vietnamese) and the live text stays', async () => {
    const id = await liveDocument()
    const r = await rest('PATCH', `/legal-documents/${id}`, { token: tokens.editor!.token, body: { summary: 'Sửa trái phép', _status: 'published' } })
    expect(r.status).toBe(403)
    expect(JSON.stringify(r.json)).toMatch(/không có quyền xuất bản/)
    expect((await publicView(t.payload, 'legal-documents', id))?.summary).toBe('Trích yếu đã công bố')
  })

  it('REST save of a live document becomes a pending change: the public still reads the approved text', async () => {
    const id = await liveDocument()
    const r = await rest('PATCH', `/legal-documents/${id}`, { token: tokens.editor!.token, body: { summary: 'Bản sửa chờ duyệt' } })
    expect(r.status).toBe(200)
    const live = await publicView(t.payload, 'legal-documents', id)
    expect(live?.summary).toBe('Trích yếu đã công bố')
    expect(live?._status).toBe('published')
    // The change waits as the latest draft version, for an approver.
    const pending = await t.payload.findByID({ collection: 'legal-documents', id, draft: true, overrideAccess: true })
    expect(pending.summary).toBe('Bản sửa chờ duyệt')
    expect((await auditOf('legal-documents', id)).map((e) => e.action)).toContain('Lưu thay đổi chờ phê duyệt')
  })

  it('REST save with _status draft does not take the document off the site', async () => {
    const id = await liveDocument()
    const r = await rest('PATCH', `/legal-documents/${id}`, { token: tokens.editor!.token, body: { _status: 'draft' } })
    expect(r.status).toBeLessThan(500)
    expect((await publicView(t.payload, 'legal-documents', id))?._status).toBe('published')
  })

  it('a bulk update cannot unpublish or publish', async () => {
    const id = await liveDocument()
    const off = await rest('PATCH', `/legal-documents?where[id][equals]=${id}`, { token: tokens.editor!.token, body: { _status: 'draft', summary: 'Gỡ hàng loạt' } })
    expect(off.status).toBeLessThan(500)
    const live = await publicView(t.payload, 'legal-documents', id)
    expect(live?._status).toBe('published')
    expect(live?.summary).toBe('Trích yếu đã công bố')
    const on = await rest('PATCH', `/legal-documents?where[id][equals]=${id}`, { token: tokens.editor!.token, body: { summary: 'Công bố hàng loạt', _status: 'published' } })
    expect(on.status).toBe(403)
    expect((await publicView(t.payload, 'legal-documents', id))?.summary).toBe('Trích yếu đã công bố')
  })

  it('restoring an older version goes live only for an approver; an editor may restore it as a draft', async () => {
    const id = await liveDocument()
    await t.payload.update({ collection: 'legal-documents', id, data: { summary: 'Trích yếu mới đã duyệt', _status: 'published' } as never, overrideAccess: true })
    const { docs: versions } = await t.payload.findVersions({ collection: 'legal-documents', where: { parent: { equals: id } }, sort: 'createdAt', overrideAccess: true })
    const first = versions[0]!
    expect((first.version as { summary: string }).summary).toBe('Trích yếu đã công bố')
    const refused = await rest('POST', `/legal-documents/versions/${first.id}`, { token: tokens.editor!.token })
    expect(refused.status).toBe(403)
    expect((await publicView(t.payload, 'legal-documents', id))?.summary).toBe('Trích yếu mới đã duyệt')
    const asDraft = await rest('POST', `/legal-documents/versions/${first.id}?draft=true`, { token: tokens.editor!.token })
    expect(asDraft.status).toBe(200)
    expect((await publicView(t.payload, 'legal-documents', id))?.summary).toBe('Trích yếu mới đã duyệt')
    const approved = await rest('POST', `/legal-documents/versions/${first.id}`, { token: tokens.approver!.token })
    expect(approved.status).toBe(200)
    expect((await publicView(t.payload, 'legal-documents', id))?.summary).toBe('Trích yếu đã công bố')
    expect((await auditOf('legal-documents', id)).map((e) => e.action)).toContain('Khôi phục phiên bản')
  })

  it('Local API with the editor as user: same rules', async () => {
    const id = await liveDocument()
    const editor = await t.payload.findByID({ collection: 'users', id: tokens.editor!.id, overrideAccess: true })
    await expect(
      t.payload.update({ collection: 'legal-documents', id, data: { summary: 'Qua Local API', _status: 'published' } as never, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await t.payload.update({ collection: 'legal-documents', id, data: { _status: 'draft' } as never, user: editor, overrideAccess: false })
    expect((await publicView(t.payload, 'legal-documents', id))?._status).toBe('published')
  })

  it('deleting is refused to editors, moderators and anonymous callers', async () => {
    const id = await liveDocument()
    for (const token of [tokens.editor!.token, tokens.moderator!.token, undefined]) {
      const r = await rest('DELETE', `/legal-documents/${id}`, { token })
      expect(r.status, `DELETE as ${token ? 'staff' : 'anonymous'}`).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
    }
    expect(await publicView(t.payload, 'legal-documents', id)).not.toBeNull()
  })

  it('moderators and anonymous callers cannot save documents at all', async () => {
    const id = await liveDocument()
    for (const token of [tokens.moderator!.token, undefined]) {
      const r = await rest('PATCH', `/legal-documents/${id}?draft=true`, { token, body: { summary: 'Không được phép' } })
      expect(r.status).toBe(403)
    }
    const pending = await t.payload.findByID({ collection: 'legal-documents', id, draft: true, overrideAccess: true })
    expect(pending.summary).toBe('Trích yếu đã công bố')
  })
})

describe('approvers publish and unpublish, and every transition is logged', () => {
  it('an approver publishes a change and takes a document down; the log says who, from and to', async () => {
    const id = await liveDocument()
    const pub = await rest('PATCH', `/legal-documents/${id}`, { token: tokens.approver!.token, body: { summary: 'Bản sửa đã duyệt', _status: 'published' } })
    expect(pub.status).toBe(200)
    expect((await publicView(t.payload, 'legal-documents', id))?.summary).toBe('Bản sửa đã duyệt')
    // Even an approver cannot silently unpublish a decree: it is withdrawn, with a reason the public page shows.
    const silent = await rest('PATCH', `/legal-documents/${id}`, { token: tokens.approver!.token, body: { _status: 'draft' } })
    expect(silent.status).toBe(400)
    expect((await publicView(t.payload, 'legal-documents', id))?._status).toBe('published')
    const down = await rest('PATCH', `/legal-documents/${id}`, { token: tokens.approver!.token, body: { workflowState: 'withdrawn', withdrawnReason: 'Ban hành không đúng thẩm quyền', _status: 'published' } })
    expect(down.status).toBe(200)
    expect((await publicView(t.payload, 'legal-documents', id))?.workflowState).toBe('withdrawn')
    const log = await auditOf('legal-documents', id)
    const actions = log.map((e) => e.action)
    expect(actions).toContain('Công bố bản sửa đổi')
    const down1 = log.find((e) => e.to === 'Đã gỡ bỏ')!
    expect(down1.from).toBe('Đã công bố')
    expect(down1.reason).toBe('Ban hành không đúng thẩm quyền')
    const by = typeof down1.by === 'object' && down1.by ? down1.by.id : down1.by
    expect(by).toBe(tokens.approver!.id)
  })

  it('the audit log is not readable by editors or the public', async () => {
    expect((await rest('GET', '/audit-log', { token: tokens.editor!.token })).status).toBe(403)
    expect((await rest('GET', '/audit-log')).status).toBe(403)
    expect((await rest('GET', '/audit-log', { token: tokens.approver!.token })).status).toBe(200)
    expect((await rest('POST', '/audit-log', { token: tokens.admin!.token, body: { at: new Date().toISOString(), collectionSlug: 'x', docId: '1', action: 'giả mạo' } })).status).toBe(403)
  })
})

describe('section items (news) follow the same rule', () => {
  it('an editor cannot publish, unpublish or restore live news; an approver can', async () => {
    const id = await liveNews()
    expect((await rest('PATCH', `/news/${id}`, { token: tokens.editor!.token, body: { title: 'Tin sửa trái phép', _status: 'published' } })).status).toBe(403)
    expect((await rest('PATCH', `/news/${id}`, { token: tokens.editor!.token, body: { _status: 'draft' } })).status).toBeLessThan(500)
    expect((await rest('PATCH', `/news/${id}`, { token: tokens.editor!.token, body: { title: 'Tin sửa chờ duyệt' } })).status).toBe(200)
    const live = await publicView(t.payload, 'news', id)
    expect(live?._status).toBe('published')
    expect(live?.title).toMatch(/^Tin đã công bố/)
    const { docs: versions } = await t.payload.findVersions({ collection: 'news', where: { parent: { equals: id } }, sort: 'createdAt', overrideAccess: true })
    expect((await rest('POST', `/news/versions/${versions[0]!.id}`, { token: tokens.editor!.token })).status).toBe(403)
    expect((await rest('PATCH', `/news/${id}`, { token: tokens.approver!.token, body: { _status: 'draft' } })).status).toBe(200)
    expect(await publicView(t.payload, 'news', id)).toBeNull()
    expect((await auditOf('news', id)).map((e) => e.action)).toEqual(expect.arrayContaining(['Lưu thay đổi chờ phê duyệt', 'Gỡ xuống']))
  })
})

describe('reference data that carries legal rules', () => {
  it('editors cannot change a document type\'s minimum consultation days; approvers can, and the change is logged', async () => {
    const { docs } = await t.payload.find({ collection: 'document-types', where: { name: { equals: 'Nghị định' } }, overrideAccess: true })
    const type = docs[0]!
    const refused = await rest('PATCH', `/document-types/${type.id}`, { token: tokens.editor!.token, body: { minimumConsultationDays: 1 } })
    expect(refused.status).toBe(403)
    expect((await rest('POST', '/issuers', { token: tokens.editor!.token, body: { name: 'Cơ quan giả' } })).status).toBe(403)
    expect((await rest('DELETE', `/document-types/${type.id}`, { token: tokens.editor!.token })).status).toBe(403)
    const before = type.minimumConsultationDays ?? null
    const ok = await rest('PATCH', `/document-types/${type.id}`, { token: tokens.approver!.token, body: { minimumConsultationDays: 45 } })
    expect(ok.status).toBe(200)
    const entry = (await auditOf('document-types', type.id)).at(-1)!
    expect(entry.action).toBe('Sửa mục danh mục')
    expect(entry.changes).toEqual({ minimumConsultationDays: { from: before, to: 45 } })
  })
})
