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
import { GET as docxRoute } from '../../site/pages/van-ban/[year]/[slug]/hop-nhat.docx'
import { createTestPayload, type TestPayload } from '../helpers/payload'

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
