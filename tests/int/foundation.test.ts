import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { checkHealth } from '../../site/lib/cms/health'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

let t: TestPayload
const logs: string[] = []

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: (l) => logs.push(l) })
})
afterAll(async () => t?.cleanup())

describe('seeding content/', () => {
  it('creates the two official texts with their metadata and full text', async () => {
    const { docs } = await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '15-ct-ttg' } }, depth: 1, overrideAccess: false })
    expect(docs).toHaveLength(1)
    const doc = docs[0]!
    expect(doc.year).toBe(2012)
    expect(doc.signerName).toBe('Nguyễn Tấn Dũng')
    expect(typeof doc.issuer === 'object' && doc.issuer?.name).toBe('Thủ tướng Chính phủ')
    expect(doc.fullText).toContain('Công khai địa chỉ thư điện tử')
    expect(doc.bodyHtml).toContain('văn bản điện tử')
  })

  it('is idempotent: a second run creates nothing and says so', async () => {
    const before = await t.payload.count({ collection: 'legal-documents', overrideAccess: true })
    const second: string[] = []
    await seed(t.payload, { log: (l) => second.push(l) })
    const after = await t.payload.count({ collection: 'legal-documents', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(before.totalDocs).toBeGreaterThanOrEqual(9)
    expect(second.join('\n')).toMatch(/legal-documents: 0 mới/)
    expect(logs.join('\n')).toMatch(/legal-documents: \d+ mới/)
  })

  it("stores the portal owner's identity in settings", async () => {
    const s = await t.payload.findGlobal({ slug: 'settings', overrideAccess: false })
    expect(s.agencyName).toBeTruthy()
    expect(s.email).toMatch(/\.gov\.vn$/)
  })

  it('chooses the owner as its own issuer at first start, so the statistics judge its documents against Art 17', async () => {
    const s = await t.payload.findGlobal({ slug: 'settings', overrideAccess: true })
    const r = await t.payload.findGlobal({ slug: 'reporting', depth: 1, overrideAccess: true })
    expect((r.ownIssuers ?? []).map((i) => (typeof i === 'object' ? i.name : i))).toEqual([s.agencyName])
  })

  it('stores Vietnamese text in NFC', async () => {
    const { docs } = await t.payload.find({ collection: 'legal-documents', limit: 100, overrideAccess: true })
    for (const d of docs) expect(d.summary).toBe(d.summary.normalize('NFC'))
  })
})

describe('publishing and public reads', () => {
  it('the first account becomes administrator, later ones keep their role', async () => {
    const count = await t.payload.count({ collection: 'users', overrideAccess: true })
    expect(count.totalDocs).toBe(0)
    const first = await t.payload.create({ collection: 'users', data: { email: 'dau-tien@vidu.gov.vn', password: 'Mat-khau-dai-123', role: 'editor' }, overrideAccess: true })
    expect(first.role).toBe('admin')
    const second = await t.payload.create({ collection: 'users', data: { email: 'bien-tap@vidu.gov.vn', password: 'Mat-khau-dai-123', role: 'editor' }, overrideAccess: true })
    expect(second.role).toBe('editor')
  })

  it('an editor cannot publish; an approver can; the public sees only the published one', async () => {
    const editor = await createUser(t.payload, 'editor')
    const approver = await createUser(t.payload, 'approver')
    const types = await t.payload.find({ collection: 'document-types', where: { name: { equals: 'Quyết định' } }, overrideAccess: true })
    const issuers = await t.payload.find({ collection: 'issuers', where: { name: { equals: 'Bộ Nội vụ' } }, overrideAccess: true })
    const data = {
      numberSymbol: '99/QĐ-BNV',
      documentType: types.docs[0]!.id,
      issuer: issuers.docs[0]!.id,
      summary: 'Về việc thử nghiệm quy trình xuất bản',
      issuedAt: '2026-01-05T00:00:00+07:00',
      fullText: 'Điều 1. Phạm vi\nThử nghiệm quy trình xuất bản.',
    }
    await expect(
      t.payload.create({ collection: 'legal-documents', data: { ...data, _status: 'published' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/không có quyền xuất bản/)
    const draft = await t.payload.create({ collection: 'legal-documents', data: { ...data, _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
    const publicBefore = await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '99-qd-bnv' } }, overrideAccess: false })
    expect(publicBefore.totalDocs).toBe(0)
    await t.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'published' }, user: approver, overrideAccess: false })
    const publicAfter = await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '99-qd-bnv' } }, overrideAccess: false })
    expect(publicAfter.totalDocs).toBe(1)
  })

  it('refuses a second document with the same number-symbol, whatever the spelling', async () => {
    const existing = await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '43-2011-nd-cp' } }, overrideAccess: true, depth: 0 })
    const doc = existing.docs[0]!
    const error = await t.payload
      .create({
        collection: 'legal-documents',
        data: { numberSymbol: '43/2011/nđ-cp', documentType: doc.documentType, issuer: doc.issuer, summary: 'Trùng', issuedAt: doc.issuedAt },
        overrideAccess: true,
      })
      .then(() => null, (e: { data?: { errors?: { path: string; message: string }[] } }) => e)
    // The admin shows this message beside the field.
    expect(error?.data?.errors?.[0]).toMatchObject({ path: 'numberSymbol', message: expect.stringMatching(/đã có trong hệ thống/) })
  })
})

describe('health', () => {
  it('reports ok while the database answers', async () => {
    await expect(checkHealth(t.payload)).resolves.toMatchObject({ status: 'ok', db: 'ok' })
  })
})
