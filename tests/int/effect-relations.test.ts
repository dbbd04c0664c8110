/**
 * The document relations follow from the confirmed effects (issue 14): confirming, unconfirming
 * and deleting effects brings the amending document's relations and the amended one's validity
 * along, without publishing a pending draft and without touching rows an editor typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => t?.cleanup())

const byNumber = async (numberSymbol: string) =>
  (await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: numberSymbol } }, overrideAccess: true, limit: 1, depth: 0 })).docs[0]!
const rel = (d: { relations?: { type: string; target: unknown; article?: string | null }[] | null }) =>
  (d.relations ?? []).map((r) => [r.type, typeof r.target === 'object' && r.target ? (r.target as { id: unknown }).id : r.target, r.article ?? null])

describe('relations derived from confirmed effects', () => {
  it('the seeded amending decree holds "amends" and one "repeals" per repealed provision towards the decree it amends', async () => {
    const [target, amending] = [await byNumber('02/2025/NĐ-MAU'), await byNumber('03/2026/NĐ-MAU')]
    expect(rel(amending)).toContainEqual(['amends', target.id, null])
    expect(rel(amending)).toContainEqual(['repeals', target.id, 'dieu-3-khoan-2-diem-c'])
  })

  it('confirming, unconfirming and deleting effects moves the relations and the amended document’s validity, keeping a typed row and a pending draft', async () => {
    const approver = await createUser(t.payload, 'approver')
    const editor = await createUser(t.payload, 'editor')
    const target = await publishDoc(t.payload, { numberSymbol: '51/2024/NĐ-CP', issuedAt: '2024-01-05T00:00:00+07:00', effectiveAt: '2024-02-01T00:00:00+07:00', fullText: 'Điều 1. Phạm vi\nPhạm vi cũ.\nĐiều 2. Đối tượng\nĐối tượng cũ.' })
    const other = await publishDoc(t.payload, { numberSymbol: '52/2024/NĐ-CP', issuedAt: '2024-01-06T00:00:00+07:00' })
    const amending = await publishDoc(t.payload, {
      numberSymbol: '20/2025/NĐ-CP',
      issuedAt: '2025-01-05T00:00:00+07:00',
      effectiveAt: '2025-02-01T00:00:00+07:00',
      relations: [{ type: 'guides', target: other.id }],
    })
    expect(target.validity).toBe('inForce')
    // An editor's pending change of the amending decree must stay pending.
    await t.payload.update({ collection: 'legal-documents', id: amending.id, data: { summary: 'Tóm tắt đang chờ duyệt' } as never, user: editor, overrideAccess: false })

    const effect = (data: Record<string, unknown>) =>
      t.payload.create({ collection: 'document-effects', user: approver, overrideAccess: false, data: { document: target.id, amending: amending.id, source: 'dieu-1-khoan-1', effectiveAt: '2025-02-01', status: 'confirmed', ...data } as never })
    const repeal = await effect({ targetAnchor: 'dieu-2', operation: 'repeal' })
    await effect({ targetAnchor: 'dieu-1', operation: 'amend', wording: 'Điều 1. Phạm vi\nPhạm vi mới.', source: 'dieu-1-khoan-2' })

    let live = await t.payload.findByID({ collection: 'legal-documents', id: amending.id, overrideAccess: true, depth: 0 })
    expect(rel(live)).toEqual([['guides', other.id, null], ['amends', target.id, null], ['repeals', target.id, 'dieu-2']])
    expect(live.summary).not.toBe('Tóm tắt đang chờ duyệt')
    const draft = await t.payload.findByID({ collection: 'legal-documents', id: amending.id, draft: true, overrideAccess: true, depth: 0 })
    expect(draft.summary).toBe('Tóm tắt đang chờ duyệt')
    expect(rel(draft)).toContainEqual(['repeals', target.id, 'dieu-2'])
    const amended = await t.payload.findByID({ collection: 'legal-documents', id: target.id, overrideAccess: true, depth: 0 })
    expect(amended.validity).toBe('partlyOutOfForce')

    // A publisher takes the repeal back to a proposal: its row goes, the amendment stays.
    await t.payload.update({ collection: 'document-effects', id: repeal.id, user: approver, overrideAccess: false, data: { status: 'proposed' } as never })
    live = await t.payload.findByID({ collection: 'legal-documents', id: amending.id, overrideAccess: true, depth: 0 })
    expect(rel(live)).toEqual([['guides', other.id, null], ['amends', target.id, null]])

    // Deleting a confirmed repeal removes its row too.
    const second = await effect({ targetAnchor: 'dieu-2', operation: 'repeal', source: 'dieu-1-khoan-3' })
    expect(rel(await t.payload.findByID({ collection: 'legal-documents', id: amending.id, overrideAccess: true, depth: 0 }))).toContainEqual(['repeals', target.id, 'dieu-2'])
    await t.payload.delete({ collection: 'document-effects', id: second.id, user: approver, overrideAccess: false })
    expect(rel(await t.payload.findByID({ collection: 'legal-documents', id: amending.id, overrideAccess: true, depth: 0 }))).not.toContainEqual(['repeals', target.id, 'dieu-2'])
  })
})
