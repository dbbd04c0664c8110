import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { pointInTimeView } from '../../site/lib/cms/effects'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  // The site's reads (pointInTimeView) use this instance, not a second one left connected.
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

const doc = async (numberSymbol: string) =>
  (await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: numberSymbol } }, overrideAccess: true, limit: 1 })).docs[0]!

describe('effects through the Local API', () => {
  it('seeds the sample pair with its effects confirmed, and the page text follows the date', async () => {
    const original = await doc('02/2025/NĐ-MAU')
    const effects = await t.payload.find({ collection: 'document-effects', where: { document: { equals: original.id } }, overrideAccess: false })
    expect(effects.docs.map((e) => [e.operation, e.targetAnchor, e.sourceLabel, e.status])).toContainEqual(['repeal', 'dieu-3-khoan-2-diem-c', 'khoản 3 Điều 1', 'confirmed'])
    expect(effects.totalDocs).toBe(5)
    const before = await pointInTimeView(original, new URLSearchParams('ngay=01/06/2025'))
    expect(before!.pit!.applied).toEqual([])
    expect(before!.html).toContain('5 ngày làm việc')
    const after = await pointInTimeView(original, new URLSearchParams('ngay=2026-04-01'))
    expect(after!.html).toContain('2 ngày làm việc')
    expect(after!.html).toContain('Được sửa đổi bởi khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU')
    const bad = await pointInTimeView(original, new URLSearchParams('ngay=32/13/2026'))
    expect(bad!.error).toMatch(/không hợp lệ/)
  })

  it('an editor proposes an effect but cannot confirm it; an approver can', async () => {
    const editor = await createUser(t.payload, 'editor')
    const approver = await createUser(t.payload, 'approver')
    const [target, amending] = [await doc('02/2025/NĐ-MAU'), await doc('03/2026/NĐ-MAU')]
    const created = await t.payload.create({
      collection: 'document-effects',
      user: editor,
      overrideAccess: false,
      data: { document: target.id, amending: amending.id, targetAnchor: 'dieu-4', operation: 'repeal', source: 'dieu-1-khoan-5', effectiveAt: '2026-04-01', status: 'confirmed', sourceLabel: 'gõ tay' },
    })
    expect(created.status).toBe('proposed')
    expect(created.sourceLabel).toBe('khoản 5 Điều 1')
    const edited = await t.payload.update({ collection: 'document-effects', id: created.id, user: editor, overrideAccess: false, data: { status: 'confirmed' } })
    expect(edited.status).toBe('proposed')
    // Proposals are not public.
    const publicRead = await t.payload.find({ collection: 'document-effects', where: { id: { equals: created.id } }, overrideAccess: false })
    expect(publicRead.totalDocs).toBe(0)
    const confirmed = await t.payload.update({ collection: 'document-effects', id: created.id, user: approver, overrideAccess: false, data: { status: 'confirmed' } })
    expect(confirmed.status).toBe('confirmed')
    // Once confirmed it is part of the public text: the editor can neither change nor delete it.
    await expect(t.payload.update({ collection: 'document-effects', id: created.id, user: editor, overrideAccess: false, data: { targetAnchor: 'dieu-5' } })).rejects.toThrow()
    await expect(t.payload.delete({ collection: 'document-effects', id: created.id, user: editor, overrideAccess: false })).rejects.toThrow()
    const kept = await t.payload.findByID({ collection: 'document-effects', id: created.id, overrideAccess: true })
    expect(kept).toMatchObject({ targetAnchor: 'dieu-4', status: 'confirmed' })
  })

  it('refuses a malformed anchor naming the field', async () => {
    const editor = await createUser(t.payload, 'editor')
    const [target, amending] = [await doc('02/2025/NĐ-MAU'), await doc('03/2026/NĐ-MAU')]
    await expect(
      t.payload.create({ collection: 'document-effects', user: editor, overrideAccess: false, data: { document: target.id, amending: amending.id, targetAnchor: 'Điều năm', operation: 'amend', source: 'dieu-1', effectiveAt: '2026-04-01' } }),
    ).rejects.toThrow(/Điều, khoản, điểm bị tác động|Nội dung mới/)
  })
})
