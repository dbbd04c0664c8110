import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { checkConsistency, versionedCollections } from '../../server/consistency'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

/**
 * The start-up consistency check (server/consistency.ts): each inconsistency an interrupted
 * save could leave is made directly with `payload.db.*` on a fresh database, then the check
 * repairs it and the admin's and the public's reads are right again.
 */

let t: TestPayload
let admin: Awaited<ReturnType<typeof createUser>>
const C = 'legal-documents' as const
let n = 0
const symbol = () => `${700 + ++n}/2025/NĐ-CP`
const text = (label: string) => `NGHỊ ĐỊNH\nVề việc thử nghiệm\n\nĐiều 1. Phạm vi\n${label}: phạm vi điều chỉnh.\n\nĐiều 2. Hiệu lực\n${label}: có hiệu lực từ ngày ký.`

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  admin = await createUser(t.payload, 'admin')
})
afterAll(async () => t?.cleanup())

const versionsOf = async (id: number | string) =>
  (await t.payload.db.findVersions({ collection: C, where: { parent: { equals: id } }, pagination: false, limit: 0, sort: '-updatedAt' })).docs
const latestOf = async (id: number | string) => (await versionsOf(id)).filter((v) => v.latest)
/** The admin's list (drafts: one row per latest version) for one number-symbol. */
const adminList = async (numberSymbol: string) =>
  (await t.payload.find({ collection: C, where: { numberSymbol: { equals: numberSymbol } }, draft: true, overrideAccess: false, user: admin, depth: 0 })).docs
const publicRead = async (id: number | string) =>
  (await t.payload.find({ collection: C, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })).docs

/** Two saves: a published document, then an edited and published again one (two version rows). */
async function twoVersions() {
  const sym = symbol()
  const doc = await publishDoc(t.payload, { numberSymbol: sym, issuedAt: '2025-01-10T00:00:00+07:00', fullText: text('Bản cũ') })
  await new Promise((r) => setTimeout(r, 5))
  await t.payload.update({ collection: C, id: doc.id, data: { fullText: text('Bản mới'), summary: 'Trích yếu mới' } as never, overrideAccess: true })
  const versions = await versionsOf(doc.id)
  expect(versions).toHaveLength(2)
  return { id: doc.id, sym, newer: versions[0]!, older: versions[1]! }
}

/** Asserts what a user notices: listed once in the admin, read with the new text, deletable, symbol free again. */
async function readableAndDeletable(id: number | string, sym: string, expectedText: RegExp) {
  const listed = await adminList(sym)
  expect(listed.map((d) => d.id)).toEqual([id])
  expect(await latestOf(id)).toHaveLength(1)
  const draft = await t.payload.findByID({ collection: C, id, draft: true, overrideAccess: false, user: admin, depth: 0 })
  expect(draft.fullText).toMatch(expectedText)
  await t.payload.delete({ collection: C, id, overrideAccess: false, user: admin })
  expect(await adminList(sym)).toEqual([])
  expect(await versionsOf(id)).toEqual([])
  // The number-symbol can be used again.
  const again = await publishDoc(t.payload, { numberSymbol: sym, issuedAt: '2025-01-10T00:00:00+07:00', fullText: text('Tạo lại') })
  expect(again.numberSymbol).toBe(sym)
  await t.payload.delete({ collection: C, id: again.id, overrideAccess: true })
}

describe('a consistent database', () => {
  it('is left alone, with two queries per versioned collection', async () => {
    await twoVersions()
    const lines: string[] = []
    const r = await checkConsistency(t.payload, { repair: true, log: (l) => lines.push(l) })
    expect(r.found).toBe(false)
    expect(r.queries).toBe(2 * versionedCollections(t.payload).length)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Kiểm tra tính nhất quán: không có lỗi \(\d+ văn bản, \d+ ms\)$/)
  })
})

