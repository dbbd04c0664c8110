/**
 * Issue 14: one validity and expiry date on every surface (page, API, admin list), a page and an
 * API answer per provision, and searches that lead to a provision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSearchService } from '../../cms/indexing/service'
import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { handleApiRequest } from '../../site/lib/api/dispatch'
import { documentContext } from '../../site/lib/cms/documents'
import { documentHistory } from '../../site/lib/cms/history'
import { searchSite } from '../../site/lib/cms/search'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'

const ORIGIN = 'http://cong.test'
let t: TestPayload
let service: ReturnType<typeof startSearchService>

beforeAll(async () => {
  process.env.PUBLIC_HOST = ORIGIN
  process.env.API_RATE_LIMIT = '100000'
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  runtime().search = undefined
  service = startSearchService(t.payload)
  await service.ready
})
afterAll(async () => {
  // Index updates from the saves above finish before the database closes.
  await service?.flush()
  runtime().search = undefined
  runtime().payload = undefined
  delete process.env.PUBLIC_HOST
  delete process.env.API_RATE_LIMIT
  await t?.cleanup()
})

async function api(path: string): Promise<{ status: number; body: Record<string, any> }> {
  const res = await handleApiRequest(new Request(`${ORIGIN}${path}`), '10.0.0.9')
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

/** The row the admin list shows: a collection with drafts is listed from its latest versions. */
async function adminRow(numberSymbol: string) {
  const { docs } = await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: numberSymbol } }, draft: true, depth: 0, overrideAccess: true, limit: 1 })
  return docs[0]!
}

