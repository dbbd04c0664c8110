/**
 * The Decree 43 duties (issue #16 parts 3 and 5), through the Local API on a fresh seeded
 * database: source and author of reposted news, the 7-working-day notice of planned maintenance
 * on the holiday calendar, agency successors and re-verification, the sample-data mark, the law
 * in force for consultation periods, ratings of every page and the Dublin Core export.
 */
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addWorkingDays } from '../../cms/lib/working-days'
import { formatDateVN, startOfVnDay, vnDayKey } from '../../cms/lib/dates'
import { earliestStart, noticeFrom } from '../../cms/lib/maintenance'
import { holidayDays } from '../../cms/questions/holidays'
import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { seedReferenceData } from '../../cms/seed/referenceData'
import { GET as dublinCoreRoute } from '../../site/pages/du-lieu-mo/dublin-core.xml'
import { getDirectory } from '../../site/lib/cms/agencies'
import { listDisclosures, listPublicServices } from '../../site/lib/cms/duties'
import { lastPublicChange } from '../../site/lib/cms/last-change'
import { currentMaintenanceNotice } from '../../site/lib/cms/maintenance'
import { loadRatingCounts, loadStatsInput } from '../../site/lib/cms/stats'
import { newRatingToken } from '../../cms/consultation/ratings/levels'
import { recordRating } from '../../site/lib/rating-post'
import { computeStats } from '../../site/lib/stats/compute'
import { figureById } from '../../site/lib/stats/figures'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  runtime().payload = t.payload
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

type ErrorShape = { status?: number; data?: { errors?: { path: string; message: string }[] } }
const errorsOf = (p: Promise<unknown>) => p.then(() => [], (e: ErrorShape) => e.data?.errors ?? [{ path: '?', message: String(e) }])

