import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSearchService } from '../../cms/indexing/service'
import { seed } from '../../cms/seed'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

let t: TestPayload
let service: ReturnType<typeof startSearchService>

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  runtime().search = undefined
  service = startSearchService(t.payload)
  await service.ready
})
afterAll(async () => {
  runtime().search = undefined
  await t?.cleanup()
})

const ids = (q: string) => service.engine.search({ q }).results.map((r) => r.url)

/** Polls until the condition holds or 5 s pass (the limit for index updates). */
async function within5s(check: () => boolean): Promise<number> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > 5000) throw new Error('not within 5 s')
    await new Promise((r) => setTimeout(r, 50))
  }
  return Date.now() - started
}

describe('search index lifecycle', () => {
  it('is built from the database at start with the seeded documents', () => {
    expect(ids('chu ky so').some((u) => /^\/van-ban\/2012\/15-ct-ttg#dieu-/.test(u))).toBe(true)
    expect(ids('15/CT-TTG')[0]).toBe('/van-ban/2012/15-ct-ttg')
    // Seeded without its text or file, 43/2011/NĐ-CP is a draft: never in public search.
    expect(ids('43/2011/ND-CP').some((u) => u.includes('43-2011-nd-cp'))).toBe(false)
  })

  it('finds a document within 5 s of publishing, loses it at once when withdrawn, and on delete', async () => {
    const doc = await publishDoc(t.payload, { numberSymbol: '88/2026/NĐ-CP', issuedAt: '2026-03-01T00:00:00+07:00', summary: 'Quy định về kho lưu trữ số quốc gia', fullText: 'Điều 1. Kho lưu trữ số\nKho lưu trữ số quốc gia lưu giữ hồ sơ điện tử.' })
    const ms = await within5s(() => ids('kho luu tru so').some((u) => u.startsWith('/van-ban/2026/88-2026-nd-cp')))
    expect(ms).toBeLessThan(5000)
    await t.payload.update({ collection: 'legal-documents', id: doc.id, data: { workflowState: 'withdrawn', withdrawnReason: 'Thử gỡ bỏ', _status: 'published' }, overrideAccess: true })
    // Right after the withdrawal, before any background work: gone.
    expect(ids('kho luu tru so').some((u) => u.includes('88-2026-nd-cp'))).toBe(false)
    await service.flush()
    expect(ids('kho luu tru so').some((u) => u.includes('88-2026-nd-cp'))).toBe(false)
    await t.payload.update({ collection: 'legal-documents', id: doc.id, data: { workflowState: 'published', _status: 'published' }, overrideAccess: true })
    await within5s(() => ids('kho luu tru so').some((u) => u.includes('88-2026-nd-cp')))
    await t.payload.delete({ collection: 'legal-documents', id: doc.id, overrideAccess: true })
    expect(ids('kho luu tru so').some((u) => u.includes('88-2026-nd-cp'))).toBe(false)
  })

  it('indexes published consultation drafts per article and agencies, through the same engine', async () => {
    const drafts = await t.payload.find({ collection: 'drafts', where: { _status: { equals: 'published' } }, limit: 1, overrideAccess: false })
    expect(drafts.docs.length).toBeGreaterThan(0)
    const draft = drafts.docs[0]!
    const byTitle = service.engine.search({ q: draft.title, kind: 'draft' }).results
    expect(byTitle[0]?.url).toMatch(new RegExp(`^/du-thao/${draft.slug}`))
    const agencies = service.engine.search({ q: 'bo noi vu', kind: 'agency' }).results
    expect(agencies[0]?.title).toBe('Bộ Nội vụ')
    expect(agencies[0]?.url).toMatch(/^\/co-quan\//)
  })

  it('never indexes a draft', async () => {
    const r = await t.payload.find({ collection: 'document-types', limit: 1, overrideAccess: true })
    const i = await t.payload.find({ collection: 'issuers', limit: 1, overrideAccess: true })
    await t.payload.create({ collection: 'legal-documents', data: { numberSymbol: '89/2026/NĐ-CP', documentType: r.docs[0]!.id, issuer: i.docs[0]!.id, summary: 'Bản nháp bí mật về ngân quỹ', issuedAt: '2026-03-02T00:00:00+07:00' }, draft: true, overrideAccess: true })
    await service.flush()
    expect(ids('ban nhap bi mat ngan quy').some((u) => u.includes('89-2026-nd-cp'))).toBe(false)
    expect(ids('89/2026/NĐ-CP').some((u) => u.includes('89-2026-nd-cp'))).toBe(false)
  })
})
