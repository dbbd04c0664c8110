import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { startPageService, type PageServiceHandle } from '../../server/page-store'
import { PageStore } from '../../server/page-store/store'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'

const HOST = 'cong.vidu.gov.vn'
let t: TestPayload
let pages: PageServiceHandle
let dir: string

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'))
  pages = startPageService(t.payload, { dir, hosts: [HOST] })
  await pages.loaded
})
afterAll(async () => {
  await pages?.close()
  await t?.cleanup()
  fs.rmSync(dir, { recursive: true, force: true })
})

const page = (text: string) => ({ status: 200, headers: [['content-type', 'text/html']] as [string, string][], body: Buffer.from(text) })
const pathOf = (d: { year?: number | null; slug?: string | null }) => `/van-ban/${d.year}/${d.slug}`

/** Publishes a document and waits until the page service has read it back. */
async function published(data: Record<string, unknown>) {
  const doc = await publishDoc(t.payload, data)
  await pages.graph.settled()
  return doc
}

describe('stored document pages', () => {
  it('serves a stored page while nothing it shows changes, and stops once something does', async () => {
    const a = await published({ numberSymbol: '21/2022/NĐ-CP', issuedAt: '2022-03-01T00:00:00+07:00', fullText: 'Điều 1. Phạm vi\nNội dung.' })
    const p = pathOf(a)
    const first = pages.fingerprint(p)!
    expect(first).toBeTruthy()
    pages.put(HOST, p, first, page('bản 1'))
    await pages.store.flush()
    expect((await pages.get(HOST, p, first))?.body.toString()).toBe('bản 1')

    // A document that has nothing to do with it leaves the page as stored.
    await published({ numberSymbol: '22/2022/NĐ-CP', issuedAt: '2022-04-01T00:00:00+07:00' })
    expect(pages.fingerprint(p)).toBe(first)

    // A document that repeals it: the page shows the relation and a new validity.
    await published({ numberSymbol: '23/2022/NĐ-CP', issuedAt: '2022-05-01T00:00:00+07:00', relations: [{ type: 'repeals', target: a.id }] })
    const second = pages.fingerprint(p)!
    expect(second).toBeTruthy()
    expect(second).not.toBe(first)
    expect(await pages.get(HOST, p, second)).toBeNull()
  })

  it('changes when a text citing it is published ("Được dẫn chiếu bởi"), and when a document its text cites is published (the citation becomes a link)', async () => {
    const cited = await published({ numberSymbol: '61/2021/NĐ-CP', issuedAt: '2021-08-01T00:00:00+07:00' })
    const citedPage = pathOf(cited)
    const before = pages.fingerprint(citedPage)!
    expect(before).toBeTruthy()
    const citing = await published({ numberSymbol: '62/2021/NĐ-CP', issuedAt: '2021-09-01T00:00:00+07:00', fullText: 'Điều 1. Căn cứ\nThi hành Nghị định số 61/2021/NĐ-CP và Nghị định số 63/2021/NĐ-CP.' })
    const listed = pages.fingerprint(citedPage)
    expect(listed).toBeTruthy()
    expect(listed).not.toBe(before)

    // 63/2021 is not on the portal yet: the citing page shows it as plain text, until it is published.
    const citingPage = pathOf(citing)
    const plain = pages.fingerprint(citingPage)!
    await published({ numberSymbol: '63/2021/NĐ-CP', issuedAt: '2021-10-01T00:00:00+07:00' })
    const linked = pages.fingerprint(citingPage)
    expect(linked).toBeTruthy()
    expect(linked).not.toBe(plain)
    // A new text that cites neither leaves both pages as stored.
    await published({ numberSymbol: '64/2021/NĐ-CP', issuedAt: '2021-11-01T00:00:00+07:00', fullText: 'Điều 1. Phạm vi\nKhông dẫn chiếu.' })
    expect(pages.fingerprint(citingPage)).toBe(linked)
    expect(pages.fingerprint(citedPage)).toBe(listed)
  })

  it('renders live while a change to the document is being saved, then takes the new version', async () => {
    const a = await published({ numberSymbol: '24/2022/NĐ-CP', issuedAt: '2022-06-01T00:00:00+07:00' })
    const p = pathOf(a)
    const before = pages.fingerprint(p)
    await t.payload.update({ collection: 'legal-documents', id: a.id, data: { summary: 'Trích yếu đã sửa' }, overrideAccess: true })
    expect(pages.fingerprint(p)).toBeNull()
    await pages.graph.settled()
    const after = pages.fingerprint(p)
    expect(after).toBeTruthy()
    expect(after).not.toBe(before)
  })

  it('changes every page when the portal settings change', async () => {
    const a = await published({ numberSymbol: '25/2022/NĐ-CP', issuedAt: '2022-07-01T00:00:00+07:00' })
    const p = pathOf(a)
    const before = pages.fingerprint(p)
    await t.payload.updateGlobal({ slug: 'settings', data: { portalName: 'Cổng thông tin thử nghiệm' }, overrideAccess: true })
    expect(pages.fingerprint(p)).toBeNull()
    await pages.graph.settled()
    expect(pages.fingerprint(p)).not.toBe(before)
  })

  it('changes on the day the document takes effect, not before', async () => {
    const a = await published({ numberSymbol: '26/2026/NĐ-CP', issuedAt: '2026-11-01T00:00:00+07:00', effectiveAt: '2027-01-01T00:00:00+07:00' })
    const p = pathOf(a)
    const eve1 = pages.graph.fingerprint(p, new Date('2026-12-30T10:00:00+07:00'))
    const eve2 = pages.graph.fingerprint(p, new Date('2026-12-31T10:00:00+07:00'))
    const day = pages.graph.fingerprint(p, new Date('2027-01-01T10:00:00+07:00'))
    expect(eve2).toBe(eve1)
    expect(day).not.toBe(eve1)
  })

  it('forgets a withdrawn document’s neighbours’ stored pages and knows no unpublished path', async () => {
    const a = await published({ numberSymbol: '27/2022/NĐ-CP', issuedAt: '2022-08-01T00:00:00+07:00' })
    const b = await published({ numberSymbol: '28/2022/NĐ-CP', issuedAt: '2022-09-01T00:00:00+07:00', relations: [{ type: 'guides', target: a.id }] })
    const before = pages.fingerprint(pathOf(a))
    await t.payload.update({ collection: 'legal-documents', id: b.id, data: { workflowState: 'withdrawn', withdrawnReason: 'Đăng nhầm' }, overrideAccess: true })
    await pages.graph.settled()
    expect(pages.fingerprint(pathOf(a))).not.toBe(before)
    expect(pages.fingerprint('/van-ban/2022/khong-co')).toBeNull()
    const draft = await t.payload.create({ collection: 'legal-documents', data: { numberSymbol: '29/2022/NĐ-CP', issuedAt: '2022-10-01T00:00:00+07:00', summary: 'Nháp', documentType: a.documentType, issuer: a.issuer } as never, overrideAccess: true })
    expect(pages.fingerprint(pathOf(draft))).toBeNull()
  })

  it('stores pages only for the portal’s own host names', async () => {
    const a = await published({ numberSymbol: '30/2022/NĐ-CP', issuedAt: '2022-11-01T00:00:00+07:00' })
    const p = pathOf(a)
    const fp = pages.fingerprint(p)!
    pages.put('ke-gia-mao.example', p, fp, page('giả'))
    await pages.store.flush()
    expect(await pages.get('ke-gia-mao.example', p, fp)).toBeNull()
    expect(pages.store.fingerprintOf(`ke-gia-mao.example${p}`)).toBeUndefined()
  })

  it('keeps stored pages across a restart', async () => {
    const a = await published({ numberSymbol: '31/2022/NĐ-CP', issuedAt: '2022-12-01T00:00:00+07:00' })
    const p = pathOf(a)
    const fp = pages.fingerprint(p)!
    pages.put(HOST, p, fp, page('lưu lâu'))
    pages.put(HOST, p, fp, page('lưu lâu, bản sau'))
    await pages.store.flush()
    const reopened = new PageStore(dir)
    reopened.open()
    expect((await reopened.get(`${HOST}${p}`, fp))?.body.toString()).toBe('lưu lâu, bản sau')
    // Readers who accept gzip get the compressed copy of the same page.
    const compressed = await reopened.get(`${HOST}${p}`, fp, 'gzip')
    expect(compressed?.encoding).toBe('gzip')
    expect(zlib.gunzipSync(compressed!.body).toString()).toBe('lưu lâu, bản sau')
    expect(await reopened.get(`${HOST}${p}`, 'khac')).toBeNull()
    await reopened.close()
  })
})
