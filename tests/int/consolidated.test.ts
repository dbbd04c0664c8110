/**
 * The consolidated text (issue 14 item 3) of the seeded amendment pair: footnotes in the VBHN
 * wording on the page's HTML and as real footnotes in the Word file; 404 without effects, 400
 * for a date that cannot be read.
 */
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { pointInTimeView } from '../../site/lib/cms/effects'
import { provisionView } from '../../site/lib/cms/provisions'
import { GET as docxRoute } from '../../site/pages/van-ban/[year]/[slug]/hop-nhat.docx'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

const byNumber = async (numberSymbol: string) =>
  (await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: numberSymbol } }, overrideAccess: true, limit: 1, depth: 0 })).docs[0]!
const get = (doc: { year?: number | null; slug?: string | null }, query = '') =>
  docxRoute({ params: { year: String(doc.year), slug: doc.slug }, url: new URL(`http://cong.test/van-ban/${doc.year}/${doc.slug}/hop-nhat.docx${query}`) } as never) as Promise<Response>

describe('the consolidated text', () => {
  it('footnotes each changed provision with the amending provision, document and date', async () => {
    const original = await byNumber('02/2025/NĐ-MAU')
    const view = await pointInTimeView(original, new URLSearchParams('ngay=2026-04-01'), true)
    expect(view!.html).toContain('<section class="footnotes"')
    expect(view!.html).toMatch(/được sửa đổi, bổ sung theo quy định tại khoản 2 Điều 1 Nghị định số 03\/2026\/NĐ-MAU, có hiệu lực kể từ ngày \d{2}\/\d{2}\/2026\./)
    expect(view!.html).toMatch(/Điểm này được bãi bỏ theo quy định tại khoản 3 Điều 1 Nghị định số 03\/2026\/NĐ-MAU/)
    // Each footnote mark links to its note and back.
    const refs = view!.html.match(/href="#chu-thich-\d+"/g) ?? []
    expect(refs.length).toBe(view!.pit!.changes.length)
  })

  it('downloads as a Word file with the text and real footnotes', async () => {
    const original = await byNumber('02/2025/NĐ-MAU')
    const res = await get(original, '?ngay=01/04/2026')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Văn bản hợp nhất')}`)
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
    const body = await zip.file('word/document.xml')!.async('string')
    const notes = await zip.file('word/footnotes.xml')!.async('string')
    expect(body).toContain('VĂN BẢN HỢP NHẤT NGHỊ ĐỊNH SỐ 02/2025/NĐ-MAU')
    expect(body).toContain('2 ngày làm việc')
    expect(body.match(/<w:footnoteReference /g)?.length).toBeGreaterThan(0)
    expect(notes).toContain('Nghị định số 03/2026/NĐ-MAU')
    expect(notes).toContain('có hiệu lực kể từ ngày')
  })

  it('is 404 for a document without confirmed effects and 400 for a date it cannot read', async () => {
    const plain = await byNumber('15/CT-TTg')
    expect((await get(plain)).status).toBe(404)
    const original = await byNumber('02/2025/NĐ-MAU')
    const bad = await get(original, '?ngay=31/02/2026')
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/không hợp lệ/)
  })
})

