import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consultationState } from '../../cms/consultation/state'
import { seed } from '../../cms/seed'
import { getDraftBySlug, getVersion, listDrafts, listPublishedDraftsForSearch } from '../../site/lib/cms/drafts'
import { createOpenDraft } from '../helpers/drafts'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

let t: TestPayload
const logs: string[] = []
const DAY = 24 * 3600_000

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: (l) => logs.push(l) })
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

describe('sample drafts from content/drafts', () => {
  it('seeds one open draft and one closed draft with its report and two versions, marked as samples', async () => {
    expect(logs.join('\n')).toMatch(/drafts: 2 mới/)
    const open = await getDraftBySlug('du-thao-nghi-dinh-quan-ly-cong-thong-tin-dien-tu')
    expect(open?.state).toBe('open')
    expect(open?.isSample).toBe(true)
    expect(open?.daysLeft).toBeGreaterThan(40)
    expect(open?.version?.number).toBe(1)
    expect(open?.version?.articles.map((a) => a.anchor)).toContain('dieu-5')
    expect(open?.version?.bodyHtml).toContain('<!--comments:dieu-5-->')
    const closed = await getDraftBySlug('du-thao-quy-dinh-quan-ly-diem-trong-giu-xe-cong-cong')
    expect(closed?.state).toBe('reportPublished')
    expect(closed?.versions.map((v) => v.number)).toEqual([2, 1])
    expect(closed?.version?.articles.map((a) => a.anchor)).toContain('dieu-5')
  })

  it('is idempotent', async () => {
    const again: string[] = []
    await seed(t.payload, { log: (l) => again.push(l) })
    expect(again.join('\n')).toMatch(/drafts: 0 mới, 2 đã có/)
  })
})