describe('each inconsistency is repaired', () => {
  it('two versions marked latest: the newest stays latest, the document is listed once and reads the new text', async () => {
    const { id, sym, older, newer } = await twoVersions()
    await t.payload.db.updateVersion({ collection: C, id: older.id, versionData: { latest: true, updatedAt: older.updatedAt } as never, returning: false })
    expect(await latestOf(id)).toHaveLength(2)
    // What the admin saw before: the document twice in its list.
    expect((await adminList(sym)).length).toBe(2)

    const report = await checkConsistency(t.payload, { repair: false })
    expect(report.duplicateLatest).toBe(1)
    expect(await latestOf(id)).toHaveLength(2) // report only: nothing changed

    const lines: string[] = []
    const fixed = await checkConsistency(t.payload, { repair: true, log: (l) => lines.push(l) })
    expect(fixed.duplicateLatest).toBe(1)
    expect(lines.some((l) => /^Đã sửa 1 văn bản có hơn một bản 'mới nhất'.*Văn bản pháp luật: 1/.test(l))).toBe(true)
    const latest = await latestOf(id)
    expect(latest.map((v) => v.id)).toEqual([newer.id])
    // The cleared row kept its content and its time.
    const cleared = (await versionsOf(id)).find((v) => v.id === older.id)!
    expect(cleared.updatedAt).toBe(older.updatedAt)
    expect(cleared.version.fullText).toMatch(/Bản cũ/)
    expect((await checkConsistency(t.payload, { repair: true })).found).toBe(false)
    expect(await publicRead(id)).toHaveLength(1)
    await readableAndDeletable(id, sym, /Bản mới/)
  })

  it('a main row without any version row (a failed create): a version is made from it, so the admin lists it and can delete it', async () => {
    const sym = symbol()
    const doc = await publishDoc(t.payload, { numberSymbol: sym, issuedAt: '2025-01-10T00:00:00+07:00', fullText: text('Chỉ bản chính') })
    await t.payload.db.deleteVersions({ collection: C, where: { parent: { equals: doc.id } } })
    expect(await adminList(sym)).toEqual([]) // invisible to the admin…
    await expect(publishDoc(t.payload, { numberSymbol: sym, issuedAt: '2025-01-10T00:00:00+07:00' })).rejects.toThrow() // …yet holding its number-symbol

    const lines: string[] = []
    const r = await checkConsistency(t.payload, { repair: true, log: (l) => lines.push(l) })
    expect(r.missingVersion).toBe(1)
    expect(r.collections.find((c) => c.collection === C)!.missingVersionIds).toEqual([doc.id])
    expect(lines.some((l) => l.startsWith('Đã tạo lại phiên bản cho 1 văn bản') && l.includes(`#${doc.id}`))).toBe(true)
    const [version] = await versionsOf(doc.id)
    expect(version).toMatchObject({ latest: true, parent: doc.id })
    expect(version!.version).toMatchObject({ numberSymbol: sym, _status: 'published', summary: doc.summary })
    expect((await checkConsistency(t.payload, { repair: true })).found).toBe(false)
    await readableAndDeletable(doc.id, sym, /Chỉ bản chính/)
  })

  it('versions with none marked latest: the newest becomes latest', async () => {
    const { id, sym, newer, older } = await twoVersions()
    for (const v of [newer, older]) await t.payload.db.updateVersion({ collection: C, id: v.id, versionData: { latest: false, updatedAt: v.updatedAt } as never, returning: false })
    expect(await adminList(sym)).toEqual([])
    const r = await checkConsistency(t.payload, { repair: true })
    expect(r.noLatest).toBe(1)
    expect((await latestOf(id)).map((v) => v.id)).toEqual([newer.id])
    await readableAndDeletable(id, sym, /Bản mới/)
  })

  it('versions of a document that no longer exists are deleted', async () => {
    const { id } = await twoVersions()
    await t.payload.db.deleteOne({ collection: C, where: { id: { equals: id } } })
    const before = await t.payload.db.findVersions({ collection: C, pagination: false, limit: 0 })
    const orphans = before.docs.filter((v) => v.parent === null || v.parent === undefined || v.parent === id)
    expect(orphans).toHaveLength(2)
    const lines: string[] = []
    const r = await checkConsistency(t.payload, { repair: true, log: (l) => lines.push(l) })
    expect(r.orphanVersions).toBe(2)
    expect(lines.some((l) => l.startsWith('Đã xoá 2 phiên bản của văn bản không còn tồn tại'))).toBe(true)
    const after = await t.payload.db.findVersions({ collection: C, pagination: false, limit: 0 })
    expect(after.docs.map((v) => v.id)).toEqual(before.docs.filter((v) => !orphans.includes(v)).map((v) => v.id))
    // The admin's version history of other documents still opens.
    expect((await checkConsistency(t.payload, { repair: true })).found).toBe(false)
  })

  it('all kinds at once, in several collections, reading version rows in small batches', async () => {
    const a = await twoVersions()
    await t.payload.db.updateVersion({ collection: C, id: a.older.id, versionData: { latest: true, updatedAt: a.older.updatedAt } as never, returning: false })
    const b = await publishDoc(t.payload, { numberSymbol: symbol(), issuedAt: '2025-01-10T00:00:00+07:00' })
    await t.payload.db.deleteVersions({ collection: C, where: { parent: { equals: b.id } } })
    const news = await t.payload.create({ collection: 'news', data: { title: 'Tin thử nghiệm nhất quán', _status: 'draft' } as never, overrideAccess: true, draft: true })
    await t.payload.db.deleteVersions({ collection: 'news', where: { parent: { equals: news.id } } })
    const r = await checkConsistency(t.payload, { repair: true, batchSize: 100 })
    expect(r).toMatchObject({ duplicateLatest: 1, missingVersion: 2, noLatest: 0, orphanVersions: 0 })
    expect(r.collections.find((c) => c.collection === 'news')!.missingVersionIds).toEqual([news.id])
    const again = await checkConsistency(t.payload, { repair: false, batchSize: 100 })
    expect(again.found).toBe(false)
    const listed = await t.payload.find({ collection: 'news', where: { id: { equals: news.id } }, draft: true, overrideAccess: false, user: admin })
    expect(listed.docs).toHaveLength(1)
  })
})