describe('reposted news names its source and author (Decree 43 Art 5.3)', () => {
  const news = { title: 'Tin đăng lại về chuyển đổi số', category: 'news' as const, reposted: true }

  it('refuses a reposted item without them, naming each missing field in Vietnamese, for an editor too', async () => {
    const editor = await createUser(t.payload, 'editor')
    const errors = await errorsOf(t.payload.create({ collection: 'news', data: { ...news, sourceName: 'Báo Điện tử Chính phủ' }, user: editor, overrideAccess: false, draft: true }))
    expect(errors.map((e) => e.path).sort()).toEqual(['author', 'sourceUrl'])
    expect(errors.find((e) => e.path === 'author')?.message).toMatch(/^Tác giả: bắt buộc khi tin được đăng lại từ nguồn khác/)
    expect(errors.find((e) => e.path === 'sourceUrl')?.message).toMatch(/^Địa chỉ bài gốc: bắt buộc/)
    // Nothing was stored.
    expect((await t.payload.count({ collection: 'news', where: { title: { equals: news.title } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses a source address that is not a web address', async () => {
    const errors = await errorsOf(t.payload.create({ collection: 'news', data: { ...news, sourceName: 'Báo X', sourceUrl: 'javascript:alert(1)', author: 'Phóng viên', _status: 'published' }, overrideAccess: true }))
    expect(errors).toContainEqual(expect.objectContaining({ path: 'sourceUrl', message: expect.stringMatching(/^Địa chỉ bài gốc: .* không phải địa chỉ web hợp lệ/) }))
  })

  it('stores it with all three, and un-ticking "reposted" later does not need them again; own news needs none', async () => {
    const doc = await t.payload.create({
      collection: 'news',
      data: { ...news, sourceName: 'Báo Điện tử Chính phủ', sourceUrl: 'https://baochinhphu.vn/bai-goc', author: 'Nguyễn Văn A', _status: 'published' },
      overrideAccess: true,
    })
    expect(doc).toMatchObject({ reposted: true, sourceName: 'Báo Điện tử Chính phủ', author: 'Nguyễn Văn A' })
    // Emptying the author of a reposted item is refused as well.
    const errors = await errorsOf(t.payload.update({ collection: 'news', id: doc.id, data: { author: '  ' }, overrideAccess: true }))
    expect(errors.map((e) => e.path)).toEqual(['author'])
    const own = await t.payload.create({ collection: 'news', data: { title: 'Tin của cơ quan', category: 'news', _status: 'published' }, overrideAccess: true })
    expect(own.reposted ?? false).toBe(false)
  })
})

describe('planned maintenance: 7 working days of notice on the holiday calendar (Decree 224/2026 Art 13)', () => {
  it('refuses a window whose notice would fall short because of holidays, names the field and the earliest day; accepts that day', async () => {
    const admin = await createUser(t.payload, 'admin')
    const now = new Date()
    const before = await holidayDays(t.payload)
    // The next three working days become days off: a start 7 working days away on the old
    // calendar is then only 4 working days away.
    const added: string[] = []
    for (let n = 1; added.length < 3; n++) {
      const day = addWorkingDays(startOfVnDay(now), n, [...before, ...added])!
      added.push(vnDayKey(day))
      await t.payload.create({ collection: 'holidays', data: { date: day.toISOString(), name: `Nghỉ thử nghiệm ${added.length}` }, overrideAccess: true })
    }
    const after = await holidayDays(t.payload)
    const naive = new Date(addWorkingDays(startOfVnDay(now), 7, before)!.getTime() + 22 * 3600_000)
    const earliest = earliestStart(now, after)!
    expect(earliest.getTime()).toBeGreaterThan(naive.getTime() - 22 * 3600_000)

    const refused = t.payload.updateGlobal({ slug: 'settings', data: { maintenance: { start: naive.toISOString(), end: new Date(naive.getTime() + 4 * 3600_000).toISOString() } }, user: admin, overrideAccess: false })
    const errors = await errorsOf(refused)
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'maintenance.start',
        message: expect.stringContaining(`Bắt đầu bảo trì: phải báo trước ít nhất 7 ngày làm việc (Nghị định 224/2026/NĐ-CP, Điều 13), tức sớm nhất từ ngày ${formatDateVN(earliest)}`),
      }),
    ])
    await expect(refused).rejects.toMatchObject({ status: 400 })
    expect((await t.payload.findGlobal({ slug: 'settings', overrideAccess: true })).maintenance?.start ?? null).toBeNull()

    const start = new Date(earliest.getTime() + 22 * 3600_000)
    const end = new Date(start.getTime() + 4 * 3600_000)
    const saved = await t.payload.updateGlobal({ slug: 'settings', data: { maintenance: { start: start.toISOString(), end: end.toISOString(), text: 'Nâng cấp máy chủ.' } }, user: admin, overrideAccess: false })
    expect(new Date(saved.maintenance!.start!).getTime()).toBe(start.getTime())
    // Other settings can still be saved while the window is near (its start did not change).
    await t.payload.updateGlobal({ slug: 'settings', data: { phone: '0206 000 9999' }, user: admin, overrideAccess: false })

    // Every page shows the notice from the first of the 7 working days until the window ends.
    const from = noticeFrom(start, after)!
    expect(from.getTime()).toBeLessThanOrEqual(now.getTime())
    expect(await currentMaintenanceNotice(now)).toMatchObject({ text: 'Nâng cấp máy chủ.', start, end })
    expect(await currentMaintenanceNotice(new Date(from.getTime() - 1))).toBeNull()
    expect(await currentMaintenanceNotice(new Date(end.getTime() - 1))).not.toBeNull()
    expect(await currentMaintenanceNotice(end)).toBeNull()
  })

  it('refuses a window without an end, or ending before it starts', async () => {
    const far = new Date(Date.now() + 60 * 86_400_000)
    expect(await errorsOf(t.payload.updateGlobal({ slug: 'settings', data: { maintenance: { start: new Date(far.getTime() + 86_400_000).toISOString(), end: null } }, overrideAccess: true }))).toEqual([
      expect.objectContaining({ path: 'maintenance.end', message: 'Kết thúc bảo trì: bắt buộc khi đã nhập thời điểm bắt đầu.' }),
    ])
    expect(await errorsOf(t.payload.updateGlobal({ slug: 'settings', data: { maintenance: { start: new Date(far.getTime() + 86_400_000).toISOString(), end: far.toISOString() } }, overrideAccess: true }))).toEqual([
      expect.objectContaining({ path: 'maintenance.end', message: 'Kết thúc bảo trì: phải sau thời điểm bắt đầu.' }),
    ])
  })
})

describe('merged and renamed agencies name their successor', () => {
  const agency = (name: string) => ({ name, level: 'department' as const, emails: [{ address: `vanthu@${name.length}.vidu.gov.vn`, purpose: 'edocs' as const }], _status: 'published' as const })

  it('the seed marks the Ministry of Information and Communications as merged into Science and Technology, shown in the directory', async () => {
    const directory = await getDirectory()
    const mic = directory.agencies.find((a) => a.name === 'Bộ Thông tin và Truyền thông')!
    const most = directory.agencies.find((a) => a.name === 'Bộ Khoa học và Công nghệ')!
    expect(String(mic.successor)).toBe(String(most.id))
    const notes = directory.notes.get(String(mic.id))!
    expect(notes.succession).toMatchObject({ before: 'Đã hợp nhất, sáp nhập vào', successor: 'Bộ Khoa học và Công nghệ', href: '/co-quan/bo-khoa-hoc-va-cong-nghe', after: ' từ ngày 01/03/2025.' })
    expect(directory.notes.get(String(most.id))!.succession).toBeNull()
  })

  it('refuses itself, a loop through successors, and a successor without its date or kind', async () => {
    const a = await t.payload.create({ collection: 'agencies', data: agency('Sở Cũ tỉnh Ví Dụ'), overrideAccess: true })
    const b = await t.payload.create({ collection: 'agencies', data: agency('Sở Mới sau hợp nhất tỉnh Ví Dụ'), overrideAccess: true })
    expect(await errorsOf(t.payload.update({ collection: 'agencies', id: a.id, data: { successor: a.id, successionKind: 'renamed', succeededAt: '2025-07-01T00:00:00+07:00' }, overrideAccess: true }))).toEqual([
      expect.objectContaining({ path: 'successor', message: expect.stringMatching(/^Cơ quan kế thừa: không được chọn chính cơ quan này/) }),
    ])
    const missing = await errorsOf(t.payload.update({ collection: 'agencies', id: a.id, data: { successor: b.id }, overrideAccess: true }))
    expect(missing.map((e) => e.path).sort()).toEqual(['succeededAt', 'successionKind'])
    expect(missing.find((e) => e.path === 'succeededAt')?.message).toBe('Từ ngày (hợp nhất, đổi tên): bắt buộc khi có cơ quan kế thừa.')
    const saved = await t.payload.update({ collection: 'agencies', id: a.id, data: { successor: b.id, successionKind: 'merged', succeededAt: '2025-07-01T00:00:00+07:00' }, overrideAccess: true, depth: 0 })
    expect(saved.successor).toBe(b.id)
    expect(await errorsOf(t.payload.update({ collection: 'agencies', id: b.id, data: { successor: a.id, successionKind: 'renamed', succeededAt: '2026-01-01T00:00:00+07:00' }, overrideAccess: true }))).toEqual([
      expect.objectContaining({ path: 'successor', message: expect.stringContaining('chuỗi kế thừa dẫn ngược về nó') }),
    ])
  })

  it('flags contact details older than the set age for re-verification, to staff in the admin and to everyone in the directory', async () => {
    const editor = await createUser(t.payload, 'editor')
    const { docs } = await t.payload.find({ collection: 'agencies', where: { name: { equals: 'Bộ Thông tin và Truyền thông' } }, user: editor, overrideAccess: false })
    // Last verified 28/02/2025, more than 12 months ago.
    expect(docs[0]!.verification).toBe('Cần xác minh lại (lần cuối 28/02/2025, quá 12 tháng)')
    const fresh = await t.payload.create({ collection: 'agencies', data: { ...agency('Sở Vừa xác minh tỉnh Ví Dụ'), lastVerifiedAt: new Date().toISOString() }, overrideAccess: true })
    const read = await t.payload.findByID({ collection: 'agencies', id: fresh.id, user: editor, overrideAccess: false })
    expect(read.verification).toMatch(/^Còn hạn \(xác minh /)
    // The public never reads the staff's wording through the API.
    const anonymous = await t.payload.findByID({ collection: 'agencies', id: fresh.id, overrideAccess: false })
    expect(anonymous.verification ?? null).toBeNull()
    const directory = await getDirectory()
    expect(directory.notes.get(String(docs[0]!.id))!.reverify).toMatch(/^Thông tin liên hệ cần xác minh lại: xác minh lần cuối ngày 28\/02\/2025, đã quá 12 tháng/)
    expect(directory.notes.get(String(fresh.id))!.reverify).toBeNull()
    // A shorter age set by the administrator applies at once.
    await t.payload.updateGlobal({ slug: 'settings', data: { agencyVerificationMonths: 1 }, overrideAccess: true })
    await t.payload.update({ collection: 'agencies', id: fresh.id, data: { lastVerifiedAt: new Date(Date.now() - 45 * 86_400_000).toISOString() }, overrideAccess: true })
    expect((await getDirectory()).notes.get(String(fresh.id))!.reverify).toMatch(/đã quá 1 tháng/)
    await t.payload.updateGlobal({ slug: 'settings', data: { agencyVerificationMonths: 12 }, overrideAccess: true })
  })
})

describe('reference data kept true', () => {
  it('marks every seeded illustration as sample data: documents, section items, services, disclosures', async () => {
    const sample = await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: '01/QĐ-MAU' } }, overrideAccess: true })
    expect(sample.docs[0]?.isSample).toBe(true)
    const real = await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: '15/CT-TTg' } }, overrideAccess: true })
    expect(real.docs[0]?.isSample ?? false).toBe(false)
    for (const collection of ['news', 'directions', 'plans', 'projects', 'science-programmes', 'sector-statistics', 'public-services', 'disclosures'] as const) {
      const { docs } = await t.payload.find({ collection, where: { isSample: { equals: true } }, overrideAccess: false, limit: 50 })
      expect(docs.length, collection).toBeGreaterThan(0)
    }
    const { services, fields } = await listPublicServices()
    expect(services.every((s) => s.isSample)).toBe(true)
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Công nghệ thông tin', 'Đất đai']))
    expect((await listDisclosures()).map((d) => d.url)).toContain('/van-ban')
  })

  it('cites Law 64/2025 for minimum consultation periods, and brings an untouched old basis up to date', async () => {
    const { docs } = await t.payload.find({ collection: 'document-types', limit: 100, overrideAccess: false })
    expect(docs.filter((d) => d.consultationLegalBasis?.includes('80/2015') && !d.consultationLegalBasis.includes('thay thế'))).toEqual([])
    const law = docs.find((d) => d.name === 'Luật')!
    expect(law).toMatchObject({ minimumConsultationDays: 20, consultationLegalBasis: expect.stringContaining('64/2025/QH15') })
    // A portal seeded before the change still holds the 2015 text: the next start corrects it,
    // but not a basis an approver wrote themselves.
    const old = 'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 57: tối thiểu 60 ngày'
    const ordinance = docs.find((d) => d.name === 'Pháp lệnh')!
    await t.payload.update({ collection: 'document-types', id: law.id, data: { minimumConsultationDays: 60, consultationLegalBasis: old }, overrideAccess: true })
    await t.payload.update({ collection: 'document-types', id: ordinance.id, data: { minimumConsultationDays: 45, consultationLegalBasis: 'Quy định riêng của cơ quan: 45 ngày' }, overrideAccess: true })
    const logs: string[] = []
    await seedReferenceData(t.payload, 'document-types', 'document-types.json', (l) => logs.push(l))
    expect(await t.payload.findByID({ collection: 'document-types', id: law.id, overrideAccess: true })).toMatchObject({ minimumConsultationDays: 20, consultationLegalBasis: expect.stringContaining('64/2025/QH15') })
    expect(await t.payload.findByID({ collection: 'document-types', id: ordinance.id, overrideAccess: true })).toMatchObject({ minimumConsultationDays: 45 })
    expect(logs.join('\n')).toContain('1 cập nhật căn cứ pháp lý mới')
  })
})