describe('versions', () => {
  it('publishing a changed text creates the next version; a draft save or the same text does not', async () => {
    const approver = await createUser(t.payload, 'approver')
    const draft = await createOpenDraft(t.payload)
    const count = async () => (await t.payload.count({ collection: 'draft-versions', where: { draft: { equals: draft.id } }, overrideAccess: true })).totalDocs
    expect(await count()).toBe(1)
    await t.payload.update({ collection: 'drafts', id: draft.id, data: { summary: 'Chỉ sửa tóm tắt', _status: 'published' }, user: approver, overrideAccess: false })
    expect(await count()).toBe(1)
    const revised = `${draft.fullText}\n\nĐiều 3. Trách nhiệm thi hành\nCác cơ quan chịu trách nhiệm thi hành.`
    await t.payload.update({ collection: 'drafts', id: draft.id, data: { fullText: `${revised}\n\nĐiều 4. Nháp\nChưa công bố.` }, draft: true, user: approver, overrideAccess: false })
    expect(await count()).toBe(1)
    await t.payload.update({ collection: 'drafts', id: draft.id, data: { fullText: revised, changeNote: 'Bổ sung Điều 3', _status: 'published' }, user: approver, overrideAccess: false })
    expect(await count()).toBe(2)
    const v2 = await getVersion(draft.id)
    expect(v2).toMatchObject({ number: 2, changeNote: 'Bổ sung Điều 3' })
    expect(v2!.articles.map((a) => a.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3'])
    expect((await getVersion(draft.id, 1))!.articles).toHaveLength(2)
  })

  it('history cannot be edited or deleted through the API, even by an administrator', async () => {
    const admin = await createUser(t.payload, 'admin')
    const { docs } = await t.payload.find({ collection: 'draft-versions', limit: 1, overrideAccess: true })
    await expect(t.payload.update({ collection: 'draft-versions', id: docs[0]!.id, data: { fullText: 'x' }, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.delete({ collection: 'draft-versions', id: docs[0]!.id, user: admin, overrideAccess: false })).rejects.toThrow()
  })
})

describe('publishing rules', () => {
  it('an editor prepares a draft but cannot publish it; an approver can', async () => {
    const editor = await createUser(t.payload, 'editor')
    await expect(createOpenDraft(t.payload, { slug: 'bien-tap-xuat-ban' }).then((d) =>
      t.payload.update({ collection: 'drafts', id: d.id, data: { _status: 'published', title: 'Sửa' }, user: editor, overrideAccess: false }),
    )).rejects.toThrow(/không có quyền xuất bản/)
  })

  it('a window shorter than the legal minimum needs a public reason before it can be published', async () => {
    const type = await t.payload.create({
      collection: 'document-types',
      data: { name: 'Nghị định thử', minimumConsultationDays: 60, consultationLegalBasis: 'Điều 57 Luật Ban hành văn bản quy phạm pháp luật 2015' },
      overrideAccess: true,
    })
    const short = { documentType: type.id, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 19 * DAY).toISOString() }
    const error = await createOpenDraft(t.payload, short).then(
      () => null,
      (e: { data?: { errors?: { path: string; message: string }[] } }) => e,
    )
    expect(error?.data?.errors?.[0]).toMatchObject({ path: 'shortPeriodReason', message: expect.stringMatching(/20 ngày ít hơn mức tối thiểu 60 ngày.*Điều 57/) })
    const ok = await createOpenDraft(t.payload, { ...short, shortPeriodReason: 'Cần ban hành gấp để kịp thời hạn thi hành luật.' })
    expect(ok).toMatchObject({ periodDays: 20, minimumDays: 60, minimumLegalBasis: expect.stringContaining('Điều 57') })
    const page = await getDraftBySlug(ok.slug!)
    expect(page?.shortPeriodReason).toMatch(/ban hành gấp/)
  })

  it('closing must come after opening, and a report only after closing', async () => {
    const messages = (overrides: Record<string, unknown>) =>
      createOpenDraft(t.payload, overrides).then(
        () => [],
        (e: { data?: { errors?: { message: string }[] } }) => (e.data?.errors ?? []).map((x) => x.message),
      )
    expect(await messages({ closesAt: new Date(Date.now() - 2 * DAY).toISOString() })).toEqual([expect.stringMatching(/phải sau thời điểm bắt đầu/)])
    expect(await messages({ report: { publishedAt: new Date().toISOString() } })).toEqual([expect.stringMatching(/chỉ được sau khi hết hạn/)])
  })

  it('only an approver can set the report date: an editor’s value is ignored', async () => {
    const editor = await createUser(t.payload, 'editor')
    const draft = await createOpenDraft(t.payload, { opensAt: new Date(Date.now() - 40 * DAY).toISOString(), closesAt: new Date(Date.now() - 10 * DAY).toISOString() })
    const updated = await t.payload.update({ collection: 'drafts', id: draft.id, data: { report: { publishedAt: new Date().toISOString() } }, draft: true, user: editor, overrideAccess: false })
    expect(updated.report?.publishedAt ?? null).toBeNull()
  })
})

describe('public reads', () => {
  it('lists open drafts first with days left, then upcoming, then closed, and filters by type', async () => {
    await createOpenDraft(t.payload, { slug: 'sap-mo', opensAt: new Date(Date.now() + 2 * DAY).toISOString(), closesAt: new Date(Date.now() + 40 * DAY).toISOString() })
    const list = await listDrafts()
    expect(list.open.length).toBeGreaterThan(0)
    expect(list.open.every((d) => d.state === 'open' && typeof d.daysLeft === 'number')).toBe(true)
    expect(list.upcoming.map((d) => d.slug)).toContain('sap-mo')
    expect(list.closed.map((d) => d.slug)).toContain('du-thao-quy-dinh-quan-ly-diem-trong-giu-xe-cong-cong')
    const type = list.types.find((x) => x.name === 'Nghị định')!
    const filtered = await listDrafts({ type: type.id })
    expect([...filtered.open, ...filtered.upcoming, ...filtered.closed].every((d) => d.documentType?.name === 'Nghị định')).toBe(true)
    expect(list.nextChangeAt).toBeInstanceOf(Date)
  })

  it('an unpublished draft is invisible', async () => {
    const d = await createOpenDraft(t.payload, { slug: 'chua-cong-bo', _status: 'draft' })
    expect(d).toBeTruthy()
    expect(await getDraftBySlug('chua-cong-bo')).toBeNull()
  })

  it('the state follows the clock: upcoming, open, closed, report published', async () => {
    const d = { opensAt: '2026-06-01T00:00:00+07:00', closesAt: '2026-07-31T00:00:00+07:00', reportPublishedAt: '2026-08-15T00:00:00+07:00' }
    expect(['2026-05-31T12:00:00+07:00', '2026-06-01T00:00:00+07:00', '2026-07-31T00:00:00+07:00', '2026-08-15T09:00:00+07:00'].map((n) => consultationState(d, n))).toEqual([
      'upcoming',
      'open',
      'closed',
      'reportPublished',
    ])
  })

  it('gives the search engineer every published draft with its articles as units', async () => {
    const all = await listPublishedDraftsForSearch()
    const sample = all.find((d) => d.url === '/du-thao/du-thao-nghi-dinh-quan-ly-cong-thong-tin-dien-tu')!
    expect(sample.units.find((u) => u.anchor === 'dieu-5')).toMatchObject({ label: 'Điều 5', title: 'Lấy ý kiến góp ý dự thảo' })
    expect(all.some((d) => d.url === '/du-thao/chua-cong-bo')).toBe(false)
  })
})