describe('43/2011/NĐ-CP, replaced by 42/2022/NĐ-CP from 15/08/2022', () => {
  it('is "Hết hiệu lực" with expiry 15/08/2022 in the admin list once 42/2022 is published, although 43/2011 was last saved before', async () => {
    // Both come in as drafts (no text in content/): an editor completes 42/2022 and publishes it.
    expect((await adminRow('43/2011/NĐ-CP')).validity).toBe('inForce')
    await t.payload.update({
      collection: 'legal-documents',
      id: (await adminRow('42/2022/NĐ-CP')).id,
      data: { fullText: 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc cung cấp thông tin.', workflowState: 'published', _status: 'published' } as never,
      overrideAccess: true,
    })
    const row = await adminRow('43/2011/NĐ-CP')
    expect(row.validity).toBe('outOfForce')
    expect(row.validityExpires).toBe('2022-08-15')
  })

  it('once published, the page, the API (detail and list) and the admin list agree', async () => {
    const row = await adminRow('43/2011/NĐ-CP')
    await t.payload.update({
      collection: 'legal-documents',
      id: row.id,
      data: { fullText: 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc cung cấp thông tin.', workflowState: 'published', _status: 'published' } as never,
      overrideAccess: true,
    })
    const doc = await t.payload.findByID({ collection: 'legal-documents', id: row.id, depth: 1, draft: false, overrideAccess: false })
    const context = await documentContext(doc, t.payload)
    // The page's banner and its table both read this.
    expect(context.validity.label).toBe('Hết hiệu lực')
    expect(context.validity.since).toBe('2022-08-15')
    expect(context.validity.expiresOn).toBe('2022-08-15')

    const detail = await api(`/api/v1/documents/${encodeURIComponent('43/2011/NĐ-CP')}`)
    expect(detail.status).toBe(200)
    expect(detail.body.expiresAt).toBe('2022-08-15')
    expect(detail.body.validity).toBe('outOfForce')
    const list = await api('/api/v1/documents?year=2011')
    const listed = list.body.data.find((d: { numberSymbol: string }) => d.numberSymbol === '43/2011/NĐ-CP')
    expect(listed.expiresAt).toBe('2022-08-15')
    expect(listed.validity).toBe('outOfForce')

    const after = await adminRow('43/2011/NĐ-CP')
    expect(after.validity).toBe('outOfForce')
    expect(after.validityExpires).toBe('2022-08-15')

    // Its history names the replacement, on the same day, with its link.
    const replaced = documentHistory(doc, context).find((e) => e.kind === 'replaced')!
    expect(replaced.date).toBe('2022-08-15')
    expect(replaced.by).toEqual({ numberSymbol: '42/2022/NĐ-CP', url: '/van-ban/2022/42-2022-nd-cp' })
  })

  it('a suspension shows "Ngưng hiệu lực" in the admin list and the API, never "Hết hiệu lực"', async () => {
    const target = await publishDoc(t.payload, { numberSymbol: '31/2026/NĐ-CP', issuedAt: '2026-01-05T00:00:00+07:00', effectiveAt: '2026-02-01T00:00:00+07:00' })
    await publishDoc(t.payload, {
      numberSymbol: '32/2026/NĐ-CP',
      issuedAt: '2026-03-01T00:00:00+07:00',
      effectiveAt: '2026-03-01T00:00:00+07:00',
      relations: [{ type: 'suspends', target: target.id, effectiveAt: '2026-03-01T00:00:00+07:00' }],
    })
    expect((await adminRow('31/2026/NĐ-CP')).validity).toBe('suspended')
    const detail = await api(`/api/v1/documents/${target.id}`)
    expect(detail.body.validityLabel).toBe('Ngưng hiệu lực')
    expect(detail.body.expiresAt).toBeNull()
  })
})

describe('a provision as JSON', () => {
  it('answers /api/v1/documents/{id}/provisions/{anchor} with its text and neighbours', async () => {
    const { status, body } = await api(`/api/v1/documents/${encodeURIComponent('15/CT-TTg')}/provisions/dieu-2`)
    expect(status).toBe(200)
    expect(body.anchor).toBe('dieu-2')
    expect(body.label).toBe('Mục 2')
    expect(body.text).toMatch(/^2\. Thủ trưởng cơ quan nhà nước các cấp có trách nhiệm/)
    expect(body.url).toBe(`${ORIGIN}/van-ban/2012/15-ct-ttg/dieu-2`)
    expect(body.document.numberSymbol).toBe('15/CT-TTg')
    expect(body.previous.anchor).toBe('dieu-1')
    expect(body.previous.url).toBe(`${ORIGIN}/van-ban/2012/15-ct-ttg/dieu-1`)
    expect(body.next.anchor).toBe('dieu-3')
    expect(body.html).toContain('id="dieu-2"')
  })

  it('is a 404 for an anchor the text has not, and for a document that is not public', async () => {
    expect((await api(`/api/v1/documents/${encodeURIComponent('15/CT-TTg')}/provisions/dieu-99`)).status).toBe(404)
    expect((await api(`/api/v1/documents/${encodeURIComponent('99/2099/NĐ-CP')}/provisions/dieu-1`)).status).toBe(404)
  })

  it('lists what amends a provision', async () => {
    const target = await publishDoc(t.payload, { numberSymbol: '41/2026/NĐ-CP', issuedAt: '2026-01-05T00:00:00+07:00', fullText: 'Điều 1. Phạm vi\nVăn bản thử.\nĐiều 2. Trách nhiệm\n1. Công khai.\n2. Trả lời.' })
    await publishDoc(t.payload, { numberSymbol: '42/2026/NĐ-CP', issuedAt: '2026-03-01T00:00:00+07:00', effectiveAt: '2026-04-01T00:00:00+07:00', relations: [{ type: 'amends', target: target.id, article: 'khoản 2 Điều 2' }] })
    const clause = await api(`/api/v1/documents/${target.id}/provisions/dieu-2-khoan-2`)
    expect(clause.body.label).toBe('Khoản 2 Điều 2')
    expect(clause.body.relations).toEqual([expect.objectContaining({ type: 'amends', label: 'Được sửa đổi, bổ sung bởi', article: 'khoản 2 Điều 2', effectiveAt: '2026-04-01' })])
    expect((await api(`/api/v1/documents/${target.id}/provisions/dieu-1`)).body.relations).toEqual([])
  })
})

describe('search leads to provisions', () => {
  it('"điều 2 chỉ thị 15/CT-TTg" opens Điều 2 of the directive first', async () => {
    const { results } = await searchSite({ q: 'điều 2 chỉ thị 15/CT-TTg' })
    expect(results[0]?.url).toBe('/van-ban/2012/15-ct-ttg/dieu-2')
  })

  it('a hit inside an article of a document opens that provision’s page', async () => {
    const { results } = await searchSite({ q: 'chu ky so' })
    expect(results.some((r) => /^\/van-ban\/2012\/15-ct-ttg\/dieu-\d+$/.test(r.url))).toBe(true)
  })
})