describe('every page is rated, results on /thong-ke (Decree 224/2026 Art 10.3.b)', () => {
  it('accepts ratings of the home page, lists, a document, a draft and its comments page, the new pages; refuses unknown paths', async () => {
    const doc = (await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: '15/CT-TTg' } }, overrideAccess: false })).docs[0]!
    const draft = (await t.payload.find({ collection: 'drafts', limit: 1, overrideAccess: false })).docs[0]!
    const paths = ['/', '/van-ban', `/van-ban/${doc.year}/${doc.slug}`, `/du-thao/${draft.slug}`, `/du-thao/${draft.slug}/y-kien`, '/dich-vu-cong', '/cong-khai-thong-tin', '/tuyen-bo-tiep-can', '/khoa-hoc-cong-nghe', '/thong-ke']
    for (const path of paths) expect((await recordRating({ path, level: 'satisfied', browser: newRatingToken(), ip: '192.0.2.40' })).outcome, path).toBe('saved')
    expect((await recordRating({ path: '/du-thao/khong-co/y-kien', level: 'satisfied', browser: newRatingToken(), ip: '192.0.2.40' })).outcome).toBe('invalid-path')
    expect((await recordRating({ path: '/api/v1/documents', level: 'satisfied', browser: newRatingToken(), ip: '192.0.2.40' })).outcome).toBe('invalid-path')
    expect((await recordRating({ path: '/', level: 'unsatisfied', browser: newRatingToken(), ip: '192.0.2.41' })).outcome).toBe('saved')

    const now = new Date()
    const report = computeStats({ ...(await loadStatsInput('http://127.0.0.1:4321', now)), ratings: await loadRatingCounts(undefined, now) }, { now })
    expect(report.ratings.total).toBe(paths.length + 1)
    expect(figureById('danh-gia-muc-do')!.rows(report)).toEqual([
      { label: 'Rất hài lòng', count: 0, percent: 0 },
      { label: 'Hài lòng', count: paths.length, percent: 90.9 },
      { label: 'Chưa hài lòng', count: 1, percent: 9.1 },
      { label: 'Tổng số lượt đánh giá', count: paths.length + 1, percent: 100 },
    ])
    const bySection = figureById('danh-gia-theo-chuyen-muc')!.rows(report)
    expect(bySection).toContainEqual({ label: 'Trang chủ', count: 2, satisfied: 1, percent: 50 })
    expect(bySection).toContainEqual({ label: 'Văn bản pháp luật', count: 2, satisfied: 2, percent: 100 })
    // A year without ratings counts none.
    const empty = computeStats({ ...(await loadStatsInput('http://127.0.0.1:4321', now)), ratings: await loadRatingCounts(2019, now) }, { year: 2019, now })
    expect(empty.ratings.total).toBe(0)
  })
})

