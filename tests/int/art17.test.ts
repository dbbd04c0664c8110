/**
 * Decree 43/2011 Art 17 on /thong-ke: each kind of information judged against its own limit,
 * from the date its deadline runs from to its first publication as the audit log records it —
 * not the "Ngày đăng" an editor types. Real Local API saves by a signed-in approver.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parse } from 'csv-parse/sync'
import { seed } from '../../cms/seed'
import { runtime } from '../../cms/runtime'
import { clearStatsCache, loadStatsInput } from '../../site/lib/cms/stats'
import { computeStats, type StatsReport } from '../../site/lib/stats/compute'
import { figureById } from '../../site/lib/stats/figures'
import { figureCsv } from '../../site/lib/stats/render'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

const ORIGIN = 'http://cong.test'
const VN = (day: string, time = '09:00:00') => `${day}T${time}+07:00`
let t: TestPayload
let report: StatsReport

/** Publishes a section item as an approver, then sets when the audit log says it went online. */
async function publishAs(payload: Payload, user: unknown, collection: 'plans' | 'projects' | 'sector-statistics' | 'law-dissemination' | 'science-programmes', data: Record<string, unknown>, wentOnline: string) {
  const doc = await payload.create({ collection, data: { ...data, _status: 'published' } as never, user: user as never, overrideAccess: false })
  const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(doc.id) } }] }, overrideAccess: true })
  expect(docs.length).toBe(1)
  // The test cannot wait for 2025: the entry written now is moved to the moment the story needs.
  await payload.update({ collection: 'audit-log', id: docs[0]!.id, data: { at: wentOnline } as never, overrideAccess: true })
  return doc
}

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  const approver = await createUser(t.payload, 'approver')
  // Friday 17/01/2025, Tết 27–31/01 off: on time until Friday 07/02 (10 working days).
  await publishAs(t.payload, approver, 'plans', { title: 'Kế hoạch chuyển đổi số 2025', kind: 'plan', approvedAt: VN('2025-01-17'), publishedAt: VN('2025-01-20') }, VN('2025-02-10', '08:00:00'))
  await publishAs(t.payload, approver, 'plans', { title: 'Kế hoạch cải cách hành chính 2025', kind: 'plan', approvedAt: VN('2025-01-17') }, VN('2025-02-07', '16:00:00'))
  // A statistics release without the decision date: counted, not judged.
  await publishAs(t.payload, approver, 'sector-statistics', { title: 'Số liệu quý I/2025', kind: 'report' }, VN('2025-04-10'))
  // Dissemination of a law issued Monday 03/03/2025: 15 working days reach Monday 24/03; 25/03 is late (16).
  const law = await publishDoc(t.payload, { numberSymbol: '12/2025/NĐ-CP', issuedAt: VN('2025-03-03', '00:00:00') })
  await publishAs(t.payload, approver, 'law-dissemination', { title: 'Phổ biến Nghị định 12/2025', kind: 'article', relatedDocuments: [law.id] }, VN('2025-03-25'))
  clearStatsCache()
  report = computeStats(await loadStatsInput(ORIGIN, new Date()), { year: 2025, now: new Date() })
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

const row = (key: string) => report.art17.find((r) => r.key === key)!

describe('Art 17 timeliness on /thong-ke', () => {
  it('judges plans from their approval to their first publication in the audit log, not the typed "Ngày đăng"', () => {
    // The typed date (20/01) would make the first plan on time; the log says 10/02: 11 working days.
    expect(row('plans')).toMatchObject({ applicable: 2, onTime: 1, notJudged: 0, onTimeShare: 0.5 })
    expect(row('plans').late.map((l) => [l.title, l.workingDays, l.url])).toEqual([['Kế hoạch chuyển đổi số 2025', 11, expect.stringMatching(/^http:\/\/cong\.test\/chien-luoc-ke-hoach\/ke-hoach-chuyen-doi-so-2025$/)]])
  })

  it('judges dissemination from the issue of the document disseminated, and leaves statistics without a decision date unjudged', () => {
    expect(row('dissemination').late.map((l) => [l.title, l.workingDays])).toEqual([['Phổ biến Nghị định 12/2025', 16]])
    expect(row('statistics')).toMatchObject({ applicable: 0, notJudged: 1, onTimeShare: null })
  })

  it('shows every limit with its provision in the figure and its CSV, questions included', () => {
    const figure = figureById('thoi-han-dieu-17')!
    const rows = parse(figureCsv(figure, report).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
    const byKind = Object.fromEntries(rows.map((r) => [r['Loại thông tin'], r]))
    expect(byKind['Chiến lược, định hướng, quy hoạch, kế hoạch']).toMatchObject({ 'Thời hạn (ngày làm việc)': '10', 'Đúng hạn': '1', 'Muộn': '1', 'Căn cứ': 'Điểm d khoản 1 Điều 17', 'Tỷ lệ (%)': '50' })
    expect(byKind['Chương trình, đề tài khoa học']).toMatchObject({ 'Thời hạn (ngày làm việc)': '20' })
    expect(byKind['Trả lời câu hỏi (Hỏi – đáp)']).toMatchObject({ 'Thời hạn (ngày làm việc)': '15', 'Căn cứ': 'Điểm đ khoản 1 Điều 17' })
    const late = figureById('dang-muon-dieu-17')!.rows(report)
    expect(late.map((l) => l.title)).toEqual(['Phổ biến Nghị định 12/2025', 'Kế hoạch chuyển đổi số 2025'])
  })

  it('refuses an approval date in the future, naming the field', async () => {
    const future = new Date(Date.now() + 5 * 86400_000).toISOString()
    const error = await t.payload.create({ collection: 'projects', data: { title: 'Dự án chưa phê duyệt', approvedAt: future, _status: 'published' } as never, overrideAccess: true }).then(
      () => null,
      (e: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => e,
    )
    expect(error?.status).toBe(400)
    expect(error?.data?.errors).toEqual([{ path: 'approvedAt', message: 'Ngày phê duyệt: không được sau ngày hôm nay.', label: expect.anything() }])
  })
})