describe('publishing it as a document of type "Văn bản hợp nhất"', () => {
  it('an editor creates the draft with a generated text and the relation; an approver publishes; both pages link each other', async () => {
    const rest = restClient(t.payload, t.key)
    const editor = await staffToken(t.payload, 'editor')
    const original = await byNumber('02/2025/NĐ-MAU')
    const path = `/legal-documents/${original.id}/van-ban-hop-nhat`
    expect((await rest('POST', path, { body: { numberSymbol: '01/VBHN-MAU' } })).status).toBe(401)
    const moderator = await staffToken(t.payload, 'moderator')
    expect((await rest('POST', path, { token: moderator.token, body: { numberSymbol: '01/VBHN-MAU' } })).status).toBe(403)
    const missing = await rest('POST', path, { token: editor.token, body: { fullText: 'chữ của client' } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('Cần số, ký hiệu của văn bản hợp nhất')

    const res = await rest('POST', path, { token: editor.token, body: { numberSymbol: '01/VBHN-MAU', ngay: '01/04/2026', fullText: 'chữ của client' } })
    expect(res.status).toBe(201)
    const vbhn = await t.payload.findByID({ collection: 'legal-documents', id: res.json.id, draft: true, overrideAccess: true, depth: 1 })
    expect(vbhn.workflowState).toBe('draft')
    expect(typeof vbhn.documentType === 'object' && vbhn.documentType?.name).toBe('Văn bản hợp nhất')
    expect(vbhn.fullText).not.toContain('chữ của client')
    expect(vbhn.fullText).toContain('2 ngày làm việc')
    expect(vbhn.fullText).toMatch(/\[1\] .*Nghị định số 03\/2026\/NĐ-MAU/)
    expect((vbhn.relations ?? []).map((r) => [r.type, typeof r.target === 'object' ? r.target?.id : r.target])).toEqual([['consolidates', original.id]])

    // The approver publishes it the usual way; the base document then shows "Được hợp nhất bởi".
    const approver = await createUser(t.payload, 'approver')
    await t.payload.update({ collection: 'legal-documents', id: vbhn.id, data: { workflowState: 'published', _status: 'published' } as never, user: approver, overrideAccess: false })
    const { documentContext } = await import('../../site/lib/cms/documents')
    const baseCtx = await documentContext((await t.payload.findByID({ collection: 'legal-documents', id: original.id, depth: 1, overrideAccess: false })) as never)
    const group = baseCtx.relations.find((g) => g.type === 'consolidates' && g.direction === 'incoming')
    expect(group?.label).toBe('Được hợp nhất bởi')
    expect(group?.items.map((i) => i.numberSymbol)).toContain('01/VBHN-MAU')
  })

  it('refuses a document without confirmed effects, naming why', async () => {
    const rest = restClient(t.payload, t.key)
    const editor = await staffToken(t.payload, 'editor')
    const plain = await byNumber('15/CT-TTg')
    const res = await rest('POST', `/legal-documents/${plain.id}/van-ban-hop-nhat`, { token: editor.token, body: { numberSymbol: '02/VBHN-MAU' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('chưa có tác động sửa đổi nào đã được xác nhận')
  })
})

describe('a provision on a date', () => {
  it('shows the wording in force on the day asked for, the amendment with a link to the amending provision, and the way back', async () => {
    const original = await byNumber('02/2025/NĐ-MAU')
    const before = await provisionView(original as never, 'dieu-3-khoan-1', undefined, new URLSearchParams('ngay=01/06/2025'))
    expect(before!.text).toContain('5 ngày làm việc')
    expect(before!.changes).toEqual([expect.objectContaining({ mark: 'Được sửa đổi', by: 'khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU', effectiveAt: '2026-04-01', applied: false })])
    const after = await provisionView(original as never, 'dieu-3-khoan-1', undefined, new URLSearchParams('ngay=2026-04-01'))
    expect(after!.text).toContain('2 ngày làm việc')
    expect(after!.changes[0]).toMatchObject({ applied: true, href: expect.stringMatching(/^\/van-ban\/2026\/[^/]+\/dieu-1-khoan-2$/) })
    // An inserted article exists only from its effective date; a bad date is reported.
    expect(await provisionView(original as never, 'dieu-4a', undefined, new URLSearchParams('ngay=01/06/2025'))).toBeNull()
    expect((await provisionView(original as never, 'dieu-4a', undefined, new URLSearchParams('ngay=02/04/2026')))!.changes[0]).toMatchObject({ mark: 'Được bổ sung' })
    expect((await provisionView(original as never, 'dieu-3', undefined, new URLSearchParams('ngay=99/99/2026')))!.pointInTime!.error).toMatch(/không hợp lệ/)
    // The amending provision links back to what it amends.
    const amending = await byNumber('03/2026/NĐ-MAU')
    const source = await provisionView(amending as never, 'dieu-1-khoan-2')
    expect(source!.amends).toEqual([expect.objectContaining({ label: 'khoản 1 Điều 3 Nghị định số 02/2025/NĐ-MAU', href: expect.stringMatching(/\/dieu-3-khoan-1$/) })])
  })
})