describe('Dublin Core: a date on every page, and every document as a record', () => {
  it('gives pages without their own date the last public change', async () => {
    const at = await lastPublicChange()
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('exports one oai_dc record per published document with the mandatory elements', async () => {
    const url = new URL('http://127.0.0.1:4321/du-lieu-mo/dublin-core.xml')
    const res = await dublinCoreRoute({ request: new Request(url), url } as never)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const xml = await res.text()
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['record', 'dc:identifier', 'dc:subject', 'dc:description'].includes(name) }).parse(xml)
    const published = await t.payload.count({ collection: 'legal-documents', where: { workflowState: { equals: 'published' } }, overrideAccess: false })
    const records = parsed.records.record as { header: { identifier: string }; metadata: { 'oai_dc:dc': Record<string, unknown> } }[]
    expect(records).toHaveLength(published.totalDocs)
    expect(Number(parsed.records['@_count'])).toBe(published.totalDocs)
    const directive = records.find((r) => (r.metadata['oai_dc:dc']['dc:identifier'] as string[]).includes('15/CT-TTg'))!.metadata['oai_dc:dc']
    for (const el of ['dc:title', 'dc:creator', 'dc:date', 'dc:description', 'dc:publisher', 'dc:identifier']) expect(directive[el], el).toBeTruthy()
    expect(directive['dc:date']).toBe('2012-05-22')
    expect(directive['dc:creator']).toBe('Thủ tướng Chính phủ')
    expect((directive['dc:identifier'] as string[])[0]).toMatch(/^http:\/\/127\.0\.0\.1:4321\/van-ban\/2012\/[a-z0-9-]+$/)
    const sample = records.find((r) => (r.metadata['oai_dc:dc']['dc:identifier'] as string[]).includes('01/QĐ-MAU'))
    expect(sample?.metadata['oai_dc:dc']['dc:description']).toContain('Dữ liệu mẫu: minh họa, không có giá trị pháp lý.')
    // A harvester asking again with the validator gets 304.
    const again = await dublinCoreRoute({ request: new Request(url, { headers: { 'If-None-Match': res.headers.get('etag')! } }), url } as never)
    expect(again.status).toBe(304)
  })
})
